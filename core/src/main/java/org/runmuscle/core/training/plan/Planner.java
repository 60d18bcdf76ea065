package org.runmuscle.core.training.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Category;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.RunningHistory;
import org.runmuscle.core.training.Target;

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

    /** Programmes that improved running lasted 6-20 weeks (Blagrove 2018); a shorter plan says so. */
    static final int SHORTEST_EFFECTIVE_WEEKS = 6;

    private final Atlas atlas;
    private final ExerciseCatalog catalog;
    private final PlanReasons reasons;
    private final HarderVariations variations;

    public Planner(Atlas atlas, ExerciseCatalog catalog) {
        this.atlas = atlas;
        this.catalog = catalog;
        this.reasons = new PlanReasons(atlas);
        this.variations = new HarderVariations(atlas, catalog);
    }

    public Plan plan(PlanRequest request) {
        List<String> notes = new ArrayList<>();
        List<Exercise> candidates = candidates(request, notes);
        int heavyWanted = request.sessionsPerWeek() == 1 ? 1 : request.sessionsPerWeek() >= 5 ? MAX_HEAVY : 2;
        List<TrainingDays.Slot> slots =
                TrainingDays.choose(request.sessionsPerWeek(), request.runDays(), request.hardDays(), heavyWanted);
        long heavy = slots.stream().filter(TrainingDays.Slot::heavyAllowed).count();
        if (heavy < heavyWanted) {
            notes.add(reasons.fewerHeavy((int) heavy, request.hardDays()));
        }
        if (request.sessionsPerWeek() == 1) {
            notes.add(PlanReasons.ONE_SESSION);
        }
        if (request.weeks() < SHORTEST_EFFECTIVE_WEEKS) {
            notes.add(PlanReasons.SHORT_PROGRAMME);
        }
        int warmUpMinutes = request.minutesPerSession() >= 30 ? 5 : request.minutesPerSession() >= 20 ? 4 : 2;
        int secondsPerSession = (request.minutesPerSession() - warmUpMinutes) * 60;
        List<Plan.Week> weeks = new ArrayList<>();
        WeekBuilder builder = new WeekBuilder(atlas, request, candidates, new Random(request.seed()), notes, reasons);
        notes.addAll(historyNotes(request.history()));
        // The usual first block is built first, so a history changes only what it should.
        List<List<WeekBuilder.Choice>> block = builder.build(slots, secondsPerSession);
        List<List<WeekBuilder.Choice>> recoveringWeek =
                request.history().recovering().isEmpty() ? null : builder.build(slots, secondsPerSession, true);
        for (int week = 1; week <= request.weeks(); week++) {
            int blockIndex = (week - 1) / Progression.BLOCK_WEEKS;
            if (week > 1 && Progression.stage(week) == 0) {
                block = variations.harder(block, slots, candidates, secondsPerSession, builder, request.findings());
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
            notes.add(PlanReasons.LIGHTER_WEEKS);
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
            notes.add(PlanReasons.NO_PLYOMETRICS);
        }
        if (candidates.stream().noneMatch(e -> e.category() == Category.HEAVY_STRENGTH)) {
            notes.add(PlanReasons.NO_BARBELL);
        }
        return candidates;
    }

    private Set<String> primaryGroups(Exercise exercise) {
        return exercise.primaryGroups(atlas);
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
        // The first week takes a set off each exercise working a group still recovering on the session's day.
        List<String> recovering = week == 1 ? request.history().recovering(slot.day()) : List.of();
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
        List<Dosed> dosed = new ArrayList<>();
        for (WeekBuilder.Choice choice : choices) {
            Exercise e = choice.exercise();
            dosed.add(new Dosed(
                    choice,
                    choice.main()
                            ? Progression.mainReps(e, week, lighter, request.level())
                            : Progression.reps(e, week, lighter),
                    Progression.seconds(e, week, lighter),
                    choice.main()
                            ? Progression.mainRest(e, request.level())
                            : e.dose().restSeconds()));
        }
        // The week's extra reps or seconds are taken back one building week at a time, last exercise
        // first, until the session fits: back to the previous week's dose, which fitted, before any
        // further, so within a block the dose never goes down. The starting doses always fit, so
        // sets (and the week's balance) never change.
        int blockStart = week - Progression.stage(week);
        for (int stage = Progression.stage(week) - 1; stage >= 0 && !lighter; stage--) {
            for (int i = dosed.size() - 1; i >= 0 && total(dosed) > secondsPerSession; i--) {
                Dosed d = dosed.get(i);
                Exercise e = d.choice().exercise();
                int earlier = blockStart + stage;
                dosed.set(
                        i,
                        new Dosed(
                                d.choice(),
                                Math.min(
                                        d.reps(),
                                        d.choice().main()
                                                ? Progression.mainReps(e, earlier, false, request.level())
                                                : Progression.reps(e, earlier, false)),
                                Math.min(d.holdSeconds(), Progression.seconds(e, earlier, false)),
                                d.restSeconds()));
            }
        }
        List<Prescription> exercises = new ArrayList<>();
        for (int i = 0; i < dosed.size(); i++) {
            Dosed d = dosed.get(i);
            WeekBuilder.Choice choice = d.choice();
            Exercise e = choice.exercise();
            Set<String> groups = primaryGroups(e);
            Optional<Finding> finding = findingFor(request, e);
            boolean heavyEvidence = slot.heavyAllowed() && (e.category() == Category.HEAVY_STRENGTH || mainLift(e));
            exercises.add(new Prescription(
                    e.id(),
                    e.name(),
                    choice.sets(),
                    d.reps(),
                    d.holdSeconds(),
                    e.unilateral(),
                    e.dose().tempo(),
                    choice.main()
                            ? Progression.mainLoad(e, week, lighter, block, request.level())
                            : Progression.load(e, week, lighter, block),
                    d.restSeconds(),
                    e.targets().stream().map(Target::muscle).toList(),
                    reasons.reason(
                            e,
                            finding,
                            groups,
                            underLoaded(request.history()).stream()
                                    .filter(groups::contains)
                                    .toList(),
                            request.history(),
                            easedFor.get(i),
                            heavyEvidence),
                    sources(finding, e, heavyEvidence)));
        }
        int minutes = warmUpMinutes + (int) Math.ceil(total(dosed) / 60.0);
        boolean plyometrics = choices.stream().anyMatch(c -> c.exercise().category() == Category.PLYOMETRIC);
        Optional<Exercise> firstLift = slot.heavyAllowed()
                ? choices.stream().filter(WeekBuilder.Choice::main).findFirst().map(WeekBuilder.Choice::exercise)
                : Optional.empty();
        return new Plan.Session(
                Days.id(slot.day()),
                minutes,
                slot.heavyAllowed(),
                PlanReasons.focus(slot.heavyAllowed(), plyometrics),
                PlanReasons.warmUp(warmUpMinutes, firstLift, plyometrics),
                exercises);
    }

    /** An exercise's dose in one week: reps (or 0 for holds), seconds held, rest between sets. */
    private record Dosed(WeekBuilder.Choice choice, int reps, int holdSeconds, int restSeconds) {}

    private static int total(List<Dosed> dosed) {
        int seconds = 0;
        for (Dosed d : dosed) {
            WeekBuilder.Choice c = d.choice();
            seconds += SessionTime.seconds(c.exercise(), c.sets(), d.reps(), d.holdSeconds(), d.restSeconds());
        }
        return seconds;
    }

    /** The runner's first finding whose muscles the exercise trains. */
    /**
     * The finding an exercise is prescribed for: one whose muscles it trains directly (as a primary
     * target, or as one of the finding's own exercises). A coach rejected nordic curls "for your
     * calf finding" because the calves are only a secondary target of them.
     */
    static Optional<Finding> findingFor(PlanRequest request, Exercise e) {
        return request.findings().stream().filter(f -> trainsDirectly(f, e)).findFirst();
    }

    static boolean trainsDirectly(Finding finding, Exercise e) {
        boolean direct = finding.exercises().contains(e.id())
                || e.targets().stream()
                        .anyMatch(t -> t.primary() && finding.muscles().contains(t.muscle()));
        // a one-sided weakness is trained one side at a time, the weaker first
        return direct && (finding.side().isEmpty() || e.unilateral());
    }

    private static List<String> underLoaded(RunningHistory history) {
        return history.underLoaded(Groups.PRIMARY);
    }

    /** What the running history changes, in the plan's notes. */
    private List<String> historyNotes(RunningHistory history) {
        List<String> withoutHeavyLift = history.recovering().stream()
                .filter(g -> history.readiness(g) < WeekBuilder.HALF_READY)
                .filter(g -> g.equals(Groups.QUADRICEPS) || g.equals(Groups.HAMSTRINGS))
                .toList();
        return reasons.history(history, history.known() ? underLoaded(history) : List.of(), withoutHeavyLift);
    }

    private List<String> sources(Optional<Finding> finding, Exercise e, boolean heavyEvidence) {
        Set<String> sources = new LinkedHashSet<>();
        finding.ifPresent(f -> {
            sources.addAll(f.sources());
            e.targets().stream()
                    .filter(t -> f.muscles().contains(t.muscle()))
                    .forEach(t -> sources.addAll(t.sources()));
        });
        if (!e.evidence().isEmpty()) {
            sources.addAll(e.evidence().get(0).sources());
        } else if (heavyEvidence) {
            sources.add("blagrove-2018");
        } else if (e.category() == Category.PLYOMETRIC) {
            sources.add("eihara-2022");
        }
        sources.addAll(e.sources());
        return List.copyOf(sources);
    }

    private boolean mainLift(Exercise e) {
        return PlanReasons.bigLift(primaryGroups(e));
    }
}
