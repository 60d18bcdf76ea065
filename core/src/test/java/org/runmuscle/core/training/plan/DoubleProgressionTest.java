package org.runmuscle.core.training.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Level;

/** Double progression from the log: each rule, and a plan that follows it. */
class DoubleProgressionTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    static Exercise exercise(String id) {
        return PlannerProperties.CATALOG.byId(id).orElseThrow();
    }

    static DoubleProgression.Done done(int daysAgo, int reps, double kg, double rir) {
        return new DoubleProgression.Done(MONDAY.minusDays(daysAgo), 3, reps, 0, kg, rir, Double.NaN);
    }

    @Test
    void everySetAtTheTopShortOfFailureAddsLoadAndStartsTheRepsAgain() {
        DoubleProgression.Step step =
                DoubleProgression.next(exercise("goblet-squat"), done(3, 12, 16, 2), 12, 0, MONDAY);
        assertThat(step.move()).isEqualTo(DoubleProgression.Move.ADD_LOAD);
        assertThat(step.loadKg()).isEqualTo(18);
        assertThat(step.reps()).isEqualTo(9);
        assertThat(DoubleProgression.next(exercise("back-squat"), done(3, 8, 60, 2), 8, 0, MONDAY)
                        .loadKg())
                .as("a barbell goes up by the smallest plate pair")
                .isEqualTo(62.5);
    }

    @Test
    void inTheRangeAddsARepAtTheSameLoad() {
        DoubleProgression.Step step =
                DoubleProgression.next(exercise("goblet-squat"), done(3, 10, 16, 2), 12, 0, MONDAY);
        assertThat(step.move()).isEqualTo(DoubleProgression.Move.ADD_REPS);
        assertThat(step.reps()).isEqualTo(11);
        assertThat(step.loadKg()).isEqualTo(16);
    }

    @Test
    void failureRepeatsAndFallingShortOrALongGapEases() {
        assertThat(DoubleProgression.next(exercise("goblet-squat"), done(3, 12, 16, 0), 12, 0, MONDAY)
                        .move())
                .isEqualTo(DoubleProgression.Move.REPEAT);
        DoubleProgression.Step shortOfRange =
                DoubleProgression.next(exercise("goblet-squat"), done(3, 6, 20, 0), 12, 0, MONDAY);
        assertThat(shortOfRange.move()).isEqualTo(DoubleProgression.Move.EASE);
        assertThat(shortOfRange.loadKg()).isEqualTo(18);
        assertThat(DoubleProgression.next(exercise("goblet-squat"), done(20, 12, 16, 2), 12, 0, MONDAY)
                        .move())
                .isEqualTo(DoubleProgression.Move.REPEAT);
        assertThat(DoubleProgression.next(exercise("goblet-squat"), done(40, 12, 16, 2), 12, 0, MONDAY)
                        .move())
                .isEqualTo(DoubleProgression.Move.EASE);
    }

    @Test
    void bodyWeightAtTheTopPointsToTheHarderVariationAndHoldsGainSeconds() {
        assertThat(DoubleProgression.next(exercise("glute-bridge"), done(3, 12, 0, 2), 12, 0, MONDAY)
                        .move())
                .isEqualTo(DoubleProgression.Move.HARDER_VARIATION);
        DoubleProgression.Step hold = DoubleProgression.next(
                exercise("front-plank"),
                new DoubleProgression.Done(MONDAY.minusDays(2), 3, 0, 40, 0, 2, Double.NaN),
                0,
                40,
                MONDAY);
        assertThat(hold.move()).isEqualTo(DoubleProgression.Move.ADD_REPS);
        assertThat(hold.seconds()).isEqualTo(45);
    }

    @Test
    void aPlanFollowsTheLogInItsFirstBlockOnlyAndSaysWhy() {
        PlanRequest request = new PlanRequest(
                2, 45, Set.of(Equipment.DUMBBELLS), Level.INTERMEDIATE, List.of(), Set.of(), Set.of(), 8, 3);
        Plan plan = PlannerProperties.PLANNER.plan(request);
        Prescription first = plan.weeks().get(0).sessions().get(0).exercises().stream()
                .filter(p -> p.reps() > 0)
                .findFirst()
                .orElseThrow();
        DoubleProgression.Done last = done(4, first.reps(), 20, 2);
        Plan followed = DoubleProgression.apply(plan, Map.of(first.id(), last), PlannerProperties.CATALOG, MONDAY);
        Prescription now = followed.weeks().get(0).sessions().get(0).exercises().stream()
                .filter(p -> p.id().equals(first.id()))
                .findFirst()
                .orElseThrow();
        assertThat(now.load()).startsWith("22 kg added");
        assertThat(now.reason()).contains("Last done 2026-12-03", "the load goes up to 22 kg", "double progression");
        assertThat(followed.weeks().subList(4, 8))
                .as("later blocks as planned")
                .isEqualTo(plan.weeks().subList(4, 8));
    }
}
