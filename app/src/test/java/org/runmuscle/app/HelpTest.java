package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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

    /**
     * The top-level help lists the subcommands from their outlines (names, header, description),
     * not from their whole models: it reads as if they were built in full, at every width.
     */
    @ParameterizedTest
    @ValueSource(ints = {55, 80, 100, 160})
    void theListOfCommandsReadsAsFromTheWholeCommands(int width) {
        CommandLine whole = new CommandLine(new RunmuscleCommand());
        RunmuscleCommand.SUBCOMMANDS.forEach(whole::addSubcommand);
        CommandLine outlined = RunmuscleCommand.commandLine(new String[] {"--help"});
        assertThat(outlined.getSubcommands().keySet())
                .containsExactlyElementsOf(whole.getSubcommands().keySet());
        assertThat(outlined.setUsageHelpWidth(width).getUsageMessage())
                .isEqualTo(whole.setUsageHelpWidth(width).getUsageMessage())
                .contains("muscle", "analyze", "bench");
    }

    @Test
    void aMistypedCommandGetsTheSameAnswerAsFromTheWholeCommands() {
        CliRun run = CliRun.of("muscel", "soleus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'muscel'", "muscles, muscle, gait");
    }

    /** The top command's model, built without reading its annotation, is the annotation's. */
    @ParameterizedTest
    @ValueSource(ints = {55, 80, 160})
    void theTopCommandsModelIsItsAnnotation(int width) {
        CommandLine annotated = new CommandLine(new RunmuscleCommand()).setUsageHelpWidth(width);
        CommandLine built = new CommandLine(RunmuscleCommand.model(new RunmuscleCommand())).setUsageHelpWidth(width);
        assertThat(built.getUsageMessage()).isEqualTo(annotated.getUsageMessage());
        assertThat(version(built)).isEqualTo(version(annotated)).startsWith("runmuscle ");
        assertThat(built.getMixins().keySet()).isEqualTo(annotated.getMixins().keySet());
        assertThat(options(built)).isEqualTo(options(annotated)).hasSize(2);
    }

    private static String version(CommandLine line) {
        StringWriter text = new StringWriter();
        line.setOut(new PrintWriter(text)).printVersionHelp(line.getOut());
        return text.toString();
    }

    private static List<String> options(CommandLine line) {
        return line.getCommandSpec().options().stream()
                .map(o -> String.join(",", o.names()) + " usage=" + o.usageHelp() + " version=" + o.versionHelp()
                        + " type=" + o.type() + " arity=" + o.arity() + " key=" + o.descriptionKey() + " label="
                        + o.paramLabel() + " hidden=" + o.hidden() + " order=" + o.order() + " default="
                        + o.defaultValue() + " description=" + String.join("|", o.description()))
                .toList();
    }
}
