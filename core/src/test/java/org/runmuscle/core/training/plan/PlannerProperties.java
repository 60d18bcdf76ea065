package org.runmuscle.core.training.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Assessment;
import org.runmuscle.core.training.Category;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.RunningHistory;

/** What every plan must honour, checked over many random requests. */
class PlannerProperties {
    static final Atlas ATLAS = Atlas.load();
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(ATLAS);
    static final Assessment ASSESSMENT = new Assessment(ATLAS);
    static final Planner PLANNER = new Planner(ATLAS, CATALOG);

    @Provide
    Arbitrary<PlanRequest> requests() {
        Arbitrary<Set<Equipment>> equipment =
                Arbitraries.of(Equipment.class).set().ofMaxSize(6);
        Arbitrary<List<Finding>> findings = Arbitraries.of(ASSESSMENT.ids())
                .set()
                .ofMaxSize(3)
                .map(ids -> ids.stream()
                        .map(id -> ASSESSMENT.byId(id).orElseThrow())
                        .toList());
        Arbitrary<Set<DayOfWeek>> runDays =
                Arbitraries.of(DayOfWeek.class).set().ofMaxSize(7);
        Arbitrary<long[]> numbers = Combinators.combine(
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(10, 120),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.longs().between(0, 1000),
                        Arbitraries.integers().between(0, 127))
                .as((s, m, w, seed, hardMask) -> new long[] {s, m, w, seed, hardMask});
        Arbitrary<RunningHistory> histories = Arbitraries.oneOf(
                Arbitraries.just(RunningHistory.none()),
                Combinators.combine(
                                Arbitraries.integers().between(0, 30),
                                Arbitraries.doubles().between(20, 100).list().ofSize(Groups.PRIMARY.size()),
                                Arbitraries.doubles().between(0.5, 1.6).list().ofSize(Groups.PRIMARY.size()))
                        .as((runs, ready, ratio) -> {
                            Map<String, Double> r = new HashMap<>();
                            Map<String, Double> q = new HashMap<>();
                            for (int i = 0; i < ready.size(); i++) {
                                r.put(Groups.PRIMARY.get(i), ready.get(i));
                                q.put(Groups.PRIMARY.get(i), ratio.get(i));
                            }
                            return new RunningHistory(runs, r, q);
                        }));
        return Combinators.combine(equipment, Arbitraries.of(Level.class), findings, runDays, numbers, histories)
                .as((eq, level, f, run, n, history) -> {
                    Set<DayOfWeek> hard = EnumSet.noneOf(DayOfWeek.class);
                    for (DayOfWeek day : run) {
                        if ((n[4] & 1L << day.ordinal()) != 0 && hard.size() < 6) {
                            hard.add(day);
                        }
                    }
                    return new PlanRequest((int) n[0], (int) n[1], eq, level, f, run, hard, (int) n[2], n[3], history);
                });
    }

    @Property(tries = 300)
    void everySessionFitsItsMinutes(@ForAll("requests") PlanRequest request) {
        for (Plan.Week week : PLANNER.plan(request).weeks()) {
            for (Plan.Session session : week.sessions()) {
                assertThat(session.minutes()).isLessThanOrEqualTo(request.minutesPerSession());
                int seconds = session.exercises().stream()
                        .mapToInt(p -> {
                            Exercise e = CATALOG.byId(p.id()).orElseThrow();
                            return SessionTime.seconds(e, p.sets(), p.reps(), p.seconds(), p.restSeconds());
                        })
                        .sum();
                assertThat(seconds)
                        .as("week %d %s", week.week(), session.day())
                        .isLessThanOrEqualTo(request.minutesPerSession() * 60);
            }
        }
    }

    @Property(tries = 300)
    void equipmentAndLevelAreRespectedStrictly(@ForAll("requests") PlanRequest request) {
        for (Prescription p : prescriptions(PLANNER.plan(request))) {
            Exercise e = CATALOG.byId(p.id()).orElseThrow();
            assertThat(e.possibleWith(request.equipment())).as(p.id()).isTrue();
            assertThat(e.difficulty().ordinal())
                    .as(p.id())
                    .isLessThanOrEqualTo(request.level().ordinal());
            if (request.level() == Level.BEGINNER) {
                assertThat(e.category()).as(p.id()).isNotEqualTo(Category.PLYOMETRIC);
            }
        }
    }

    @Property(tries = 300)
    void everyPrimaryGroupIsCoveredEachWeekOrTheNotesSayWhyNot(@ForAll("requests") PlanRequest request) {
        Plan plan = PLANNER.plan(request);
        for (Plan.Week week : plan.weeks()) {
            for (String group : Groups.PRIMARY) {
                boolean covered = week.sessions().stream()
                        .flatMap(s -> s.exercises().stream())
                        .anyMatch(p -> primaryFor(p.id(), group));
                String name = ATLAS.group(group).orElseThrow().name().toLowerCase();
                assertThat(covered || plan.notes().stream().anyMatch(n -> n.contains("No exercise for the " + name)))
                        .as("week %d covers %s", week.week(), group)
                        .isTrue();
            }
        }
    }

    @Property(tries = 300)
    void everyFindingGetsAnExerciseEachWeekOrTheNotesSayWhyNot(@ForAll("requests") PlanRequest request) {
        Plan plan = PLANNER.plan(request);
        for (Finding finding : request.findings()) {
            boolean noted = plan.notes().stream().anyMatch(n -> n.contains("your finding '" + finding.title() + "'"));
            for (Plan.Week week : plan.weeks()) {
                boolean worked = week.sessions().stream()
                        .flatMap(s -> s.exercises().stream())
                        .map(p -> CATALOG.byId(p.id()).orElseThrow())
                        .anyMatch(e -> finding.exercises().contains(e.id())
                                || e.targets().stream()
                                        .anyMatch(t ->
                                                t.primary() && finding.muscles().contains(t.muscle())));
                assertThat(worked || noted)
                        .as("week %d works finding %s", week.week(), finding.id())
                        .isTrue();
            }
        }
    }

    @Property(tries = 300)
    void quadricepsAndHamstringVolumeStayWithinThirtyPercent(@ForAll("requests") PlanRequest request) {
        Plan plan = PLANNER.plan(request);
        boolean hamstringsFirst =
                request.findings().stream().anyMatch(f -> f.id().equals("low-hamstring-quadriceps-ratio"));
        boolean noted = plan.notes().stream().anyMatch(n -> n.contains("could not be balanced"));
        for (Plan.Week week : plan.weeks()) {
            double quads = sets(week, "quadriceps");
            double hams = sets(week, "hamstrings");
            double larger = Math.max(quads, hams);
            // The first week takes a set off every exercise that works a group still recovering from
            // running, and the notes say so: a lunge eased for tired glutes is a quadriceps set less,
            // so any recovering group may tip that week's thigh balance (found by this property with
            // seed 6925601510066499359: glutes at 20 %, one 15-minute session, 1 against 2 sets).
            boolean easing = week.week() == 1 && !request.history().recovering().isEmpty();
            boolean balanced = larger == 0
                    || Math.abs(quads - hams) <= 0.3 * larger + 1e-9
                    || hamstringsFirst && hams >= quads
                    || easing;
            assertThat(balanced || noted)
                    .as("week %d: %s quadriceps against %s hamstring sets", week.week(), quads, hams)
                    .isTrue();
        }
    }

    @Property(tries = 300)
    void noHeavyLowerBodySessionOnAHardDayOrTheDayBefore(@ForAll("requests") PlanRequest request) {
        for (Plan.Week week : PLANNER.plan(request).weeks()) {
            for (Plan.Session session : week.sessions()) {
                DayOfWeek day = Days.byId(session.day()).orElseThrow();
                boolean restricted =
                        request.hardDays().contains(day) || request.hardDays().contains(day.plus(1));
                boolean heavyWork = session.heavy()
                        || session.exercises().stream()
                                .anyMatch(
                                        p -> CATALOG.byId(p.id()).orElseThrow().lowerBodyHeavy());
                assertThat(restricted && heavyWork)
                        .as("%s with hard days %s", session.day(), request.hardDays())
                        .isFalse();
            }
        }
    }

    /** A coach's rule: work prescribed "for your finding" trains that finding's muscles directly. */
    @Property(tries = 300)
    void anExerciseCitingAFindingTrainsItsMusclesDirectly(@ForAll("requests") PlanRequest request) {
        for (Prescription p : prescriptions(PLANNER.plan(request))) {
            for (Finding finding : request.findings()) {
                if (p.reason().startsWith("For your finding '" + finding.title() + "'")) {
                    Exercise e = CATALOG.byId(p.id()).orElseThrow();
                    assertThat(Planner.trainsDirectly(finding, e))
                            .as("%s for %s", p.id(), finding.id())
                            .isTrue();
                }
            }
        }
    }

    /** A coach's rule: jumps and eccentric-heavy work leave the legs sore and slow for the next day's hard run. */
    @Property(tries = 300)
    void noPlyometricOrEccentricHeavyWorkTheDayBeforeAHardRun(@ForAll("requests") PlanRequest request) {
        for (Plan.Week week : PLANNER.plan(request).weeks()) {
            for (Plan.Session session : week.sessions()) {
                DayOfWeek day = Days.byId(session.day()).orElseThrow();
                if (!request.hardDays().contains(day.plus(1))) {
                    continue;
                }
                for (Prescription p : session.exercises()) {
                    Exercise e = CATALOG.byId(p.id()).orElseThrow();
                    assertThat(HardRuns.taxing(e))
                            .as("%s on %s with hard days %s", p.id(), session.day(), request.hardDays())
                            .isFalse();
                }
            }
        }
    }

    /**
     * A coach's rule: within a block's building weeks an exercise's dose (sets times reps or
     * seconds) never goes down; heavy work adds load, not fewer reps.
     */
    @Property(tries = 300)
    void withinABuildingBlockTheDoseNeverGoesDown(@ForAll("requests") PlanRequest request) {
        assertTheDoseNeverGoesDown(request, PLANNER.plan(request));
    }

    /**
     * The same rule once the plan follows the log (double progression): whatever was last lifted of
     * each exercise, how hard and how long ago, the first block's dose still never goes down.
     */
    @Property(tries = 200)
    void withinABuildingBlockTheDoseNeverGoesDownAfterDoubleProgression(
            @ForAll("requests") PlanRequest request, @ForAll long logSeed) {
        Plan plan = PLANNER.plan(request);
        Random random = new Random(logSeed);
        LocalDate firstDay = LocalDate.of(2026, 12, 7);
        Map<String, DoubleProgression.Done> done = new HashMap<>();
        for (Prescription p : prescriptions(plan)) {
            done.computeIfAbsent(
                    p.id(),
                    id -> new DoubleProgression.Done(
                            firstDay.minusDays(1 + random.nextInt(60)),
                            1 + random.nextInt(5),
                            p.reps() == 0 ? 0 : 1 + random.nextInt(25),
                            p.seconds() == 0 ? 0 : 5 + random.nextInt(90),
                            random.nextBoolean() ? 0 : random.nextInt(80),
                            random.nextBoolean() ? Double.NaN : random.nextInt(5),
                            random.nextBoolean() ? Double.NaN : 5 + random.nextInt(6)));
        }
        Plan followed = DoubleProgression.apply(plan, done, CATALOG, firstDay);
        assertTheDoseNeverGoesDown(request, followed);
        assertThat(prescriptions(followed)).hasSameSizeAs(prescriptions(plan));
    }

    private static void assertTheDoseNeverGoesDown(PlanRequest request, Plan plan) {
        List<Plan.Week> weeks = plan.weeks();
        for (int w = 1; w < weeks.size(); w++) {
            Plan.Week before = weeks.get(w - 1);
            Plan.Week after = weeks.get(w);
            boolean sameBlock =
                    (before.week() - 1) / Progression.BLOCK_WEEKS == (after.week() - 1) / Progression.BLOCK_WEEKS;
            // A first week built around groups still recovering from running is another design (their
            // work moves to the others for a week); the block's own dose starts in week 2 then.
            boolean recoveringFirst =
                    before.week() == 1 && !request.history().recovering().isEmpty();
            if (!sameBlock || before.lighter() || after.lighter() || recoveringFirst) {
                continue;
            }
            for (int s = 0;
                    s < Math.min(before.sessions().size(), after.sessions().size());
                    s++) {
                for (Prescription then : before.sessions().get(s).exercises()) {
                    for (Prescription now : after.sessions().get(s).exercises()) {
                        if (!now.id().equals(then.id())) {
                            continue;
                        }
                        // the dose is the sets times the reps (or seconds); a set added in week 2 to a
                        // group eased in week 1 may take a rep or two off each set, never the total
                        assertThat(now.sets() * now.reps() >= then.sets() * then.reps()
                                        && now.sets() * now.seconds() >= then.sets() * then.seconds())
                                .as(
                                        "%s, week %d: %d x %d/%ds, week %d: %d x %d/%ds",
                                        now.id(),
                                        before.week(),
                                        then.sets(),
                                        then.reps(),
                                        then.seconds(),
                                        after.week(),
                                        now.sets(),
                                        now.reps(),
                                        now.seconds())
                                .isTrue();
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void theSameRequestAndSeedGiveTheSamePlan(@ForAll("requests") PlanRequest request) {
        assertThat(PLANNER.plan(request)).isEqualTo(PLANNER.plan(request));
    }

    @Property(tries = 300)
    void everyExerciseHasAReasonAndSourcesAndNoPlanIsEmptyWithoutAWord(@ForAll("requests") PlanRequest request) {
        Plan plan = PLANNER.plan(request);
        for (Prescription p : prescriptions(plan)) {
            assertThat(p.reason()).as(p.id()).isNotBlank();
            assertThat(p.sources())
                    .as(p.id())
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(ATLAS.source(s)).as(s).isPresent());
        }
        boolean empty = plan.weeks().stream()
                .flatMap(w -> w.sessions().stream())
                .anyMatch(s -> s.exercises().isEmpty());
        assertThat(!empty || !plan.notes().isEmpty()).isTrue();
        assertThat(plan.weeks()).hasSize(request.weeks());
        assertThat(plan.weeks())
                .allSatisfy(w -> assertThat(w.sessions())
                        .hasSize(request.sessionsPerWeek())
                        .extracting(Plan.Session::day)
                        .doesNotHaveDuplicates());
    }

    @Property(tries = 100)
    void heavyStrengthComesTwoOrThreeTimesAWeekWhenTheWeekAllows(@ForAll("requests") PlanRequest request) {
        Plan plan = PLANNER.plan(request);
        long heavy = plan.weeks().get(0).sessions().stream()
                .filter(Plan.Session::heavy)
                .count();
        if (request.sessionsPerWeek() >= 2 && request.hardDays().size() <= 2) {
            assertThat(heavy)
                    .as("heavy sessions with hard days %s", request.hardDays())
                    .isBetween(2L, 3L);
        }
        assertThat(heavy).isLessThanOrEqualTo(3);
    }

    static List<Prescription> prescriptions(Plan plan) {
        return plan.weeks().stream()
                .flatMap(w -> w.sessions().stream())
                .flatMap(s -> s.exercises().stream())
                .toList();
    }

    static double sets(Plan.Week week, String group) {
        return week.sessions().stream()
                .flatMap(s -> s.exercises().stream())
                .filter(p -> primaryFor(p.id(), group))
                .mapToInt(Prescription::sets)
                .sum();
    }

    static boolean primaryFor(String exercise, String group) {
        return CATALOG.byId(exercise).orElseThrow().targets().stream()
                .anyMatch(t -> t.primary()
                        && ATLAS.muscle(t.muscle()).orElseThrow().group().equals(group));
    }
}
