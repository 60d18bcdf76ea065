package org.runmuscle.app.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option every printing command shares. */
public final class FormatOption {
    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            converter = OutputFormat.Converter.class,
            description = "table (default, for reading) or json (for programs).")
    OutputFormat format;

    public boolean json() {
        return format == OutputFormat.JSON;
    }
}
