package org.runmuscle.core.training.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Category;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Target;

/**
 * Chooses the exercises of one training week: each session filled, best-scoring first, until its
 * minutes are used. The score favours the primary running groups the week has covered least,
 * the muscles of the runner's findings, and the kind of session (heavy lower-body strength, or
 * lighter work: plyometrics, stability, calves, core). Then {@link WeekPlacement} gives every
 * primary group and finding a place, and {@link WeekRepair} balances quadriceps and hamstrings.
 */
final class WeekBuilder {
    /** How far weekly quadriceps and hamstring sets may differ, as a share of the larger (the brief's 30 %). */
    static final double BALANCE = 0.30;
    /**
     * Below this readiness a heavy first-week session leaves the group's main lift out: over 20 %
     * of its strength expected lost (model version 2). Estimated. (It was 50 with the first model.)
     */
    static final double HALF_READY = 80;
    /** At most this many exercises in one session, however long: beyond it quality drops. Estimated. */
    static final int MAX_EXERCISES = 8;

    private final Atlas atlas;
    private final PlanRequest request;
    private final List<Exercise> candidates;
    private final boolean hamstringsFirst;
    private final ExerciseScore scores;
    private final List<String> notes;
    private final PlanReasons reasons;
    /** Whether the week being built is the first, when groups still recovering from running get less. */
    private boolean recoveringWeek;

    /** Where an exercise stands in a week: its session, and its place in that session. */
    record Place(int session, int index) {
        Choice of(List<List<Choice>> week) {
            return week.get(session).get(index);
        }

        void set(List<List<Choice>> week, Choice choice) {
            week.get(session).set(index, choice);
        }
    }

    /** A chosen exercise with its sets for this block; {@code main} marks a heavy session's main lift. */
    record Choice(Exercise exercise, int sets, boolean main) {
        Choice(Exercise exercise, int sets) {
            this(exercise, sets, false);
        }

        Choice withSets(int newSets) {
            return new Choice(exercise, newSets, main);
        }
    }

    WeekBuilder(
            Atlas atlas,
            PlanRequest request,
            List<Exercise> candidates,
            Random random,
            List<String> notes,
            PlanReasons reasons) {
        this.reasons = reasons;
        this.atlas = atlas;
        this.request = request;
        this.candidates = candidates;
        this.scores = new ExerciseScore(atlas, request, random);
        this.notes = notes;
        this.hamstringsFirst =
                request.findings().stream().anyMatch(f -> f.id().equals("low-hamstring-quadriceps-ratio"));
    }

    /** The exercises of each session of a week, in session order. */
    List<List<Choice>> build(List<TrainingDays.Slot> slots, int secondsPerSession) {
        return build(slots, secondsPerSession, false);
    }

    /**
     * The same for the first week of a runner whose history shows groups still recovering: their
     * work is scaled by their readiness, and a heavy session leaves out the main lift of a group
     * below half readiness.
     */
    List<List<Choice>> build(List<TrainingDays.Slot> slots, int secondsPerSession, boolean recovering) {
        this.recoveringWeek = recovering;
        try {
            return buildWeek(slots, secondsPerSession);
        } finally {
            this.recoveringWeek = false;
        }
    }

    private List<List<Choice>> buildWeek(List<TrainingDays.Slot> slots, int secondsPerSession) {
        List<List<Choice>> week = new ArrayList<>();
        Map<String, Double> delivered = new HashMap<>();
        Set<String> used = new HashSet<>();
        // Plyometrics go to light sessions that no hard run follows, else to the heavy ones.
        boolean lightSessions = slots.stream().anyMatch(slot -> !slot.heavyAllowed() && !slot.beforeHard());
        for (TrainingDays.Slot slot : slots) {
            week.add(fill(slot, !slot.heavyAllowed() || !lightSessions, secondsPerSession, delivered, used));
        }
        WeekPlacement placement = new WeekPlacement(this, request, candidates, notes, reasons);
        placement.ensureCoverage(slots, week, secondsPerSession);
        placement.ensureFindings(slots, week, secondsPerSession);
        new WeekRepair(this, request, candidates, notes, reasons, hamstringsFirst)
                .balance(week, slots, secondsPerSession);
        week.replaceAll(SessionOrder::ordered);
        HardRuns.noteDisplacedJumps(candidates, slots, week, notes);
        return week;
    }

    /**
     * Fills one session. A heavy session opens with its main lifts, one knee-dominant (quadriceps)
     * and one hip-dominant (hamstrings and glutes), dosed heavy; plyometrics go to the lighter
     * sessions, or into the heavy ones when the week has no other.
     */
    private List<Choice> fill(
            TrainingDays.Slot slot,
            boolean plyometricsHere,
            int seconds,
            Map<String, Double> delivered,
            Set<String> used) {
        boolean heavy = slot.heavyAllowed();
        List<Choice> session = new ArrayList<>();
        int left = seconds;
        if (heavy) {
            for (String group : List.of(Groups.QUADRICEPS, Groups.HAMSTRINGS)) {
                if (recoveringWeek && request.history().readiness(group, slot.day()) < HALF_READY) {
                    continue;
                }
                Choice main = mainLift(group, left, session, delivered, used);
                if (main != null) {
                    session.add(main);
                    used.add(main.exercise().id());
                    left -= seconds(main);
                    credit(main, delivered);
                }
            }
        }
        while (session.size() < MAX_EXERCISES) {
            Choice best = null;
            double bestScore = 0;
            for (Exercise exercise : candidates) {
                if (!allowed(exercise, slot)
                        || session.stream().anyMatch(c -> c.exercise().equals(exercise))
                        || exercise.category() == Category.PLYOMETRIC && !plyometricsHere) {
                    continue;
                }
                int sets = fittingSets(exercise, left);
                if (sets == 0) {
                    continue;
                }
                double score = scores.score(exercise, heavy, delivered, used.contains(exercise.id()), recoveringWeek)
                        * (scores.repeatsPattern(exercise, session) ? ExerciseScore.PATTERN_REPEAT : 1);
                if (score > bestScore) {
                    bestScore = score;
                    best = new Choice(exercise, sets);
                }
            }
            if (best == null) {
                break;
            }
            session.add(best);
            used.add(best.exercise().id());
            left -= seconds(best.exercise(), best.sets());
            credit(best, delivered);
        }
        return session;
    }

    /** The best main lift for a group that fits: heavy barbell or machine lifts first, then loaded strength work. */
    private Choice mainLift(
            String group, int secondsLeft, List<Choice> session, Map<String, Double> delivered, Set<String> used) {
        Choice best = null;
        double bestScore = 0;
        for (Exercise exercise : candidates) {
            boolean kind = exercise.category() == Category.HEAVY_STRENGTH || exercise.category() == Category.STRENGTH;
            boolean other = group.equals(Groups.HAMSTRINGS) ? primaryFor(exercise, Groups.QUADRICEPS) : false;
            if (!kind
                    || other
                    || !primaryFor(exercise, group)
                    || !bigLift(exercise)
                    || session.stream().anyMatch(c -> c.exercise().equals(exercise))) {
                continue;
            }
            int sets = Progression.baseSets(exercise, request.level());
            while (sets > 0 && seconds(new Choice(exercise, sets, true)) > secondsLeft) {
                sets--;
            }
            if (sets == 0) {
                continue;
            }
            double score = scores.score(exercise, true, delivered, used.contains(exercise.id()), recoveringWeek)
                    * (exercise.category() == Category.HEAVY_STRENGTH ? 2 : 1);
            if (score > bestScore) {
                bestScore = score;
                best = new Choice(exercise, sets, true);
            }
        }
        return best;
    }

    /** A lift that moves the body or a load through hip and knee, not an isolation exercise. */
    private boolean bigLift(Exercise exercise) {
        long groups =
                Groups.BIG_LIFTS.stream().filter(g -> primaryFor(exercise, g)).count();
        return exercise.category() == Category.HEAVY_STRENGTH || groups >= 2;
    }

    /** Whether an exercise may go into a session on this day: heavy work and the hard-run rule. */
    boolean allowed(Exercise exercise, TrainingDays.Slot slot) {
        return (!exercise.lowerBodyHeavy() || slot.heavyAllowed()) && !(slot.beforeHard() && HardRuns.taxing(exercise));
    }

    private void credit(Choice choice, Map<String, Double> delivered) {
        for (Target target : choice.exercise().targets()) {
            String group = atlas.muscle(target.muscle()).orElseThrow().group();
            delivered.merge(group, target.primary() ? choice.sets() / 3.0 : choice.sets() / 10.0, Double::sum);
        }
    }

    /** The most sets (from the exercise's dose, adjusted by level, down to one) that fit in the time left. */
    int fittingSets(Exercise exercise, int secondsLeft) {
        int sets = Progression.baseSets(exercise, request.level());
        while (sets > 0 && seconds(exercise, sets) > secondsLeft) {
            sets--;
        }
        return sets;
    }

    /** The time an exercise takes at its starting dose. */
    static int seconds(Exercise exercise, int sets) {
        return SessionTime.atStartingDose(exercise, sets);
    }

    int seconds(Choice choice) {
        if (!choice.main()) {
            return seconds(choice.exercise(), choice.sets());
        }
        return SessionTime.seconds(
                choice.exercise(),
                choice.sets(),
                Progression.mainReps(choice.exercise(), 1, false, request.level()),
                choice.exercise().dose().seconds(),
                Progression.mainRest(choice.exercise(), request.level()));
    }

    /** Primary-target sets a week for a group. */
    double sets(List<List<Choice>> week, String group) {
        return week.stream()
                .flatMap(List::stream)
                .filter(c -> primaryFor(c.exercise(), group))
                .mapToInt(Choice::sets)
                .sum();
    }

    boolean primaryFor(Exercise exercise, String group) {
        return exercise.targets().stream()
                .anyMatch(t -> t.primary()
                        && atlas.muscle(t.muscle()).orElseThrow().group().equals(group));
    }

    boolean covers(List<List<Choice>> week, String group) {
        return week.stream().flatMap(List::stream).anyMatch(c -> primaryFor(c.exercise(), group));
    }

    int used(List<Choice> session) {
        return session.stream().mapToInt(this::seconds).sum();
    }

    /** Unique exercise ids of a week, for tests and notes. */
    static Set<String> ids(List<List<Choice>> week) {
        Set<String> ids = new LinkedHashSet<>();
        week.forEach(s -> s.forEach(c -> ids.add(c.exercise().id())));
        return ids;
    }
}
