package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A runner's strength-training experience, and an exercise's difficulty on the same scale. */
public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }

    @JsonCreator
    static Level fromJson(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown level '" + id + "'"));
    }
}
