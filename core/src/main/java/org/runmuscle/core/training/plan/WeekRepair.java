package org.runmuscle.core.training.plan;

import java.util.List;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.plan.WeekBuilder.Choice;
import org.runmuscle.core.training.plan.WeekBuilder.Place;

/**
 * Repairs a week after it is filled by score and after {@link WeekPlacement}: quadriceps and hamstring work are
 * brought within {@link WeekBuilder#BALANCE} of each other
 * (the imbalance is a known injury risk for runners, seed article 001; a week filled by score
 * alone can drift either way).
 */
final class WeekRepair {
    private final WeekBuilder builder;
    private final PlanRequest request;
    private final List<Exercise> candidates;
    private final List<String> notes;
    private final PlanReasons reasons;
    private final boolean hamstringsFirst;

    /** {@code hamstringsFirst}: the runner's hamstrings are weak for their quadriceps, so more hamstrings is fine. */
    WeekRepair(
            WeekBuilder builder,
            PlanRequest request,
            List<Exercise> candidates,
            List<String> notes,
            PlanReasons reasons,
            boolean hamstringsFirst) {
        this.builder = builder;
        this.request = request;
        this.candidates = candidates;
        this.notes = notes;
        this.reasons = reasons;
        this.hamstringsFirst = hamstringsFirst;
    }

    /**
     * Brings weekly quadriceps and hamstring sets within {@link WeekBuilder#BALANCE} of each other: a set more
     * for the short group, else a new exercise for it where a session has room, else a set taken
     * from an accessory of another group to make that room, else a set less for the long group
     * (main lifts keep at least two). Only exercises that train one of the two count as moves, since a lunge or a
     * deadlift
     * that trains both changes nothing.
     */
    void balance(List<List<Choice>> week, List<TrainingDays.Slot> slots, int secondsPerSession) {
        for (int round = 0; round < 60; round++) {
            double quads = builder.sets(week, Groups.QUADRICEPS);
            double hams = builder.sets(week, Groups.HAMSTRINGS);
            double larger = Math.max(quads, hams);
            boolean balanced = larger == 0 || Math.abs(quads - hams) <= WeekBuilder.BALANCE * larger;
            if (balanced || hamstringsFirst && hams >= quads) {
                return;
            }
            String low = quads < hams ? Groups.QUADRICEPS : Groups.HAMSTRINGS;
            String high = quads < hams ? Groups.HAMSTRINGS : Groups.QUADRICEPS;
            if (!addSet(week, low, high, secondsPerSession)
                    && !addExercise(week, slots, low, high, secondsPerSession)
                    && !freeTime(week, low, high)
                    && !removeSet(week, high, low)) {
                break;
            }
        }
        double quads = builder.sets(week, Groups.QUADRICEPS);
        double hams = builder.sets(week, Groups.HAMSTRINGS);
        if (Math.abs(quads - hams) > WeekBuilder.BALANCE * Math.max(quads, hams)
                && !(hamstringsFirst && hams >= quads)) {
            notes.add(reasons.unbalanced(quads, hams));
        }
    }

    /** A set more for the group's exercise with the fewest sets that still fits its session. */
    private boolean addSet(List<List<Choice>> week, String group, String other, int secondsPerSession) {
        Place best = null;
        for (int s = 0; s < week.size(); s++) {
            List<Choice> session = week.get(s);
            for (int i = 0; i < session.size(); i++) {
                Choice choice = session.get(i);
                Choice more = choice.withSets(choice.sets() + 1);
                if (builder.primaryFor(choice.exercise(), group)
                        && !builder.primaryFor(choice.exercise(), other)
                        && choice.sets() < 5
                        && builder.used(session) - builder.seconds(choice) + builder.seconds(more) <= secondsPerSession
                        && (best == null || choice.sets() < best.of(week).sets())) {
                    best = new Place(s, i);
                }
            }
        }
        if (best == null) {
            return false;
        }
        best.set(week, best.of(week).withSets(best.of(week).sets() + 1));
        return true;
    }

    /**
     * Frees time for the short group: in a session that holds one of its exercises, a set less for
     * the accessory of another group that has the most sets.
     */
    private boolean freeTime(List<List<Choice>> week, String low, String high) {
        for (List<Choice> session : week) {
            boolean holdsLow = session.stream()
                    .anyMatch(c -> builder.primaryFor(c.exercise(), low)
                            && !builder.primaryFor(c.exercise(), high)
                            && c.sets() < 5);
            if (!holdsLow) {
                continue;
            }
            int victim = -1;
            for (int i = 0; i < session.size(); i++) {
                Choice choice = session.get(i);
                boolean accessory = !choice.main()
                        && !builder.primaryFor(choice.exercise(), low)
                        && !builder.primaryFor(choice.exercise(), high);
                if (accessory
                        && choice.sets() > 1
                        && (victim < 0 || choice.sets() > session.get(victim).sets())) {
                    victim = i;
                }
            }
            if (victim >= 0) {
                session.set(
                        victim, session.get(victim).withSets(session.get(victim).sets() - 1));
                return true;
            }
        }
        return false;
    }

    /** A set less for the group's exercise with the most sets, main lifts last and never below two. */
    private boolean removeSet(List<List<Choice>> week, String group, String other) {
        Place best = null;
        for (int s = 0; s < week.size(); s++) {
            List<Choice> session = week.get(s);
            for (int i = 0; i < session.size(); i++) {
                Choice choice = session.get(i);
                if (!builder.primaryFor(choice.exercise(), group)
                        || builder.primaryFor(choice.exercise(), other)
                        || choice.sets() <= 1
                        || choice.main() && choice.sets() <= WeekPlacement.MIN_MAIN_SETS) {
                    continue;
                }
                if (best == null || rank(choice) > rank(best.of(week))) {
                    best = new Place(s, i);
                }
            }
        }
        if (best == null) {
            return false;
        }
        best.set(week, best.of(week).withSets(best.of(week).sets() - 1));
        return true;
    }

    /** Which exercise gives up a set first: accessories before main lifts, then the one with most sets. */
    private static int rank(Choice choice) {
        return (choice.main() ? 0 : 100) + choice.sets();
    }

    private boolean addExercise(
            List<List<Choice>> week, List<TrainingDays.Slot> slots, String group, String other, int secondsPerSession) {
        for (int s = 0; s < week.size(); s++) {
            List<Choice> session = week.get(s);
            if (session.size() >= WeekBuilder.MAX_EXERCISES) {
                continue;
            }
            for (Exercise exercise : candidates) {
                if (builder.allowed(exercise, slots.get(s))
                        && builder.primaryFor(exercise, group)
                        && !builder.primaryFor(exercise, other)
                        && session.stream().noneMatch(c -> c.exercise().equals(exercise))) {
                    int sets = builder.fittingSets(exercise, secondsPerSession - builder.used(session));
                    if (sets > 0) {
                        session.add(new Choice(exercise, sets));
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
