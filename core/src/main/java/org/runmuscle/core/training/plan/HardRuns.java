package org.runmuscle.core.training.plan;

import java.util.List;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.training.Category;
import org.runmuscle.core.training.Exercise;

/**
 * A coach's rule for the day before a hard run: no jumps and no eccentric-heavy work, since both
 * leave the legs sore and slower for a day or two (exercise-induced muscle damage peaks 24-48 h
 * after eccentric work), which is what an interval session or a long run must not meet. Heavy
 * lower-body work is kept off those days by {@link TrainingDays}.
 */
final class HardRuns {
    private HardRuns() {}

    /** Work that leaves the legs sore or slow the next day: jumps, and eccentric-heavy exercises. */
    static boolean taxing(Exercise exercise) {
        return exercise.category() == Category.PLYOMETRIC || exercise.emphasis() == Contraction.ECCENTRIC;
    }

    /** Says so in the plan's notes when the rule left a runner who may jump without jumps this week. */
    static void noteDisplacedJumps(
            List<Exercise> candidates,
            List<TrainingDays.Slot> slots,
            List<List<WeekBuilder.Choice>> week,
            List<String> notes) {
        boolean possible = candidates.stream().anyMatch(e -> e.category() == Category.PLYOMETRIC);
        boolean placed =
                week.stream().flatMap(List::stream).anyMatch(c -> c.exercise().category() == Category.PLYOMETRIC);
        if (possible && !placed && slots.stream().anyMatch(TrainingDays.Slot::beforeHard)) {
            notes.add(PlanReasons.NO_JUMPS_BEFORE_HARD_RUNS);
        }
    }
}
