package org.runmuscle.core.activity;

/**
 * The totals a device wrote for a session (FIT session message, TCX laps): a second, independent
 * answer for each summary figure. NaN where the file gave none.
 */
public record DeviceTotals(
        double elapsedSeconds,
        double timerSeconds,
        double distanceMeters,
        double avgHeartRate,
        double maxHeartRate,
        double avgCadenceSpm,
        double ascentMeters,
        double descentMeters) {
    public static DeviceTotals none() {
        return new DeviceTotals(
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
