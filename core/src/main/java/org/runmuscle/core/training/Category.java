package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What kind of work an exercise is, which decides how the planner doses it: heavy strength (few
 * hard reps, long rests), strength-endurance, plyometric (fast contacts, only from intermediate
 * up), stability (holds and control), mobility, running drills and conditioning.
 */
public enum Category {
    HEAVY_STRENGTH,
    STRENGTH,
    PLYOMETRIC,
    STABILITY,
    MOBILITY,
    DRILL;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    static Category fromJson(String id) {
        return Arrays.stream(values())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown category '" + id + "'"));
    }
}
