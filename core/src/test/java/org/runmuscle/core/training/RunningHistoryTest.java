package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.MuscleCycle;

/** Which groups running under-loads, by the kind of running, and how readiness is summed per group. */
class RunningHistoryTest {
    private static final Atlas ATLAS = Atlas.load();
    private static final LoadModel MODEL = LoadModel.load(ATLAS);

    /** Four weeks of nothing but running at one speed and grade, fully recovered. */
    private static RunningHistory onlyRunning(double speed, double grade) {
        StrideTiming timing = StrideTiming.of(speed, grade);
        Map<String, Double> load = new HashMap<>();
        Map<String, Double> ready = new HashMap<>();
        for (MuscleCycle cycle : MODEL.forces().cycles(timing)) {
            load.put(cycle.muscle(), 1000 * cycle.loadPerStrideBwSeconds() / timing.strideSeconds());
            ready.put(cycle.muscle(), 100.0);
        }
        return RunningHistory.of(ATLAS, MODEL, 12, load, load, ready);
    }

    @Test
    void slowRunningUnderLoadsHamstringsAndHipFlexors() {
        assertThat(onlyRunning(2.5, 0).underLoaded(Groups.PRIMARY)).containsExactly("hip-flexors", "hamstrings");
    }

    @Test
    void fastRunningUnderLoadsCalvesAndQuadriceps() {
        assertThat(onlyRunning(4.5, 0).underLoaded(Groups.PRIMARY))
                .containsExactlyInAnyOrder("calves", "quadriceps", "core");
    }

    @Test
    void steadyRunningUnderLoadsNothing() {
        RunningHistory steady = onlyRunning(3.0, 0);
        assertThat(steady.underLoaded(Groups.PRIMARY)).isEmpty();
        assertThat(steady.loadShareRatio().values())
                .allSatisfy(r -> assertThat(r).isBetween(0.92, 1.08));
    }

    @Test
    void theVariedWeekIsTheReference() {
        Map<String, Double> shares = RunningHistory.variedWeekShares(ATLAS, MODEL);
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(shares.get("glutes")).isGreaterThan(shares.get("hamstrings"));
    }

    @Test
    void groupReadinessWeighsTheMusclesRunningLoadedLately() {
        Map<String, Double> acute = Map.of("vastus-lateralis", 300.0, "rectus-femoris", 100.0, "biceps-brachii", 1.0);
        Map<String, Double> readiness =
                Map.of("vastus-lateralis", 40.0, "rectus-femoris", 80.0, "biceps-brachii", 10.0);
        RunningHistory history = RunningHistory.of(ATLAS, MODEL, 3, acute, acute, readiness);
        assertThat(history.readiness("quadriceps")).isCloseTo(50.0, within(1e-9));
        assertThat(history.readinessPercent())
                .as("upper body is not judged by running")
                .doesNotContainKey("arms");
        assertThat(history.recovering()).containsExactly("quadriceps");
    }

    @Test
    void noRunsIsNoHistory() {
        assertThat(RunningHistory.none().known()).isFalse();
        assertThat(new RunningHistory(0, Map.of(), Map.of("calves", 0.2)).underLoaded(Groups.PRIMARY))
                .isEmpty();
    }
}
