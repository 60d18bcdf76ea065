package org.runmuscle.app;

import picocli.CommandLine.Option;

/** The {@code --format} option every printing command shares. */
final class FormatOption {
    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            converter = OutputFormat.Converter.class,
            description = "table (default, for reading) or json (for programs).")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
