package org.runmuscle.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.runmuscle.core.text.Quoted;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its answer: a table for people, JSON for programs. */
public enum OutputFormat {
    TABLE,
    JSON;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code --format}, naming the accepted values in lower case, as the user types them. */
    public static final class Converter extends LowerCaseEnum<OutputFormat> {
        Converter() {
            super(OutputFormat.class, "format");
        }
    }

    /** Converts a word to one of an enum's constants, or fails naming the accepted words. */
    public abstract static class LowerCaseEnum<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;
        private final String what;

        public LowerCaseEnum(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E convert(String value) {
            return Arrays.stream(type.getEnumConstants())
                    .filter(e -> id(e).equals(value.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(Quoted.of(value) + " is not a " + what
                            + "; accepted: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(LowerCaseEnum::id)
                                    .collect(Collectors.joining(", "))));
        }

        private static String id(Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
