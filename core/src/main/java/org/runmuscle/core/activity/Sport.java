package org.runmuscle.core.activity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an activity (or one session of a multisport file) was. */
public enum Sport {
    RUNNING,
    WALKING,
    HIKING,
    CYCLING,
    SWIMMING,
    TRANSITION,
    GENERIC,
    OTHER,
    /** A strength-training session (FIT sport training, sub-sport strength training). */
    STRENGTH;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Sports whose cadence files store per leg (strides per minute): FIT, GPX and TCX all do for
     * foot sports, so steps per minute is twice the stored value (shared/data/README.md).
     */
    public boolean countsStrides() {
        return this == RUNNING || this == WALKING || this == HIKING;
    }
}
