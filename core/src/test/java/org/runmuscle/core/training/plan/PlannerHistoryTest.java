package org.runmuscle.core.training.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.RunningHistory;
import org.runmuscle.core.training.Target;

/** What a running history does to a plan: less for groups still recovering, more for under-loaded ones, and why. */
class PlannerHistoryTest {
    private static final Atlas ATLAS = PlannerProperties.ATLAS;
    private static final Planner PLANNER = PlannerProperties.PLANNER;

    private static PlanRequest request(RunningHistory history) {
        return new PlanRequest(
                2,
                45,
                Set.of(Equipment.DUMBBELLS, Equipment.BENCH),
                Level.INTERMEDIATE,
                List.of(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                EnumSet.of(DayOfWeek.SATURDAY),
                6,
                7,
                history);
    }

    private static RunningHistory history(int runs, Map<String, Double> readiness, Map<String, Double> ratios) {
        Map<String, Double> fullReadiness = new HashMap<>();
        Map<String, Double> fullRatios = new HashMap<>();
        for (String group : Groups.PRIMARY) {
            fullReadiness.put(group, readiness.getOrDefault(group, 100.0));
            fullRatios.put(group, ratios.getOrDefault(group, 1.0));
        }
        return new RunningHistory(runs, fullReadiness, fullRatios);
    }

    @Test
    void aGroupStillRecoveringGetsASetLessInTheFirstWeekOnly() {
        Plan usual = PLANNER.plan(request(RunningHistory.none()));
        Plan afterDownhill = PLANNER.plan(request(history(5, Map.of("quadriceps", 40.0), Map.of())));

        assertThat(afterDownhill.weeks().subList(1, 6))
                .as("weeks 2-6 as usual")
                .isEqualTo(usual.weeks().subList(1, 6));
        assertThat(sets(afterDownhill.weeks().get(0), "quadriceps"))
                .isLessThan(sets(usual.weeks().get(0), "quadriceps"));
        assertThat(afterDownhill.notes())
                .anyMatch(n -> n.contains("quadriceps (40 %)")
                        && n.contains("first week")
                        && n.contains("leaves out the heavy quadriceps lift"));
        List<Prescription> eased = afterDownhill.weeks().get(0).sessions().stream()
                .flatMap(s -> s.exercises().stream())
                .filter(p -> p.reason().contains("This first week one set fewer: your quadriceps are 40 % recovered"))
                .toList();
        assertThat(eased)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(primaryGroups(p)).contains("quadriceps"));
        assertThat(afterDownhill.weeks().get(1).sessions().stream().flatMap(s -> s.exercises().stream()))
                .noneMatch(p -> p.reason().contains("first week"));
    }

    /**
     * Readiness projected to each session's own day: quadriceps still recovering on the first
     * session's day but recovered by the second's ease only the first session.
     */
    @Test
    void eachFirstWeekSessionIsEasedForItsOwnDay() {
        Plan usual = PLANNER.plan(request(RunningHistory.none()));
        List<Plan.Session> sessions = usual.weeks().get(0).sessions();
        DayOfWeek firstDay = Days.byId(sessions.get(0).day()).orElseThrow();
        Map<DayOfWeek, Map<String, Double>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, Map.of("quadriceps", day.compareTo(firstDay) <= 0 ? 40.0 : 100.0));
        }
        RunningHistory base = history(5, Map.of("quadriceps", 40.0), Map.of());
        RunningHistory projected =
                new RunningHistory(base.runsLast28Days(), base.readinessPercent(), base.loadShareRatio(), byDay);
        Plan plan = PLANNER.plan(request(projected));
        List<Plan.Session> week1 = plan.weeks().get(0).sessions();
        assertThat(week1.get(0).exercises()).anyMatch(p -> p.reason().contains("one set fewer"));
        assertThat(week1.subList(1, week1.size()))
                .allSatisfy(
                        s -> assertThat(s.exercises()).noneMatch(p -> p.reason().contains("one set fewer")));
    }

    @Test
    void anUnderLoadedPrimaryGroupGetsMoreWorkAndTheReasonsSaySo() {
        Plan usual = PLANNER.plan(request(RunningHistory.none()));
        Plan slowRunner = PLANNER.plan(request(history(12, Map.of(), Map.of("hip-flexors", 0.8, "hamstrings", 0.85))));

        int usualSets = usual.weeks().stream()
                .mapToInt(w -> sets(w, "hip-flexors") + sets(w, "hamstrings"))
                .sum();
        int slowSets = slowRunner.weeks().stream()
                .mapToInt(w -> sets(w, "hip-flexors") + sets(w, "hamstrings"))
                .sum();
        assertThat(slowSets).isGreaterThan(usualSets);
        assertThat(slowRunner.notes())
                .anyMatch(n -> n.contains("(12 runs)")
                        && n.contains("your hip flexors 80 %")
                        && n.contains("your hamstrings 85 %")
                        && n.contains("the plan gives them more"));
        assertThat(slowRunner.weeks().get(0).sessions().stream().flatMap(s -> s.exercises().stream()))
                .anyMatch(p -> p.reason().contains("less than their usual share of load, so the plan gives them more"));
    }

    @Test
    void noRecentRunsChangeNothing() {
        Plan usual = PLANNER.plan(request(RunningHistory.none()));
        Plan idle = PLANNER.plan(request(history(0, Map.of(), Map.of("calves", 0.5))));
        assertThat(idle.weeks()).isEqualTo(usual.weeks());
    }

    @Test
    void aRecoveredBalancedHistorySaysSoAndKeepsThePlan() {
        Plan usual = PLANNER.plan(request(RunningHistory.none()));
        Plan balanced = PLANNER.plan(request(history(9, Map.of(), Map.of())));
        assertThat(balanced.weeks()).isEqualTo(usual.weeks());
        assertThat(balanced.notes())
                .anyMatch(n -> n.contains("(9 runs) left every group recovered and none under-loaded"));
    }

    private static int sets(Plan.Week week, String group) {
        return week.sessions().stream()
                .flatMap(s -> s.exercises().stream())
                .filter(p -> primaryGroups(p).contains(group))
                .mapToInt(Prescription::sets)
                .sum();
    }

    private static Set<String> primaryGroups(Prescription p) {
        Exercise e = PlannerProperties.CATALOG.byId(p.id()).orElseThrow();
        Set<String> groups = new HashSet<>();
        e.targets().stream()
                .filter(Target::primary)
                .forEach(t -> groups.add(ATLAS.muscle(t.muscle()).orElseThrow().group()));
        return groups;
    }
}
