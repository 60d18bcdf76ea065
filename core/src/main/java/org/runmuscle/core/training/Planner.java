package org.runmuscle.core.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.runmuscle.core.atlas.Atlas;

/**
 * Generates a weekly strength plan for a runner: the days, each session's exercises with sets,
 * reps or seconds, tempo, load and rest, progressing over the weeks with a lighter fourth week,
 * and a reason and sources for every exercise. An impossible request (ten minutes for six groups,
 * barbell work without a barbell) gets the best plan that fits and a plain note of what could not
 * be covered. Deterministic: the same request and seed give the same plan.
 */
public final class Planner {
    /** Heavy resistance, explosive and plyometric training 2-3 times a week (Blagrove 2018). */
    static final int MAX_HEAVY = 3;

    private final Atlas atlas;
    private final ExerciseCatalog catalog;

    public Planner(Atlas atlas, ExerciseCatalog catalog) {
        this.atlas = atlas;
        this.catalog = catalog;
    }

    public Plan plan(PlanRequest request) {
        List<String> notes = new ArrayList<>();
        List<Exercise> candidates = candidates(request, notes);
        int heavyWanted = request.sessionsPerWeek() == 1 ? 1 : request.sessionsPerWeek() >= 5 ? MAX_HEAVY : 2;
        List<TrainingDays.Slot> slots =
                TrainingDays.choose(request.sessionsPerWeek(), request.runDays(), request.hardDays(), heavyWanted);
        long heavy = slots.stream().filter(TrainingDays.Slot::heavyAllowed).count();
        if (heavy < heavyWanted) {
            notes.add("Only " + Days.plural((int) heavy, "heavy session")
                    + " a week fit: heavy lower-body work is kept off "
                    + "hard-run days (" + Days.ids(request.hardDays())
                    + ") and the days before them; the other sessions "
                    + "are lighter.");
        }
        if (request.sessionsPerWeek() == 1) {
            notes.add("One session a week keeps strength; the 2-3 a week used in studies that improved running "
                    + "economy would build it (Blagrove 2018).");
        }
        if (request.weeks() < 6) {
            notes.add("Programmes that improved running lasted 6-20 weeks, at least 10 for running economy "
                    + "(Blagrove 2018; Eihara 2022); this plan is a start.");
        }
        int warmUpMinutes = request.minutesPerSession() >= 30 ? 5 : request.minutesPerSession() >= 20 ? 4 : 2;
        int secondsPerSession = (request.minutesPerSession() - warmUpMinutes) * 60;
        List<Plan.Week> weeks = new ArrayList<>();
        WeekBuilder builder = new WeekBuilder(atlas, request, candidates, new Random(request.seed()), notes);
        notes.addAll(historyNotes(request.history()));
        // The usual first block is built first, so a history changes only what it should.
        List<List<WeekBuilder.Choice>> block = builder.build(slots, secondsPerSession);
        List<List<WeekBuilder.Choice>> recoveringWeek =
                request.history().recovering().isEmpty() ? null : builder.build(slots, secondsPerSession, true);
        for (int week = 1; week <= request.weeks(); week++) {
            int blockIndex = (week - 1) / Progression.BLOCK_WEEKS;
            if (week > 1 && Progression.stage(week) == 0) {
                block = harder(block, slots, candidates, secondsPerSession, builder);
            }
            boolean lighter = Progression.lighter(week, request.weeks());
            List<Plan.Session> sessions = new ArrayList<>();
            List<List<WeekBuilder.Choice>> chosen = week == 1 && recoveringWeek != null ? recoveringWeek : block;
            for (int s = 0; s < slots.size(); s++) {
                sessions.add(session(
                        request,
                        slots.get(s),
                        chosen.get(s),
                        week,
                        blockIndex,
                        lighter,
                        warmUpMinutes,
                        secondsPerSession));
            }
            weeks.add(new Plan.Week(week, lighter, sessions));
        }
        if (request.weeks() >= Progression.BLOCK_WEEKS) {
            notes.add(
                    "Every 4th week is lighter (about 30 % fewer reps, lower effort) so the body absorbs the work; after it, "
                            + "exercises move to harder variations where your level and equipment allow.");
        }
        return new Plan(weeks, notes.stream().distinct().toList());
    }

    private List<Exercise> candidates(PlanRequest request, List<String> notes) {
        List<Exercise> candidates = catalog.all().stream()
                .filter(e -> e.possibleWith(request.equipment()))
                .filter(e -> e.difficulty().ordinal() <= request.level().ordinal())
                .filter(e -> e.category() != Category.MOBILITY)
                .filter(e -> e.category() != Category.PLYOMETRIC || request.level() != Level.BEGINNER)
                .toList();
        if (request.level() == Level.BEGINNER) {
            notes.add("No plyometrics yet: jumps and bounds start from intermediate level, once strength is built.");
        }
        if (candidates.stream().noneMatch(e -> e.category() == Category.HEAVY_STRENGTH)) {
            notes.add("No barbell or machine: heavy sessions use the hardest body-weight and dumbbell exercises, "
                    + "loaded (a backpack works) to reach the stated effort.");
        }
        return candidates;
    }

    /** A new block: each exercise moves to its harder variation when that is allowed and still fits. */
    private List<List<WeekBuilder.Choice>> harder(
            List<List<WeekBuilder.Choice>> block,
            List<TrainingDays.Slot> slots,
            List<Exercise> candidates,
            int secondsPerSession,
            WeekBuilder builder) {
        List<List<WeekBuilder.Choice>> next = new ArrayList<>();
        for (int s = 0; s < block.size(); s++) {
            List<WeekBuilder.Choice> session = new ArrayList<>(block.get(s));
            boolean heavySlot = slots.get(s).heavyAllowed();
            for (int i = 0; i < session.size(); i++) {
                WeekBuilder.Choice choice = session.get(i);
                Optional<Exercise> harder = catalog.byId(choice.exercise().harder())
                        .filter(candidates::contains)
                        .filter(e -> !e.lowerBodyHeavy() || heavySlot)
                        .filter(e ->
                                session.stream().noneMatch(c -> c.exercise().equals(e)));
                if (harder.isPresent()) {
                    List<WeekBuilder.Choice> trial = new ArrayList<>(session);
                    trial.set(i, new WeekBuilder.Choice(harder.get(), choice.sets(), choice.main()));
                    if (builder.used(trial) <= secondsPerSession && sameGroups(choice.exercise(), harder.get())) {
                        session.set(i, trial.get(i));
                    }
                }
            }
            next.add(session);
        }
        return next;
    }

    /** A harder variation must keep training the primary groups the easier one covered. */
    private boolean sameGroups(Exercise from, Exercise to) {
        return primaryGroups(from).stream().allMatch(primaryGroups(to)::contains);
    }

    private Set<String> primaryGroups(Exercise exercise) {
        return exercise.targets().stream()
                .filter(Target::primary)
                .map(t -> atlas.muscle(t.muscle()).orElseThrow().group())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Plan.Session session(
            PlanRequest request,
            TrainingDays.Slot slot,
            List<WeekBuilder.Choice> planned,
            int week,
            int block,
            boolean lighter,
            int warmUpMinutes,
            int secondsPerSession) {
        // The first week takes a set off each exercise working a group still recovering from running.
        List<String> recovering = week == 1 ? request.history().recovering() : List.of();
        List<WeekBuilder.Choice> choices = new ArrayList<>();
        List<String> easedFor = new ArrayList<>();
        for (WeekBuilder.Choice choice : planned) {
            Optional<String> group = recovering.stream()
                    .filter(primaryGroups(choice.exercise())::contains)
                    .findFirst();
            boolean ease = group.isPresent() && choice.sets() > 1;
            choices.add(ease ? choice.withSets(choice.sets() - 1) : choice);
            easedFor.add(ease ? group.get() : null);
        }
        int n = choices.size();
        int[] reps = new int[n];
        int[] holds = new int[n];
        int[] rests = new int[n];
        for (int i = 0; i < n; i++) {
            WeekBuilder.Choice choice = choices.get(i);
            Exercise e = choice.exercise();
            reps[i] = choice.main()
                    ? Progression.mainReps(e, week, lighter, request.level())
                    : Progression.reps(e, week, lighter);
            holds[i] = Progression.seconds(e, week, lighter);
            rests[i] = choice.main()
                    ? Progression.mainRest(e, request.level())
                    : e.dose().restSeconds();
        }
        // The week's extra reps or seconds are taken back, last exercise first, until the session
        // fits; the starting doses always fit, so sets (and the week's balance) never change.
        for (int i = n - 1; i >= 0 && total(choices, reps, holds, rests) > secondsPerSession; i--) {
            Exercise e = choices.get(i).exercise();
            reps[i] = Math.min(
                    reps[i],
                    choices.get(i).main()
                            ? Progression.mainReps(e, 1, false, request.level())
                            : e.dose().reps());
            holds[i] = Math.min(holds[i], e.dose().seconds());
        }
        List<Prescription> exercises = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WeekBuilder.Choice choice = choices.get(i);
            Exercise e = choice.exercise();
            exercises.add(new Prescription(
                    e.id(),
                    e.name(),
                    choice.sets(),
                    reps[i],
                    holds[i],
                    e.unilateral(),
                    e.dose().tempo(),
                    choice.main()
                            ? Progression.mainLoad(e, week, lighter, block, request.level())
                            : Progression.load(e, week, lighter, block),
                    rests[i],
                    e.targets().stream().map(Target::muscle).toList(),
                    reason(request, e, slot.heavyAllowed(), easedFor.get(i)),
                    sources(request, e, slot.heavyAllowed())));
        }
        int minutes = warmUpMinutes + (int) Math.ceil(total(choices, reps, holds, rests) / 60.0);
        return new Plan.Session(
                Days.id(slot.day()),
                minutes,
                slot.heavyAllowed(),
                focus(slot.heavyAllowed(), choices),
                warmUp(slot.heavyAllowed(), choices, warmUpMinutes),
                exercises);
    }

    private static int total(List<WeekBuilder.Choice> choices, int[] reps, int[] holds, int[] rests) {
        int seconds = 0;
        for (int i = 0; i < choices.size(); i++) {
            seconds += time(choices.get(i).exercise(), choices.get(i).sets(), reps[i], holds[i], rests[i]);
        }
        return seconds;
    }

    /** Seconds an exercise takes at a dose: sets of work (both sides when one-sided) and rest, plus moving on. */
    static int time(Exercise e, int sets, int reps, int holds, int rest) {
        double work = reps > 0 ? reps * e.dose().secondsPerRep() : holds;
        return sets * ((int) Math.ceil(work * (e.unilateral() ? 2 : 1)) + rest) + WeekBuilder.TRANSITION_SECONDS;
    }

    private static String focus(boolean heavy, List<WeekBuilder.Choice> choices) {
        if (heavy) {
            return "heavy lower-body strength";
        }
        boolean plyo = choices.stream().anyMatch(c -> c.exercise().category() == Category.PLYOMETRIC);
        return plyo ? "plyometrics, hips, calves and core" : "strength-endurance, hips, calves and core";
    }

    private static List<String> warmUp(boolean heavy, List<WeekBuilder.Choice> choices, int minutes) {
        List<String> steps = new ArrayList<>();
        steps.add(
                minutes >= 4
                        ? "3 minutes of easy jogging, skipping or cycling"
                        : "1 minute of skipping or marching in place");
        steps.add("leg swings, front-to-back and side-to-side, 10 each leg");
        Optional<WeekBuilder.Choice> firstLift =
                choices.stream().filter(WeekBuilder.Choice::main).findFirst();
        if (heavy && firstLift.isPresent()) {
            steps.add("one light set of " + firstLift.get().exercise().name().toLowerCase(Locale.ROOT)
                    + " at about half the working load");
        }
        if (choices.stream().anyMatch(c -> c.exercise().category() == Category.PLYOMETRIC)) {
            steps.add("two rounds of 20 s high knees and 20 s A-skips");
        }
        return steps;
    }

    /** What the running history changes, in the plan's notes. */
    private List<String> historyNotes(RunningHistory history) {
        List<String> notes = new ArrayList<>();
        if (!history.known()) {
            return notes;
        }
        List<String> recovering = history.recovering();
        if (!recovering.isEmpty()) {
            List<String> noHeavyLift = recovering.stream()
                    .filter(g -> history.readiness(g) < WeekBuilder.HALF_READY)
                    .filter(g -> g.equals("quadriceps") || g.equals("hamstrings"))
                    .map(this::groupName)
                    .toList();
            notes.add("After your recent runs your "
                    + recovering.stream()
                            .map(g -> String.format(Locale.ROOT, "%s (%.0f %%)", groupName(g), history.readiness(g)))
                            .collect(Collectors.joining(", "))
                    + " are not yet recovered "
                    + "(100 % = fully): the first week takes a set off the exercises that work them"
                    + (noHeavyLift.isEmpty()
                            ? ""
                            : " and leaves out the heavy " + String.join(" and ", noHeavyLift) + " lift")
                    + ".");
        }
        List<String> under = history.underLoaded(WeekBuilder.PRIMARY_GROUPS);
        if (!under.isEmpty()) {
            notes.add("Over the last 28 days (" + Days.plural(history.runsLast28Days(), "run") + ") your running gave "
                    + under.stream()
                            .map(g ->
                                    String.format(Locale.ROOT, "your %s %.0f %%", groupName(g), 100 * history.ratio(g)))
                            .collect(Collectors.joining(", "))
                    + " of the share of load a varied week (some fast running and "
                    + "hills) gives them: the plan gives " + (under.size() == 1 ? "it" : "them") + " more.");
        }
        if (history.recovering().isEmpty() && under.isEmpty()) {
            notes.add("Your last 28 days of running (" + Days.plural(history.runsLast28Days(), "run") + ") left every "
                    + "group recovered and none under-loaded: the plan follows its usual shares.");
        }
        return notes;
    }

    private String groupName(String group) {
        return atlas.group(group).orElseThrow().name().toLowerCase(Locale.ROOT);
    }

    private String reason(PlanRequest request, Exercise e, boolean heavySession, String easedFor) {
        StringBuilder reason = new StringBuilder();
        Optional<Finding> finding = request.findings().stream()
                .filter(f -> e.targets().stream().anyMatch(t -> f.muscles().contains(t.muscle())))
                .findFirst();
        if (finding.isPresent()) {
            List<Target> hit = e.targets().stream()
                    .filter(t -> finding.get().muscles().contains(t.muscle()))
                    .toList();
            reason.append("For your finding '")
                    .append(finding.get().title())
                    .append("': trains ")
                    .append(hit.stream()
                            .map(t -> name(t.muscle())
                                    + (t.activationPercent().isPresent()
                                            ? String.format(
                                                    " (%.0f %% of maximal activation)",
                                                    t.activationPercent().getAsDouble())
                                            : ""))
                            .collect(Collectors.joining(", ")));
        } else {
            reason.append("Covers the ")
                    .append(String.join(
                            " and ",
                            primaryGroups(e).stream()
                                    .map(g ->
                                            atlas.group(g).orElseThrow().name().toLowerCase(Locale.ROOT))
                                    .toList()))
                    .append(" this week");
        }
        RunningHistory history = request.history();
        List<String> under = history.underLoaded(WeekBuilder.PRIMARY_GROUPS).stream()
                .filter(primaryGroups(e)::contains)
                .toList();
        if (!under.isEmpty()) {
            reason.append(". Your running lately gave your ")
                    .append(under.stream().map(this::groupName).collect(Collectors.joining(" and ")))
                    .append(" less than their usual share of load, so the plan gives them more");
        }
        if (easedFor != null) {
            reason.append(String.format(
                    Locale.ROOT,
                    ". This first week one set fewer: your %s are %.0f %% recovered from " + "your recent runs",
                    groupName(easedFor),
                    history.readiness(easedFor)));
        }
        if (!e.evidence().isEmpty()) {
            reason.append(". ").append(e.evidence().get(0).text());
        } else if (heavySession && (e.category() == Category.HEAVY_STRENGTH || mainLift(e))) {
            reason.append(". Heavy strength work 2-3 times a week improved running economy by 2-8 %");
        } else if (e.category() == Category.PLYOMETRIC) {
            reason.append(". Plyometrics add to running economy alongside heavy work");
        }
        String text = reason.toString();
        return text.endsWith(".") ? text : text + ".";
    }

    private List<String> sources(PlanRequest request, Exercise e, boolean heavySession) {
        Set<String> sources = new LinkedHashSet<>();
        request.findings().stream()
                .filter(f -> e.targets().stream().anyMatch(t -> f.muscles().contains(t.muscle())))
                .findFirst()
                .ifPresent(f -> {
                    sources.addAll(f.sources());
                    e.targets().stream()
                            .filter(t -> f.muscles().contains(t.muscle()))
                            .forEach(t -> sources.addAll(t.sources()));
                });
        if (!e.evidence().isEmpty()) {
            sources.addAll(e.evidence().get(0).sources());
        } else if (heavySession && (e.category() == Category.HEAVY_STRENGTH || mainLift(e))) {
            sources.add("blagrove-2018");
        } else if (e.category() == Category.PLYOMETRIC) {
            sources.add("eihara-2022");
        }
        sources.addAll(e.sources());
        return List.copyOf(sources);
    }

    private boolean mainLift(Exercise e) {
        return primaryGroups(e).stream()
                        .filter(g -> g.equals("glutes") || g.equals("quadriceps") || g.equals("hamstrings"))
                        .count()
                >= 2;
    }

    private String name(String muscle) {
        return atlas.muscle(muscle).orElseThrow().name().toLowerCase(Locale.ROOT);
    }
}
