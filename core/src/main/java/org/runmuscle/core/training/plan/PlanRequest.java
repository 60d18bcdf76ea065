package org.runmuscle.core.training.plan;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.RunningHistory;

/**
 * What a runner asks of a strength plan.
 *
 * @param sessionsPerWeek 1 to 5
 * @param minutesPerSession 10 to 120, warm-up included
 * @param equipment      what is available (body weight always is)
 * @param level          training experience
 * @param findings       findings to weight the plan toward (from the assessment or named)
 * @param runDays        days the runner runs (may be empty: unknown)
 * @param hardDays       days with a hard run (intervals, tempo, long run), a subset of the run days
 * @param weeks          1 to 52
 * @param seed           makes the plan reproducible; the same request and seed give the same plan
 * @param history        what running has lately asked of each muscle group ({@link RunningHistory#none()} if unknown)
 */
public record PlanRequest(
        int sessionsPerWeek,
        int minutesPerSession,
        Set<Equipment> equipment,
        Level level,
        List<Finding> findings,
        Set<DayOfWeek> runDays,
        Set<DayOfWeek> hardDays,
        int weeks,
        long seed,
        RunningHistory history) {
    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 120;

    /** A request without a running history. */
    public PlanRequest(
            int sessionsPerWeek,
            int minutesPerSession,
            Set<Equipment> equipment,
            Level level,
            List<Finding> findings,
            Set<DayOfWeek> runDays,
            Set<DayOfWeek> hardDays,
            int weeks,
            long seed) {
        this(
                sessionsPerWeek,
                minutesPerSession,
                equipment,
                level,
                findings,
                runDays,
                hardDays,
                weeks,
                seed,
                RunningHistory.none());
    }

    public PlanRequest {
        if (sessionsPerWeek < 1 || sessionsPerWeek > 5) {
            throw new IllegalArgumentException("sessions per week must be 1 to 5, not " + sessionsPerWeek);
        }
        if (minutesPerSession < MIN_MINUTES || minutesPerSession > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes per session must be 10 to 120, not " + minutesPerSession);
        }
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("weeks must be 1 to 52, not " + weeks);
        }
        equipment = equipment.isEmpty() ? EnumSet.of(Equipment.NONE) : EnumSet.copyOf(equipment);
        equipment.add(Equipment.NONE);
        findings = List.copyOf(findings);
        history = history == null ? RunningHistory.none() : history;
        runDays = runDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(runDays);
        hardDays = hardDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(hardDays);
        if (!runDays.isEmpty() && !runDays.containsAll(hardDays)) {
            Set<DayOfWeek> stray = EnumSet.copyOf(hardDays);
            stray.removeAll(runDays);
            throw new IllegalArgumentException(
                    "hard days " + Days.ids(stray) + " are not run days " + Days.ids(runDays));
        }
        if (hardDays.size() == 7) {
            throw new IllegalArgumentException(
                    "every day is a hard day: leave at least one easy day for strength work");
        }
    }
}
