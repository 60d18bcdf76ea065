package org.runmuscle.app;

import java.util.List;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.ActivitySummary;
import org.runmuscle.core.activity.DeviceTotals;

/**
 * One activity as {@code analyze} shows it: the JSON shape (field names are API) and the numbers
 * a table prints. Missing figures are {@code null}, never 0.
 */
record ActivityView(String file, String format, String sport, String startTime, String device, int points,
                    Summary summary, Summary deviceTotals, List<String> warnings) {

    /** The summary figures; {@code null} where the recording cannot give one. */
    record Summary(Double elapsedSeconds, Double movingSeconds, Double distanceMeters, Double paceSecondsPerKm,
                   Double avgHeartRate, Double maxHeartRate, Double avgCadenceSpm, Double ascentMeters,
                   Double descentMeters) {
    }

    static ActivityView of(String file, String format, Activity activity) {
        ActivitySummary s = ActivitySummaries.of(activity);
        DeviceTotals d = activity.deviceTotals();
        double devicePace = d.distanceMeters() > 0 ? d.timerSeconds() / (d.distanceMeters() / 1000) : Double.NaN;
        return new ActivityView(file, format, activity.sport().id(), activity.startTime().toString(), activity.device(),
                activity.samples().size(),
                new Summary(round(s.elapsedSeconds(), 1), round(s.movingSeconds(), 1), round(s.distanceMeters(), 1),
                        round(s.paceSecondsPerKm(), 1), round(s.avgHeartRate(), 1), round(s.maxHeartRate(), 0),
                        round(s.avgCadenceSpm(), 1), round(s.ascentMeters(), 1), round(s.descentMeters(), 1)),
                new Summary(round(d.elapsedSeconds(), 1), round(d.timerSeconds(), 1), round(d.distanceMeters(), 1),
                        round(devicePace, 1), round(d.avgHeartRate(), 1), round(d.maxHeartRate(), 0),
                        round(d.avgCadenceSpm(), 1), round(d.ascentMeters(), 1), round(d.descentMeters(), 1)),
                activity.warnings());
    }

    static Double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
