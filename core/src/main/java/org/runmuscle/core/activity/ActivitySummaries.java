package org.runmuscle.core.activity;

/** Computes an {@link ActivitySummary} from the recorded points (and the timer, for moving time). */
public final class ActivitySummaries {
    private ActivitySummaries() {}

    public static ActivitySummary of(Activity activity) {
        Samples samples = activity.samples();
        if (samples.isEmpty()) {
            return new ActivitySummary(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Elevation.Gain gain = Elevation.of(samples);
        return new ActivitySummary(
                elapsedSeconds(activity),
                MovingTime.of(activity),
                distance(samples),
                movingAverage(samples, Channel.HEART_RATE),
                max(samples, Channel.HEART_RATE),
                movingAverage(samples, Channel.CADENCE),
                gain.ascentMeters(),
                gain.descentMeters());
    }

    /**
     * From the start to the last point, or to the end of the session where the device wrote a
     * longer elapsed time (the last point may come a little before the session's end).
     */
    static double elapsedSeconds(Activity activity) {
        Samples samples = activity.samples();
        double points = samples.isEmpty()
                ? 0
                : samples.time(samples.size() - 1) - activity.startTime().toEpochMilli() / 1000.0;
        double device = activity.deviceTotals().elapsedSeconds();
        return Math.max(0, device > points ? device : points);
    }

    /** The last cumulative distance minus the first: NaN without distance. */
    static double distance(Samples samples) {
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < samples.size(); i++) {
            double d = samples.get(Channel.DISTANCE, i);
            if (!Double.isNaN(d)) {
                if (Double.isNaN(first)) {
                    first = d;
                }
                last = d;
            }
        }
        return last - first;
    }

    /**
     * Time-weighted average over the intervals before each point, skipping zeros: a strap that
     * reads 0 has lost contact, and a cadence of 0 is a standstill that would drag the average of
     * the running down (devices average cadence over moving time too).
     */
    static double movingAverage(Samples samples, Channel channel) {
        double weighted = 0;
        double seconds = 0;
        for (int i = 1; i < samples.size(); i++) {
            double value = samples.get(channel, i);
            double dt = samples.time(i) - samples.time(i - 1);
            if (value > 0 && dt > 0 && dt <= 60) {
                weighted += value * dt;
                seconds += dt;
            }
        }
        return seconds > 0 ? weighted / seconds : Double.NaN;
    }

    static double max(Samples samples, Channel channel) {
        double max = Double.NaN;
        for (int i = 0; i < samples.size(); i++) {
            double value = samples.get(channel, i);
            if (value > 0 && !(value <= max)) {
                max = value;
            }
        }
        return max;
    }
}
