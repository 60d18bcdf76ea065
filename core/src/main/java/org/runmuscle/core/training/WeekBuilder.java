package org.runmuscle.core.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.runmuscle.core.atlas.Atlas;

/**
 * Chooses the exercises of one training week: each session filled, best-scoring first, until its
 * minutes are used. The score favours the primary running groups the week has covered least,
 * the muscles of the runner's findings, and the kind of session (heavy lower-body strength, or
 * lighter work: plyometrics, stability, calves, core). Afterwards every primary group is made
 * sure of a place and quadriceps and hamstring volume are brought within 30 % of each other,
 * unless a finding asks for more of one.
 */
final class WeekBuilder {
    /** The groups that carry running; each is trained every week (seed articles 000 and 001). */
    static final List<String> PRIMARY_GROUPS =
            List.of("glutes", "quadriceps", "hamstrings", "hip-flexors", "calves", "core");
    /** How far weekly quadriceps and hamstring sets may differ, as a share of the larger (the brief's 30 %). */
    static final double BALANCE = 0.30;
    /** Seconds to change from one exercise to the next. Estimated: setting up equipment and position. */
    static final int TRANSITION_SECONDS = 30;
    /** A finding's muscles count this many times their group's share. Estimated: enough to lead, not to crowd out. */
    static final double FINDING_WEIGHT = 2.0;
    /**
     * A primary group that running under-loads counts this many times its share. Estimated: less
     * than a finding (a measured weakness), enough to shift a set or two a week toward it.
     */
    static final double UNDER_LOADED_WEIGHT = 1.5;
    /** Below this readiness a heavy first-week session leaves the group's main lift out. Estimated. */
    static final double HALF_READY = 50;
    /** An exercise that repeats a movement already in the session is worth this fraction. Estimated. */
    static final double PATTERN_REPEAT = 0.25;
    /** At most this many exercises in one session, however long: beyond it quality drops. Estimated. */
    static final int MAX_EXERCISES = 8;
    /**
     * How much of a week's work each group should get when nothing else decides. Estimated from the
     * model's share of running load (glutes and calves about a quarter each, quadriceps a fifth,
     * hamstrings and hip flexors a tenth), leaning toward the groups the evidence trains for injury
     * prevention (hamstrings, hips).
     */
    static final Map<String, Double> SHARE = Map.of(
            "glutes",
            0.22,
            "quadriceps",
            0.16,
            "hamstrings",
            0.16,
            "calves",
            0.15,
            "hip-flexors",
            0.10,
            "core",
            0.13,
            "adductors",
            0.05,
            "shin",
            0.03);

    private final Atlas atlas;
    private final PlanRequest request;
    private final List<Exercise> candidates;
    private final Set<String> findingMuscles = new HashSet<>();
    private final boolean hamstringsFirst;
    private final Random random;
    private final List<String> notes;
    /** Whether the week being built is the first, when groups still recovering from running get less. */
    private boolean recoveringWeek;

    /** A chosen exercise with its sets for this block; {@code main} marks a heavy session's main lift. */
    record Choice(Exercise exercise, int sets, boolean main) {
        Choice(Exercise exercise, int sets) {
            this(exercise, sets, false);
        }

        Choice withSets(int newSets) {
            return new Choice(exercise, newSets, main);
        }
    }

    WeekBuilder(Atlas atlas, PlanRequest request, List<Exercise> candidates, Random random, List<String> notes) {
        this.atlas = atlas;
        this.request = request;
        this.candidates = candidates;
        this.random = random;
        this.notes = notes;
        request.findings().forEach(f -> findingMuscles.addAll(f.muscles()));
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
        boolean lightSessions = slots.stream().anyMatch(slot -> !slot.heavyAllowed());
        for (TrainingDays.Slot slot : slots) {
            week.add(fill(
                    slot.heavyAllowed(), !slot.heavyAllowed() || !lightSessions, secondsPerSession, delivered, used));
        }
        ensureCoverage(slots, week, secondsPerSession);
        balance(week, secondsPerSession);
        week.replaceAll(WeekBuilder::ordered);
        return week;
    }

    /**
     * Fills one session. A heavy session opens with its main lifts, one knee-dominant (quadriceps)
     * and one hip-dominant (hamstrings and glutes), dosed heavy; plyometrics go to the lighter
     * sessions, or into the heavy ones when the week has no other.
     */
    private List<Choice> fill(
            boolean heavy, boolean plyometricsHere, int seconds, Map<String, Double> delivered, Set<String> used) {
        List<Choice> session = new ArrayList<>();
        int left = seconds;
        if (heavy) {
            for (String group : List.of("quadriceps", "hamstrings")) {
                if (recoveringWeek && request.history().readiness(group) < HALF_READY) {
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
                if (!allowed(exercise, heavy)
                        || session.stream().anyMatch(c -> c.exercise().equals(exercise))
                        || exercise.category() == Category.PLYOMETRIC && !plyometricsHere) {
                    continue;
                }
                int sets = fittingSets(exercise, left);
                if (sets == 0) {
                    continue;
                }
                double score = score(exercise, heavy, delivered, used.contains(exercise.id()))
                        * (repeatsPattern(exercise, session) ? PATTERN_REPEAT : 1);
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
            boolean other = group.equals("hamstrings") ? primaryFor(exercise, "quadriceps") : false;
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
            double score = score(exercise, true, delivered, used.contains(exercise.id()))
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
        long groups = List.of("glutes", "quadriceps", "hamstrings").stream()
                .filter(g -> primaryFor(exercise, g))
                .count();
        return exercise.category() == Category.HEAVY_STRENGTH || groups >= 2;
    }

    private boolean allowed(Exercise exercise, boolean heavySession) {
        return !exercise.lowerBodyHeavy() || heavySession;
    }

    /**
     * How much a session needs this exercise now. A group's need is its share of the week, raised
     * for a finding's muscles, and divided by the work the group has already had this week, so that
     * a finding gets more work without crowding out the other groups.
     */
    private double score(Exercise exercise, boolean heavy, Map<String, Double> delivered, boolean usedThisWeek) {
        double score = 0;
        for (Target target : exercise.targets()) {
            String group = atlas.muscle(target.muscle()).orElseThrow().group();
            double want = SHARE.getOrDefault(group, 0.02)
                    * (findingMuscles.contains(target.muscle()) ? FINDING_WEIGHT : 1)
                    * historyWeight(group);
            double need = want / (1 + delivered.getOrDefault(group, 0.0));
            score += (target.primary() ? 1 : 0.35) * need;
        }
        score /= Math.sqrt(exercise.targets().size());
        score *= switch (exercise.category()) {
            case HEAVY_STRENGTH -> heavy ? 2.0 : 0;
            case STRENGTH -> heavy ? 1.2 : 1.0;
            case PLYOMETRIC -> heavy ? 0.5 : 1.3;
            case STABILITY -> heavy ? 0.7 : 1.1;
            case DRILL -> 0.6;
            case MOBILITY -> 0.2;
        };
        if (usedThisWeek) {
            score *= 0.3;
        }
        return score * (1 + 0.15 * random.nextDouble());
    }

    /**
     * What the running history does to a group's want: more for an under-loaded primary group,
     * less in the first week for a group still recovering (scaled by its readiness).
     */
    private double historyWeight(String group) {
        RunningHistory history = request.history();
        double weight = history.underLoaded(PRIMARY_GROUPS).contains(group) ? UNDER_LOADED_WEIGHT : 1;
        if (recoveringWeek && history.readiness(group) < RunningHistory.RECOVERING_BELOW) {
            weight *= history.readiness(group) / 100;
        }
        return weight;
    }

    /**
     * An exercise that repeats a movement already in the session: its primary groups are covered
     * by one exercise there, or it shares two of glutes, quadriceps and hamstrings with one (a
     * deadlift after a Romanian deadlift, a lunge after a squat).
     */
    private boolean repeatsPattern(Exercise exercise, List<Choice> session) {
        Set<String> groups = primaryGroups(exercise);
        return session.stream()
                .map(c -> primaryGroups(c.exercise()))
                .anyMatch(other -> other.containsAll(groups)
                        || List.of("glutes", "quadriceps", "hamstrings").stream()
                                        .filter(g -> groups.contains(g) && other.contains(g))
                                        .count()
                                >= 2);
    }

    private Set<String> primaryGroups(Exercise exercise) {
        Set<String> groups = new HashSet<>();
        exercise.targets().stream()
                .filter(Target::primary)
                .forEach(t -> groups.add(atlas.muscle(t.muscle()).orElseThrow().group()));
        return groups;
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

    /** The time an exercise takes: sets of work (both sides when one-sided) and rest, plus moving on. */
    static int seconds(Exercise exercise, int sets) {
        return sets * setSeconds(exercise) + TRANSITION_SECONDS;
    }

    int seconds(Choice choice) {
        if (!choice.main()) {
            return seconds(choice.exercise(), choice.sets());
        }
        return Planner.time(
                choice.exercise(),
                choice.sets(),
                Progression.mainReps(choice.exercise(), 1, false, request.level()),
                choice.exercise().dose().seconds(),
                Progression.mainRest(choice.exercise(), request.level()));
    }

    static int setSeconds(Exercise exercise) {
        Dose dose = exercise.dose();
        double work = dose.reps() > 0 ? dose.reps() * dose.secondsPerRep() : dose.seconds();
        return (int) Math.ceil(work * (exercise.unilateral() ? 2 : 1)) + dose.restSeconds();
    }

    /** Every primary group gets at least one exercise in the week, if anything at all fits. */
    private void ensureCoverage(List<TrainingDays.Slot> slots, List<List<Choice>> week, int secondsPerSession) {
        for (String group : PRIMARY_GROUPS) {
            if (covers(week, group)) {
                continue;
            }
            boolean placed = false;
            for (int s = 0; s < week.size() && !placed; s++) {
                placed = place(group, week.get(s), slots.get(s).heavyAllowed(), secondsPerSession);
            }
            if (!placed) {
                notes.add(
                        "No exercise for the " + groupName(group) + " fits: with " + request.minutesPerSession()
                                + " minutes and " + Days.plural(request.sessionsPerWeek(), "session")
                                + " a week there is no time left after the other groups; more time or sessions would allow it.");
            }
        }
    }

    /** Puts an exercise for {@code group} into a session: in the time left, or in place of its least needed exercise. */
    private boolean place(String group, List<Choice> session, boolean heavy, int secondsPerSession) {
        List<Exercise> options = candidates.stream()
                .filter(e -> allowed(e, heavy) && primaryFor(e, group))
                .filter(e -> session.stream().noneMatch(c -> c.exercise().equals(e)))
                .sorted((a, b) -> Integer.compare(seconds(a, 1), seconds(b, 1)))
                .toList();
        if (options.isEmpty()) {
            return false;
        }
        Exercise quickest = options.get(0);
        int left = secondsPerSession - used(session);
        int sets = fittingSets(quickest, left);
        if (sets > 0 && session.size() < MAX_EXERCISES) {
            session.add(new Choice(quickest, sets));
            return true;
        }
        for (int i = session.size() - 1; i >= 0; i--) {
            Choice victim = session.get(i);
            if (victim.main() || coversGroupAlone(session, victim, group)) {
                continue; // a heavy session's main lifts stay; so does a group's only exercise
            }
            int freed = left + seconds(victim);
            sets = fittingSets(quickest, freed);
            if (sets > 0) {
                session.set(i, new Choice(quickest, sets));
                return true;
            }
        }
        return false;
    }

    private boolean coversGroupAlone(List<Choice> session, Choice victim, String newGroup) {
        for (String group : PRIMARY_GROUPS) {
            if (!group.equals(newGroup)
                    && primaryFor(victim.exercise(), group)
                    && session.stream().filter(c -> c != victim).noneMatch(c -> primaryFor(c.exercise(), group))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Brings weekly quadriceps and hamstring sets within {@link #BALANCE} of each other: a set more
     * for the short group, else a new exercise for it where a session has room, else a set taken
     * from an accessory of another group to make that room, else a set less for the long group
     * (main lifts keep at least two). Only exercises that train one of the two count as moves, since a lunge or a deadlift
     * that trains both changes nothing.
     */
    private void balance(List<List<Choice>> week, int secondsPerSession) {
        for (int round = 0; round < 60; round++) {
            double quads = sets(week, "quadriceps");
            double hams = sets(week, "hamstrings");
            double larger = Math.max(quads, hams);
            boolean balanced = larger == 0 || Math.abs(quads - hams) <= BALANCE * larger;
            if (balanced || hamstringsFirst && hams >= quads) {
                return;
            }
            String low = quads < hams ? "quadriceps" : "hamstrings";
            String high = quads < hams ? "hamstrings" : "quadriceps";
            if (!addSet(week, low, high, secondsPerSession)
                    && !addExercise(week, low, high, secondsPerSession)
                    && !freeTime(week, low, high)
                    && !removeSet(week, high, low)) {
                break;
            }
        }
        double quads = sets(week, "quadriceps");
        double hams = sets(week, "hamstrings");
        if (Math.abs(quads - hams) > BALANCE * Math.max(quads, hams) && !(hamstringsFirst && hams >= quads)) {
            notes.add(String.format(
                    "Quadriceps and hamstring work could not be balanced within 30 %% (%.0f against"
                            + " %.0f sets a week) with this equipment and time.",
                    quads, hams));
        }
    }

    /** A set more for the group's exercise with the fewest sets that still fits its session. */
    private boolean addSet(List<List<Choice>> week, String group, String other, int secondsPerSession) {
        int[] best = null;
        for (int s = 0; s < week.size(); s++) {
            List<Choice> session = week.get(s);
            for (int i = 0; i < session.size(); i++) {
                Choice choice = session.get(i);
                Choice more = choice.withSets(choice.sets() + 1);
                if (primaryFor(choice.exercise(), group)
                        && !primaryFor(choice.exercise(), other)
                        && choice.sets() < 5
                        && used(session) - seconds(choice) + seconds(more) <= secondsPerSession
                        && (best == null
                                || choice.sets()
                                        < week.get(best[0]).get(best[1]).sets())) {
                    best = new int[] {s, i};
                }
            }
        }
        if (best == null) {
            return false;
        }
        Choice chosen = week.get(best[0]).get(best[1]);
        week.get(best[0]).set(best[1], chosen.withSets(chosen.sets() + 1));
        return true;
    }

    /**
     * Frees time for the short group: in a session that holds one of its exercises, a set less for
     * the accessory of another group that has the most sets.
     */
    private boolean freeTime(List<List<Choice>> week, String low, String high) {
        for (List<Choice> session : week) {
            boolean holdsLow = session.stream()
                    .anyMatch(c -> primaryFor(c.exercise(), low) && !primaryFor(c.exercise(), high) && c.sets() < 5);
            if (!holdsLow) {
                continue;
            }
            int victim = -1;
            for (int i = 0; i < session.size(); i++) {
                Choice choice = session.get(i);
                boolean accessory =
                        !choice.main() && !primaryFor(choice.exercise(), low) && !primaryFor(choice.exercise(), high);
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
        int[] best = null;
        for (int s = 0; s < week.size(); s++) {
            List<Choice> session = week.get(s);
            for (int i = 0; i < session.size(); i++) {
                Choice choice = session.get(i);
                if (!primaryFor(choice.exercise(), group)
                        || primaryFor(choice.exercise(), other)
                        || choice.sets() <= 1
                        || choice.main() && choice.sets() <= 2) {
                    continue;
                }
                if (best == null || rank(choice) > rank(week.get(best[0]).get(best[1]))) {
                    best = new int[] {s, i};
                }
            }
        }
        if (best == null) {
            return false;
        }
        Choice chosen = week.get(best[0]).get(best[1]);
        week.get(best[0]).set(best[1], chosen.withSets(chosen.sets() - 1));
        return true;
    }

    /** Which exercise gives up a set first: accessories before main lifts, then the one with most sets. */
    private static int rank(Choice choice) {
        return (choice.main() ? 0 : 100) + choice.sets();
    }

    private boolean addExercise(List<List<Choice>> week, String group, String other, int secondsPerSession) {
        for (List<Choice> session : week) {
            if (session.size() >= MAX_EXERCISES) {
                continue;
            }
            boolean heavy = session.stream().anyMatch(Choice::main);
            for (Exercise exercise : candidates) {
                if (allowed(exercise, heavy)
                        && primaryFor(exercise, group)
                        && !primaryFor(exercise, other)
                        && session.stream().noneMatch(c -> c.exercise().equals(exercise))) {
                    int sets = fittingSets(exercise, secondsPerSession - used(session));
                    if (sets > 0) {
                        session.add(new Choice(exercise, sets));
                        return true;
                    }
                }
            }
        }
        return false;
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

    private boolean covers(List<List<Choice>> week, String group) {
        return week.stream().flatMap(List::stream).anyMatch(c -> primaryFor(c.exercise(), group));
    }

    int used(List<Choice> session) {
        return session.stream().mapToInt(this::seconds).sum();
    }

    private String groupName(String group) {
        return atlas.group(group)
                .map(g -> g.name().toLowerCase(java.util.Locale.ROOT))
                .orElse(group);
    }

    /** Plyometrics first (fresh), then heavy and strength work, then stability, drills and stretches. */
    private static List<Choice> ordered(List<Choice> session) {
        List<Choice> sorted = new ArrayList<>(session);
        sorted.sort((a, b) -> Integer.compare(order(a), order(b)));
        return sorted;
    }

    private static int order(Choice choice) {
        if (choice.main()) {
            return 1;
        }
        return switch (choice.exercise().category()) {
            case PLYOMETRIC -> 0;
            case HEAVY_STRENGTH -> 1;
            case STRENGTH -> 2;
            case DRILL -> 3;
            case STABILITY -> 4;
            case MOBILITY -> 5;
        };
    }

    /** Unique exercise ids of a week, for tests and notes. */
    static Set<String> ids(List<List<Choice>> week) {
        Set<String> ids = new LinkedHashSet<>();
        week.forEach(s -> s.forEach(c -> ids.add(c.exercise().id())));
        return ids;
    }
}
