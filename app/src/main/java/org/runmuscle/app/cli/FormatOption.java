package org.runmuscle.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} option every printing command shares, and the writer it prints to. Holding the command's spec
 * here spares each command its own {@code @Spec} field and the same lookup of picocli's writer.
 */
public final class FormatOption {
    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            converter = OutputFormat.Converter.class,
            description = "table (default, for reading) or json (for programs).")
    OutputFormat format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    public boolean json() {
        return format == OutputFormat.JSON;
    }

    /** picocli's writer for the command (tests capture it), not {@code System.out}. */
    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** picocli's error writer for the command. */
    public PrintWriter err() {
        return command.commandLine().getErr();
    }
}
