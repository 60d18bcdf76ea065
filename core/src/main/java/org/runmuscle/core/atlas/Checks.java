package org.runmuscle.core.atlas;

import java.util.List;

/**
 * Validation shared by the atlas records' compact constructors. Loops, not streams: every record of
 * the atlas passes through here when a command starts, before the JIT has compiled anything, and
 * each stream and lambda costs its first use there (the atlas loaded in 35-48 ms with them).
 */
final class Checks {
    private Checks() {}

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static String slug(String value, String what) {
        text(value, what);
        if (!Slug.isSlug(value)) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a kebab-case id");
        }
        return value;
    }

    /** A non-empty, immutable list of kebab-case ids. */
    static List<String> ids(List<String> values, String what) {
        List<String> copy = list(values, what);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one id");
        }
        for (String id : copy) {
            slug(id, what);
        }
        return copy;
    }

    /** An immutable copy; an absent list reads as empty so data files may omit it. */
    static <T> List<T> list(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
