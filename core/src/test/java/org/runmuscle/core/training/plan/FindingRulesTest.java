package org.runmuscle.core.training.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.training.AssessmentAnswers;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.Level;

/** A coach's rules for findings: work chosen for one trains its muscles directly, a one-sided one side by side. */
class FindingRulesTest {
    private static Finding calfGap() {
        AssessmentAnswers answers = new AssessmentAnswers(
                Optional.empty(),
                Optional.empty(),
                OptionalInt.of(18),
                OptionalInt.of(26),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                List.of(),
                OptionalDouble.empty());
        return PlannerProperties.ASSESSMENT.findings(answers).stream()
                .filter(f -> f.id().equals("calf-asymmetry"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCalfGapGetsSingleLegCalfWorkForTheWeakerSideEveryWeekAndNothingElseCitesIt() {
        Finding gap = calfGap();
        assertThat(gap.side()).isEqualTo("left");
        for (Level level : Level.values()) {
            PlanRequest request = new PlanRequest(
                    2,
                    30,
                    Set.of(Equipment.NONE, Equipment.DUMBBELLS, Equipment.STEP),
                    level,
                    List.of(gap),
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                    EnumSet.of(DayOfWeek.THURSDAY),
                    8,
                    7);
            Plan plan = PlannerProperties.PLANNER.plan(request);
            for (Plan.Week week : plan.weeks()) {
                List<Prescription> cited = week.sessions().stream()
                        .flatMap(s -> s.exercises().stream())
                        .filter(p -> p.reason().contains(gap.title()))
                        .toList();
                assertThat(cited).as("%s, week %d", level, week.week()).isNotEmpty();
                for (Prescription p : cited) {
                    Exercise e = PlannerProperties.CATALOG.byId(p.id()).orElseThrow();
                    assertThat(Planner.trainsDirectly(gap, e)).as(p.id()).isTrue();
                    assertThat(e.unilateral()).as(p.id()).isTrue();
                    assertThat(p.reason()).contains("start each set with your left side");
                }
            }
        }
    }

    @Test
    void anExerciseThatOnlyTouchesAFindingsMusclesDoesNotCiteIt() {
        Finding gap = calfGap();
        Exercise nordic =
                PlannerProperties.CATALOG.byId("nordic-hamstring-curl").orElseThrow();
        assertThat(Planner.trainsDirectly(gap, nordic)).isFalse();
    }
}
