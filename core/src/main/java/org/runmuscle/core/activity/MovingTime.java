package org.runmuscle.core.activity;

/**
 * How long an activity was in motion.
 *
 * <p>When the device recorded its timer (FIT start/stop events, or a session's timer total), that
 * is the answer: it is what the runner saw on the watch, unless it is longer than the recording. Otherwise (GPX, most
 * TCX) an auto-pause
 * rule applies: the interval between two consecutive points counts as moving when the average
 * speed over it is at least {@link #MOVING_SPEED_MPS}. A stop where the device kept recording and
 * a gap where it recorded nothing are both excluded this way; a gap the runner kept running
 * through (a tunnel) is included.
 */
public final class MovingTime {
    /**
     * 0.5 m/s (33 min/km): estimated, below the slowest walking pace and above the typical drift of
     * a standing GPS at 1 Hz smoothed over seconds; the same kind of threshold apps use for auto-pause.
     */
    static final double MOVING_SPEED_MPS = 0.5;
    /** Devices round their timer to the second and may stop it a moment after the last point. */
    static final double TOLERANCE_SECONDS = 5;

    private MovingTime() {}

    public static double of(Activity activity) {
        // A timer cannot run longer than the activity lasted; when a file says it did (TCX laps
        // whose totals describe points it does not hold), the points decide.
        double span = ActivitySummaries.elapsedSeconds(activity);
        if (activity.timerSeconds().isPresent() && activity.timerSeconds().getAsDouble() <= span + TOLERANCE_SECONDS) {
            return activity.timerSeconds().getAsDouble();
        }
        double deviceTimer = activity.deviceTotals().timerSeconds();
        if (deviceTimer <= span + TOLERANCE_SECONDS) {
            return deviceTimer;
        }
        return byAutoPause(activity.samples());
    }

    /** The auto-pause rule alone, on distance and time. */
    static double byAutoPause(Samples samples) {
        double moving = 0;
        int previous = -1;
        for (int i = 0; i < samples.size(); i++) {
            if (Double.isNaN(samples.get(Channel.DISTANCE, i))) {
                continue;
            }
            if (previous >= 0) {
                double seconds = samples.time(i) - samples.time(previous);
                double meters = samples.get(Channel.DISTANCE, i) - samples.get(Channel.DISTANCE, previous);
                if (seconds > 0 && meters / seconds >= MOVING_SPEED_MPS) {
                    moving += seconds;
                }
            }
            previous = i;
        }
        return moving;
    }
}
