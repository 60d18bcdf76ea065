package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command's --help renders cleanly: picocli warns on stderr about a stray '%' in a description. */
class HelpTest {
    static Stream<String> commands() {
        return RunmuscleCommand.commandLine(new String[0]).getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpHasExamplesAndNoFormattingWarnings(String command) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CliRun run;
        try {
            run = CliRun.of(command, "--help");
        } finally {
            System.setErr(original);
        }
        assertThat(run.exitCode()).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .as("picocli warnings")
                .isEmpty();
        assertThat(run.out()).contains("Usage: runmuscle " + command).containsIgnoringCase("example");
    }
}
