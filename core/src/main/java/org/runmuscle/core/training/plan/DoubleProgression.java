package org.runmuscle.core.training.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;

/**
 * Plans that follow what was lifted: each exercise the log holds starts the plan from what was last
 * done, by double progression. Within a rep range, reps go up at the same load; once every set
 * reaches the top of the range at an effort short of failure, the load goes up and the reps start
 * again at the bottom. A session that fell short of the range, or went to failure short of its top,
 * is eased; a long gap repeats, or eases, the last dose. Holds progress the same way in seconds.
 * Double progression is common strength-coaching practice (Helms, Morgan and Valdez 2019, The
 * Muscle and Strength Pyramid: Training); its numbers below are estimates.
 *
 * <p>Only the first block's building weeks change: from the step's reps or seconds they climb one
 * rep (five seconds) a week, up to what the plan itself asks that week, so the dose never goes down
 * within the block.
 */
public final class DoubleProgression {
    /** The bottom of the range as a share of its top (the plan's reps): 8 gives 6-8, 12 gives 9-12. Estimated. */
    static final double BOTTOM_SHARE = 0.75;
    /** A hold's range: its top less this many seconds. Estimated. */
    static final int HOLD_RANGE_SECONDS = 10;
    /** Seconds a hold gains per step, as the planner's building weeks add. */
    static final int HOLD_STEP_SECONDS = 5;
    /** An effort this close to failure is maximal: no reps in reserve, or RPE 9.5 and up. */
    static final double MAX_RPE = 9.5;
    /** After this many days without the exercise, the last dose is repeated rather than raised. Estimated. */
    static final int REPEAT_AFTER_DAYS = 14;
    /** After this many, it is eased: strength fades measurably after a month off. Estimated. */
    static final int EASE_AFTER_DAYS = 28;
    /** Load taken off when easing. Estimated: a common deload of 10 %. */
    static final double EASE_SHARE = 0.9;

    private DoubleProgression() {}

    /**
     * What was last done of an exercise.
     *
     * @param date    the day
     * @param sets    how many sets
     * @param minReps the fewest reps of a set (0 for holds)
     * @param seconds the shortest hold (0 for reps)
     * @param loadKg  the external load of the heaviest set
     * @param rir     mean reps in reserve, NaN when not logged
     * @param rpe     mean RPE of the sets or the session, NaN when not logged
     */
    public record Done(LocalDate date, int sets, int minReps, double seconds, double loadKg, double rir, double rpe) {
        boolean maximal() {
            return rir <= 0.5 || rpe >= MAX_RPE;
        }
    }

    /** What the next session does, and why (a fact; {@link ProgressionWords} words it). */
    public enum Move {
        ADD_LOAD,
        ADD_REPS,
        REPEAT,
        EASE,
        HARDER_VARIATION
    }

    /** The next session of an exercise: its reps or seconds and load, from {@code last}. */
    public record Step(Move move, int reps, int seconds, double loadKg, int bottom, int top, Done last, long daysAgo) {}

    /** The load step of an exercise's equipment, kg: the smallest usual change. Estimated from common plates. */
    static double increment(Exercise exercise) {
        if (exercise.equipment().contains(Equipment.MACHINE)) {
            return 5;
        }
        if (exercise.equipment().contains(Equipment.KETTLEBELL)) {
            return 4;
        }
        if (exercise.equipment().contains(Equipment.BARBELL)) {
            return 2.5;
        }
        return 2;
    }

    /** The next step after {@code last}, for a plan whose first week asks {@code topReps} or {@code topSeconds}. */
    static Step next(Exercise exercise, Done last, int topReps, int topSeconds, LocalDate firstDay) {
        long days = ChronoUnit.DAYS.between(last.date(), firstDay);
        double step = increment(exercise);
        if (topSeconds > 0) {
            int top = topSeconds;
            int bottom = Math.max(5, top - HOLD_RANGE_SECONDS);
            int done = (int) Math.round(last.seconds());
            if (days > EASE_AFTER_DAYS || done < bottom || (last.maximal() && done < top)) {
                return new Step(Move.EASE, 0, bottom, last.loadKg(), bottom, top, last, days);
            }
            if (days > REPEAT_AFTER_DAYS || last.maximal()) {
                return new Step(Move.REPEAT, 0, Math.min(done, top + 30), last.loadKg(), bottom, top, last, days);
            }
            return new Step(
                    Move.ADD_REPS, 0, Math.min(90, done + HOLD_STEP_SECONDS), last.loadKg(), bottom, top, last, days);
        }
        int top = topReps;
        int bottom = Math.max(3, (int) Math.round(top * BOTTOM_SHARE));
        int reps = last.minReps();
        if (days > EASE_AFTER_DAYS || reps < bottom || (last.maximal() && reps < top)) {
            double eased = last.loadKg() > 0 ? Math.floor(last.loadKg() * EASE_SHARE / step) * step : 0;
            return new Step(Move.EASE, bottom, 0, eased, bottom, top, last, days);
        }
        if (days > REPEAT_AFTER_DAYS || last.maximal()) {
            return new Step(Move.REPEAT, Math.min(reps, top), 0, last.loadKg(), bottom, top, last, days);
        }
        if (reps >= top) {
            if (last.loadKg() > 0 || !exercise.equipment().contains(Equipment.NONE)) {
                return new Step(Move.ADD_LOAD, bottom, 0, last.loadKg() + step, bottom, top, last, days);
            }
            if (!exercise.harder().isEmpty()) {
                return new Step(Move.HARDER_VARIATION, top, 0, 0, bottom, top, last, days);
            }
            return new Step(Move.ADD_REPS, Math.min(25, reps + 1), 0, 0, bottom, top, last, days);
        }
        return new Step(Move.ADD_REPS, reps + 1, 0, last.loadKg(), bottom, top, last, days);
    }

    /**
     * The plan with each logged exercise's first-block doses taken from its last session; exercises
     * the log does not hold, and every later block, stay as planned.
     */
    public static Plan apply(Plan plan, Map<String, Done> done, ExerciseCatalog catalog, LocalDate firstDay) {
        if (done.isEmpty()) {
            return plan;
        }
        Map<String, Step> steps = new HashMap<>();
        List<Plan.Week> weeks = new ArrayList<>();
        for (Plan.Week week : plan.weeks()) {
            boolean firstBlock = week.week() < Progression.BLOCK_WEEKS && !week.lighter();
            List<Plan.Session> sessions = new ArrayList<>();
            for (Plan.Session session : week.sessions()) {
                List<Prescription> exercises = new ArrayList<>();
                for (Prescription p : session.exercises()) {
                    Done last = done.get(p.id());
                    Exercise exercise = catalog.byId(p.id()).orElse(null);
                    if (!firstBlock || last == null || exercise == null) {
                        exercises.add(p);
                        continue;
                    }
                    Step step =
                            steps.computeIfAbsent(p.id(), id -> next(exercise, last, p.reps(), p.seconds(), firstDay));
                    exercises.add(dosed(p, step, week.week() - 1));
                }
                sessions.add(new Plan.Session(
                        session.day(),
                        session.minutes(),
                        session.heavy(),
                        session.focus(),
                        session.warmUp(),
                        exercises));
            }
            weeks.add(new Plan.Week(week.week(), week.lighter(), sessions));
        }
        return new Plan(weeks, plan.notes());
    }

    /**
     * A prescription at the step's dose, {@code stage} weeks into the block: a rep (5 s) more each week,
     * up to what the plan asks that week when that is more. Both bounds rise week on week, so the dose does.
     */
    private static Prescription dosed(Prescription p, Step step, int stage) {
        int reps = step.reps() == 0 ? 0 : Math.min(step.reps() + stage, Math.max(p.reps(), step.reps()));
        int seconds = step.seconds() == 0
                ? 0
                : Math.min(step.seconds() + stage * HOLD_STEP_SECONDS, Math.max(p.seconds(), step.seconds()));
        return new Prescription(
                p.id(),
                p.name(),
                p.sets(),
                reps,
                seconds,
                p.perSide(),
                p.tempo(),
                ProgressionWords.load(step, p.load()),
                p.restSeconds(),
                p.targets(),
                p.reason() + " " + ProgressionWords.reason(step),
                p.sources());
    }
}
