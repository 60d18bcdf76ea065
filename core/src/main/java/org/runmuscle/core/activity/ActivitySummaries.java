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
                averageHeartRate(activity),
                max(samples, Channel.HEART_RATE),
                movingAverage(samples, Channel.CADENCE),
                gain.ascentMeters(),
                gain.descentMeters());
    }

    /**
     * The device's own session average when it states a plausible one, else the samples'. Garmin
     * averages per beat over its strap's beat-by-beat data (and over active lengths only in a pool
     * swim), which a file keeps only in part: from the samples, the same run reads up to 7 bpm
     * lower (shared/data/activities-more: fit4s 2825367441.fit, 161 against 153.9).
     */
    static double averageHeartRate(Activity activity) {
        double device = activity.deviceTotals().avgHeartRate();
        return device >= 25 && device <= 250 ? device : movingAverage(activity.samples(), Channel.HEART_RATE);
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
    public static double distance(Samples samples) {
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
     * Time-weighted average, each value weighted by the time since the previous point that has
     * one (at most 60 s), skipping zeros: a strap that reads 0 has lost contact, and a cadence of 0
     * is a standstill that would drag the average of the running down (devices average cadence
     * over moving time too). Points without the channel (a pool length's end, a strap sample
     * between records) neither count nor shorten their neighbours' weight. A single value is
     * its own average.
     */
    static double movingAverage(Samples samples, Channel channel) {
        double weighted = 0;
        double seconds = 0;
        double previous = Double.NaN;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < samples.size(); i++) {
            double value = samples.get(channel, i);
            if (Double.isNaN(value)) {
                continue;
            }
            double dt = samples.time(i) - previous;
            if (value > 0) {
                sum += value;
                count++;
                if (dt > 0 && dt <= 60) {
                    weighted += value * dt;
                    seconds += dt;
                }
            }
            previous = samples.time(i);
        }
        if (seconds > 0) {
            return weighted / seconds;
        }
        return count > 0 ? sum / count : Double.NaN;
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
