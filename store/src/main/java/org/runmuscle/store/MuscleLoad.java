package org.runmuscle.store;

/**
 * One muscle's load in one activity, body-weight seconds, and the damaging part of its eccentric
 * load (above what easy level running gives it).
 */
public record MuscleLoad(
        String muscle,
        double loadBwSeconds,
        double concentricBwSeconds,
        double eccentricBwSeconds,
        double isometricBwSeconds,
        double damagingBwSeconds) {
    /** A load without a damaging part (written by model version 1, or not running). */
    public MuscleLoad(
            String muscle,
            double loadBwSeconds,
            double concentricBwSeconds,
            double eccentricBwSeconds,
            double isometricBwSeconds) {
        this(muscle, loadBwSeconds, concentricBwSeconds, eccentricBwSeconds, isometricBwSeconds, 0);
    }
}
