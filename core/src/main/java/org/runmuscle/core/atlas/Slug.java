package org.runmuscle.core.atlas;

import java.util.Locale;

/**
 * Kebab-case identifiers: the form every id in runmuscle takes, and how typed names are normalised.
 *
 * <p>Plain character loops, not regular expressions: loading the atlas normalises and checks every
 * id, name and alias (about 900 strings), and with {@code String.replaceAll} and {@code matches},
 * which compile their pattern at every call, that was most of the atlas's 55 ms in a fresh JVM
 * (measured 2026-12-01; {@code muscle soleus} loads nothing else).
 */
public final class Slug {
    private Slug() {}

    /**
     * {@code "Gluteus Medius"}, {@code "gluteus_medius"} and {@code " GLUTEUS-medius "} all become {@code
     * "gluteus-medius"}: the runs of ASCII letters and digits of the lower-cased text, joined by one
     * hyphen each.
     */
    static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isLetterOrDigit(c)) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    /**
     * Whether {@code text} is already a slug: runs of {@code a-z0-9} joined by single hyphens. The
     * rule for every id, the exercise catalog's included.
     */
    public static boolean isSlug(String text) {
        boolean afterHyphen = true; // a slug starts with a letter or digit
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (isLetterOrDigit(c)) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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
