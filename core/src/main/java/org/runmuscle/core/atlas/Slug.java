package org.runmuscle.core.atlas;

import java.util.Locale;

/** Kebab-case identifiers: the form every id in runmuscle takes, and how typed names are normalised. */
final class Slug {
    private Slug() {}

    /**
     * {@code "Gluteus Medius"}, {@code "gluteus_medius"} and {@code " GLUTEUS-medius "} all become {@code
     * "gluteus-medius"}.
     */
    static String of(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    static boolean isSlug(String text) {
        return text.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** {@code HIP_EXTENSION} → {@code hip-extension}, for enum constants. */
    static String ofConstant(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose slug is {@code id}; {@code what} names the kind of value in the error. */
    static <E extends Enum<E>> E constantOf(Class<E> type, String id, String what) {
        for (E constant : type.getEnumConstants()) {
            if (ofConstant(constant).equals(id)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "'");
    }
}
