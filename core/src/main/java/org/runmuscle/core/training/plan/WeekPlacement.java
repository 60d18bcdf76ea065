package org.runmuscle.core.training.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.plan.WeekBuilder.Choice;

/**
 * Makes room in a week filled by score for what it left out: a primary group with no exercise, or a finding with none
 * for its muscles. It adds to the time left, replaces the least needed exercise, and as a last resort takes sets from
 * the main lifts.
 */
final class WeekPlacement {
    /**
     * A main lift keeps at least this many sets when it gives time to a group or a finding that would get nothing, or
     * a set to the quadriceps-hamstring balance ({@link WeekRepair}).
     * Estimated: the heavy-strength programmes that improved running economy used two to four sets (Blagrove 2018).
     */
    static final int MIN_MAIN_SETS = 2;

    private final WeekBuilder builder;
    private final PlanRequest request;
    private final List<Exercise> candidates;
    private final List<String> notes;
    private final PlanReasons reasons;

    WeekPlacement(
            WeekBuilder builder,
            PlanRequest request,
            List<Exercise> candidates,
            List<String> notes,
            PlanReasons reasons) {
        this.builder = builder;
        this.request = request;
        this.candidates = candidates;
        this.notes = notes;
        this.reasons = reasons;
    }

    /** Every primary group gets at least one exercise in the week, if anything at all fits. */
    void ensureCoverage(List<TrainingDays.Slot> slots, List<List<Choice>> week, int secondsPerSession) {
        for (String group : Groups.PRIMARY) {
            if (builder.covers(week, group)) {
                continue;
            }
            boolean placed = false;
            for (int s = 0; s < week.size() && !placed; s++) {
                placed = place(group, week.get(s), slots.get(s), secondsPerSession);
            }
            if (!placed) {
                notes.add(reasons.noRoomFor(group, request.minutesPerSession(), request.sessionsPerWeek()));
            }
        }
    }

    /**
     * Every finding gets at least one exercise for its muscles in the week: a measured weakness is what the runner
     * asked the plan to work on, so it may take a set from the main lifts when nothing else gives way.
     */
    void ensureFindings(List<TrainingDays.Slot> slots, List<List<Choice>> week, int secondsPerSession) {
        for (Finding finding : request.findings()) {
            Predicate<Exercise> works = e -> Planner.trainsDirectly(finding, e);
            if (week.stream().flatMap(List::stream).anyMatch(c -> works.test(c.exercise()))) {
                continue;
            }
            boolean placed = false;
            for (int s = 0; s < week.size() && !placed; s++) {
                placed = place(works, null, week.get(s), slots.get(s), secondsPerSession);
            }
            if (!placed) {
                notes.add(reasons.noRoomForFinding(
                        finding.title(), request.minutesPerSession(), request.sessionsPerWeek()));
            }
        }
    }

    private boolean place(String group, List<Choice> session, TrainingDays.Slot slot, int secondsPerSession) {
        return place(e -> builder.primaryFor(e, group), group, session, slot, secondsPerSession);
    }

    /**
     * Puts an exercise that {@code fits} into a session: in the time left, in place of its least needed exercise, or,
     * as a last resort, in time the main lifts give up. {@code group} is the primary group it is for, if any.
     */
    private boolean place(
            Predicate<Exercise> fits,
            String group,
            List<Choice> session,
            TrainingDays.Slot slot,
            int secondsPerSession) {
        List<Exercise> options = candidates.stream()
                .filter(e -> builder.allowed(e, slot) && fits.test(e))
                .filter(e -> session.stream().noneMatch(c -> c.exercise().equals(e)))
                .sorted((a, b) -> Integer.compare(builder.seconds(a, 1), builder.seconds(b, 1)))
                .toList();
        if (options.isEmpty()) {
            return false;
        }
        Exercise quickest = options.get(0);
        int left = secondsPerSession - builder.used(session);
        int sets = builder.fittingSets(quickest, left);
        if (sets > 0 && session.size() < WeekBuilder.MAX_EXERCISES) {
            session.add(new Choice(quickest, sets));
            return true;
        }
        for (int i = session.size() - 1; i >= 0; i--) {
            Choice victim = session.get(i);
            if (victim.main() || coversGroupAlone(session, victim, group) || worksAFinding(victim.exercise())) {
                continue; // a heavy session's main lifts stay; so do a group's only exercise and a finding's work
            }
            int freed = left + builder.seconds(victim);
            sets = builder.fittingSets(quickest, freed);
            if (sets > 0) {
                session.set(i, new Choice(quickest, sets));
                return true;
            }
        }
        return session.size() < WeekBuilder.MAX_EXERCISES && trimMainsFor(quickest, session, secondsPerSession);
    }

    /**
     * Takes sets from the main lifts, the one with most first and never below {@link #MIN_MAIN_SETS}, until the
     * exercise fits with at least two sets (or its whole dose, if smaller). Leaves the session as it was if it
     * cannot.
     */
    private boolean trimMainsFor(Exercise exercise, List<Choice> session, int secondsPerSession) {
        List<Choice> trimmed = new ArrayList<>(session);
        int wanted = Math.min(2, Progression.baseSets(exercise, request.level()));
        while (true) {
            int sets = builder.fittingSets(exercise, secondsPerSession - builder.used(trimmed));
            if (sets >= wanted && sets > 0) {
                session.clear();
                session.addAll(trimmed);
                session.add(new Choice(exercise, sets));
                notes.add(PlanReasons.MAIN_LIFTS_TRIMMED);
                return true;
            }
            int widest = -1;
            for (int i = 0; i < trimmed.size(); i++) {
                Choice c = trimmed.get(i);
                if (c.main()
                        && c.sets() > MIN_MAIN_SETS
                        && (widest < 0 || c.sets() > trimmed.get(widest).sets())) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return false;
            }
            trimmed.set(widest, trimmed.get(widest).withSets(trimmed.get(widest).sets() - 1));
        }
    }

    /** One of the finding's own exercises, or one whose primary targets include its muscles. */
    static boolean works(Finding finding, Exercise exercise) {
        return finding.exercises().contains(exercise.id())
                || exercise.targets().stream()
                        .anyMatch(t -> t.primary() && finding.muscles().contains(t.muscle()));
    }

    private boolean worksAFinding(Exercise exercise) {
        return request.findings().stream().anyMatch(f -> works(f, exercise));
    }

    private boolean coversGroupAlone(List<Choice> session, Choice victim, String newGroup) {
        for (String group : Groups.PRIMARY) {
            if (!group.equals(newGroup)
                    && builder.primaryFor(victim.exercise(), group)
                    && session.stream()
                            .filter(c -> c != victim)
                            .noneMatch(c -> builder.primaryFor(c.exercise(), group))) {
                return true;
            }
        }
        return false;
    }
}
