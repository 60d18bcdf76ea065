package org.runmuscle.core.activity;

/**
 * What a runner wants first from a recording. NaN marks a figure the recording cannot give (no
 * heart-rate strap, no altitude); it is never 0.
 */
public record ActivitySummary(
        double elapsedSeconds,
        double movingSeconds,
        double distanceMeters,
        double avgHeartRate,
        double maxHeartRate,
        double avgCadenceSpm,
        double ascentMeters,
        double descentMeters) {

    /** Moving pace in seconds per kilometre; NaN without distance. */
    public double paceSecondsPerKm() {
        return distanceMeters > 0 && movingSeconds > 0 ? movingSeconds / (distanceMeters / 1000.0) : Double.NaN;
    }
}
