package org.runmuscle.app.atlas;

import org.runmuscle.app.cli.Checked;
import org.runmuscle.app.cli.Pace;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.gait.StrideTiming;

/**
 * A stride from speed or pace, grade and cadence as a runner gives them, checked: the same checks
 * and reasons for {@code gait --speed} and {@code GET /api/v1/gait}, whose parameters are named
 * with or without the command line's dashes ({@code prefix}).
 */
final class Strides {
    private Strides() {}

    /** {@code speed} or {@code pace} (one of them), {@code grade} in %, {@code cadence} null for the typical one. */
    static StrideTiming of(Double speed, String pace, double grade, Double cadence, String prefix) {
        if (speed != null && pace != null) {
            throw new UserInputException("give " + prefix + "speed or " + prefix + "pace, not both");
        }
        double metersPerSecond = speed != null ? speed : Pace.toSpeed(pace);
        if (!(metersPerSecond > 0)) {
            throw new UserInputException(prefix + "speed must be above 0 m/s, not " + metersPerSecond);
        }
        Checked.range(
                speed != null ? prefix + "speed" : prefix + "pace (as speed, m/s)",
                metersPerSecond,
                StrideTiming.MIN_SPEED,
                StrideTiming.MAX_SPEED,
                "m/s");
        Checked.range(prefix + "grade", grade, -StrideTiming.MAX_GRADE_PERCENT, StrideTiming.MAX_GRADE_PERCENT, "%");
        if (cadence == null) {
            return StrideTiming.of(metersPerSecond, grade);
        }
        return StrideTiming.of(
                metersPerSecond,
                grade,
                Checked.range(
                        prefix + "cadence", cadence, StrideTiming.MIN_CADENCE, StrideTiming.MAX_CADENCE, "steps/min"));
    }
}
