package org.runmuscle.core.load;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.runmuscle.core.gait.StrideTiming;

/**
 * The three periods in which Lenhart et al. (2015) report peak muscle forces: stance, and swing
 * split in half into early and late swing.
 */
public enum Period {
    STANCE("stance"),
    EARLY_SWING("early-swing"),
    LATE_SWING("late-swing");

    private final String id;

    Period(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    static Period fromJson(String id) {
        for (Period period : values()) {
            if (period.id.equals(id)) {
                return period;
            }
        }
        throw new IllegalArgumentException("unknown period '" + id + "'");
    }

    /** Start of the period as a fraction of the cycle. */
    double start(StrideTiming timing) {
        double stance = timing.stanceFraction();
        return switch (this) {
            case STANCE -> 0;
            case EARLY_SWING -> stance;
            case LATE_SWING -> stance + (1 - stance) / 2;
        };
    }

    /** Length of the period as a fraction of the cycle. */
    double length(StrideTiming timing) {
        double stance = timing.stanceFraction();
        return this == STANCE ? stance : (1 - stance) / 2;
    }

    public static Period at(double fraction, StrideTiming timing) {
        if (fraction < timing.stanceFraction()) {
            return STANCE;
        }
        return fraction < LATE_SWING.start(timing) ? EARLY_SWING : LATE_SWING;
    }
}
