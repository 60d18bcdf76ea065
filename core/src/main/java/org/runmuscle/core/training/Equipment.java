package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an exercise needs. Body weight ({@link #NONE}) is always available. */
public enum Equipment {
    NONE,
    BAND,
    DUMBBELLS,
    KETTLEBELL,
    BARBELL,
    BENCH,
    STEP,
    STAIRS,
    MACHINE,
    BALL,
    SLIDERS,
    PULL_UP_BAR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Equipment> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id().equals(id)).findFirst();
    }

    @JsonCreator
    static Equipment fromJson(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown equipment '" + id + "'"));
    }
}
