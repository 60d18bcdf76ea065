package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Option;

/**
 * The command line leaves out picocli's converters for {@code java.time} and {@code java.sql}
 * types ({@link RunmuscleCommand#CONVERTERS_LEFT_OUT}): no option may have such a type, or it
 * would fail at the user's first use of it.
 */
class ConvertersTest {
    @Test
    void noOptionHasATypeWhoseConverterIsLeftOut() {
        List<String> leftOut = new ArrayList<>();
        for (Class<?> type : RunmuscleCommand.SUBCOMMANDS) {
            collect(new CommandLine(type), leftOut);
        }
        assertThat(leftOut).isEmpty();
    }

    @Test
    void theConvertersAreLeftOutOnceACommandLineIsMade() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(Writer.nullWriter())))
                .isZero();
        assertThat(System.getProperty("picocli.converters.excludes")).isEqualTo(RunmuscleCommand.CONVERTERS_LEFT_OUT);
        // so an option of such a type fails to parse: what the test above keeps from happening
        assertThatThrownBy(() -> new CommandLine(new Dated()).parseArgs("--day", "2026-01-01"))
                .hasMessageContaining("LocalDate");
    }

    @Command(name = "dated")
    static final class Dated {
        @Option(names = "--day")
        LocalDate day;
    }

    private static void collect(CommandLine command, List<String> leftOut) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            Stream.concat(Stream.of(arg.type()), Stream.of(arg.auxiliaryTypes()))
                    .map(Class::getName)
                    .filter(name -> name.startsWith("java.time.") || name.startsWith("java.sql."))
                    .forEach(name -> leftOut.add(command.getCommandName() + " " + arg + ": " + name));
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, leftOut));
    }
}
