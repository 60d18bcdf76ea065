package org.runmuscle.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its answer: a table for people, JSON for programs. */
enum OutputFormat {
    TABLE, JSON;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code --format}, naming the accepted values in lower case, as the user types them. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(value.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a format; accepted: "
                            + Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "))));
        }
    }
}
