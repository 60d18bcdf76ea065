package org.runmuscle.core.training.plan;

import java.util.Locale;

/** The words of a {@link DoubleProgression.Step}: the load to use and why, for the plan's reasons. */
final class ProgressionWords {
    private ProgressionWords() {}

    static String kg(double kg) {
        return kg == Math.rint(kg)
                ? String.format(Locale.ROOT, "%.0f kg", kg)
                : String.format(Locale.ROOT, "%.1f kg", kg);
    }

    /** The load line: the weight to use where there is one, with the plan's effort. */
    static String load(DoubleProgression.Step step, String planned) {
        if (step.loadKg() <= 0) {
            return planned;
        }
        return kg(step.loadKg()) + " added; " + planned;
    }

    static String reason(DoubleProgression.Step step) {
        DoubleProgression.Done last = step.last();
        String done = "Last done " + last.date() + ": " + last.sets() + " x "
                + (last.seconds() > 0 ? Math.round(last.seconds()) + " s" : String.valueOf(last.minReps()))
                + (last.loadKg() > 0 ? " at " + kg(last.loadKg()) : "")
                + effort(last) + ". ";
        String range = step.seconds() > 0
                ? step.bottom() + "-" + step.top() + " s"
                : step.bottom() + "-" + step.top() + " reps";
        String why = switch (step.move()) {
            case ADD_LOAD ->
                "Every set reached the top of the " + range + " range short of failure, so the load goes"
                        + " up to " + kg(step.loadKg()) + " and the reps start again at " + step.reps() + " (double "
                        + "progression).";
            case ADD_REPS ->
                step.seconds() > 0
                        ? "Hold " + step.seconds() + " s, five more than last time (double progression)."
                        : "Same load, one more rep a set: " + step.reps() + ", climbing to "
                                + Math.max(step.top(), step.reps()) + " before the load goes up (double progression).";
            case HARDER_VARIATION ->
                "Every set reached the top of the range with body weight: ready for the harder "
                        + "variation the plan moves to after this block.";
            case REPEAT ->
                step.daysAgo() > DoubleProgression.REPEAT_AFTER_DAYS
                        ? "That was " + step.daysAgo() + " days before this plan starts: repeat it before adding more."
                        : "It went to failure: repeat it until it has reps in reserve.";
            case EASE ->
                step.daysAgo() > DoubleProgression.EASE_AFTER_DAYS
                        ? "That was " + step.daysAgo()
                                + " days before this plan starts: a step lighter to come back in."
                        : "It fell short of the " + range + " range, or went to failure: a step lighter"
                                + (step.loadKg() > 0 ? ", " + kg(step.loadKg()) : "") + ", and build back up.";
        };
        return done + why;
    }

    private static String effort(DoubleProgression.Done last) {
        if (!Double.isNaN(last.rir())) {
            return String.format(Locale.ROOT, ", %.0f in reserve", last.rir());
        }
        if (!Double.isNaN(last.rpe())) {
            return String.format(Locale.ROOT, ", RPE %.1f", last.rpe());
        }
        return "";
    }
}
