package org.runmuscle.store;

/** One muscle's load in one activity, body-weight seconds. */
public record MuscleLoad(
        String muscle,
        double loadBwSeconds,
        double concentricBwSeconds,
        double eccentricBwSeconds,
        double isometricBwSeconds) {}
