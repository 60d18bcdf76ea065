package org.runmuscle.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.gait.StrideTiming;

/** Synthetic runs whose answer is known from the model itself. */
class LoadModelTest {
    static final Atlas ATLAS = Atlas.load();
    static final LoadModel MODEL = LoadModel.load(ATLAS);

    /** A 1 Hz run of {@code seconds}: speed and altitude slope per second, cadence as given (NaN: none). */
    static Activity run(
            int seconds, IntToDoubleFunction speed, IntToDoubleFunction gradePercent, IntToDoubleFunction cadence) {
        Samples.Builder b = Samples.builder(seconds + 1);
        double distance = 0;
        double altitude = 100;
        for (int t = 0; t <= seconds; t++) {
            if (t > 0) {
                double step = speed.applyAsDouble(t);
                distance += step;
                altitude += step * gradePercent.applyAsDouble(t) / 100;
            }
            b.newRow()
                    .set(Channel.TIME, 1_600_000_000 + t)
                    .set(Channel.DISTANCE, distance)
                    .set(Channel.ALTITUDE, altitude)
                    .set(Channel.CADENCE, cadence.applyAsDouble(t));
        }
        return new Activity(
                Sport.RUNNING,
                Instant.ofEpochSecond(1_600_000_000),
                b.build(),
                OptionalDouble.empty(),
                DeviceTotals.none(),
                "",
                OptionalDouble.empty(),
                List.of());
    }

    static double group(RunLoad load, String group, Contraction type) {
        return load.muscles().stream()
                .filter(m -> ATLAS.muscle(m.id()).orElseThrow().group().equals(group))
                .mapToDouble(m -> m.of(type))
                .sum();
    }

    @Test
    void aSteadyFlatRunGivesTheModelsLoadPerSecondTimesItsDuration() {
        RunLoad load = MODEL.analyze(run(600, t -> 3.5, t -> 0, t -> Double.NaN), 70);
        assertThat(load.runningSeconds()).isEqualTo(600);
        StrideTiming timing = StrideTiming.of(3.5, 0);
        for (MuscleCycle cycle : MODEL.forces().cycles(timing)) {
            double expected = cycle.loadPerStrideBwSeconds() / timing.strideSeconds() * 600;
            double actual = load.muscles().stream()
                    .filter(m -> m.id().equals(cycle.muscle()))
                    .findFirst()
                    .orElseThrow()
                    .loadBwSeconds();
            assertThat(actual).as(cycle.muscle()).isCloseTo(expected, within(expected * 0.02));
        }
        assertThat(load.gradeAdjustedPaceSecondsPerKm()).isCloseTo(1000 / 3.5, within(1.0));
    }

    @Test
    void everyRepeatOfASmoothHillIsNamedWhereItStartsAndEnds() {
        // 10 min on the level, then six 400 m repeats at 8 % (150 s up, 150 s down at 2.67 m/s),
        // then 10 min on the level: a smooth profile that moves well under 5 m between samples.
        int flat = 600;
        int leg = 150;
        IntToDoubleFunction grade = t -> {
            if (t <= flat || t > flat + 12 * leg) {
                return 0;
            }
            return ((t - flat - 1) / leg) % 2 == 0 ? 8 : -8;
        };
        RunLoad load = MODEL.analyze(run(2 * flat + 12 * leg, t -> 400.0 / leg, grade, t -> Double.NaN), 70);
        List<RunLoad.Segment> hills = load.segments().stream()
                .filter(s -> s.kind() != RunLoad.Segment.Kind.FAST)
                .toList();
        assertThat(hills).hasSize(12);
        for (int i = 0; i < hills.size(); i++) {
            RunLoad.Segment hill = hills.get(i);
            assertThat(hill.kind()).isEqualTo(i % 2 == 0 ? RunLoad.Segment.Kind.CLIMB : RunLoad.Segment.Kind.DESCENT);
            assertThat(Math.abs(hill.gradePercent())).isBetween(7.0, 9.0);
            assertThat(hill.toKm() - hill.fromKm()).isBetween(0.3, 0.45);
        }
        assertThat(hills.get(0).fromKm()).isCloseTo(flat * (400.0 / leg) / 1000, within(0.05));
    }

    @Test
    void gridInterpolationStaysWithinAFewPercentOfTheModelBetweenNodes() {
        for (double[] point : new double[][] {{3.3, 2.5}, {4.1, -7.5}, {6.2, 12.5}, {2.7, -22.5}}) {
            RunLoad load = MODEL.analyze(run(300, t -> point[0], t -> point[1], t -> Double.NaN), 70);
            StrideTiming timing = StrideTiming.of(point[0], point[1]);
            double expected = MODEL.forces().cycles(timing).stream()
                            .mapToDouble(MuscleCycle::loadPerStrideBwSeconds)
                            .sum()
                    / timing.strideSeconds()
                    * 300;
            double actual = load.muscles().stream()
                    .mapToDouble(RunLoad.MuscleLoad::loadBwSeconds)
                    .sum();
            assertThat(actual).as("%s m/s, %s %%", point[0], point[1]).isCloseTo(expected, within(expected * 0.04));
        }
    }

    @Test
    void aDescentLoadsTheQuadricepsEccentricallyAndIsNamed() {
        RunLoad flat = MODEL.analyze(run(900, t -> 3.2, t -> 0, t -> Double.NaN), 70);
        RunLoad downhill = MODEL.analyze(run(900, t -> 3.2, t -> t > 300 && t <= 600 ? -10 : 0, t -> Double.NaN), 70);
        // A third of the run at -10 %: about +30 % there (the model's 1 + 3.4 x 0.1 on braking), so
        // about +10 % over the run.
        assertThat(group(downhill, "quadriceps", Contraction.ECCENTRIC)
                        / group(flat, "quadriceps", Contraction.ECCENTRIC))
                .isBetween(1.05, 1.15);
        assertThat(downhill.segments()).anySatisfy(segment -> {
            assertThat(segment.kind()).isEqualTo(RunLoad.Segment.Kind.DESCENT);
            assertThat(segment.altitudeChangeMeters()).isCloseTo(-96, within(10.0));
            assertThat(segment.fromKm()).isCloseTo(0.96, within(0.1));
            assertThat(segment.effects().get(0).group()).isEqualTo("quadriceps");
            assertThat(segment.effects().get(0).ratio()).isBetween(1.2, 1.7);
            assertThat(segment.text()).startsWith("Descent at km 1.0-1.9").contains("quadriceps eccentric load");
        });
        assertThat(flat.segments()).isEmpty();
    }

    @Test
    void aClimbLoadsHipExtensorsConcentricallyAndHasAFasterGradeAdjustedPace() {
        RunLoad climb = MODEL.analyze(run(900, t -> 2.8, t -> 8, t -> Double.NaN), 70);
        RunLoad flat = MODEL.analyze(run(900, t -> 2.8, t -> 0, t -> Double.NaN), 70);
        assertThat(group(climb, "glutes", Contraction.CONCENTRIC))
                .isGreaterThan(1.2 * group(flat, "glutes", Contraction.CONCENTRIC));
        assertThat(climb.gradeAdjustedPaceSecondsPerKm()).isLessThan(1000 / 2.8 * 0.8);
        assertThat(climb.segments())
                .singleElement()
                .extracting(RunLoad.Segment::kind)
                .isEqualTo(RunLoad.Segment.Kind.CLIMB);
    }

    @Test
    void stoppedTimeAddsNothingAndSpikesAndJumpsAreCounted() {
        RunLoad steady = MODEL.analyze(run(600, t -> 3.0, t -> 0, t -> Double.NaN), 70);
        RunLoad withStop = MODEL.analyze(run(900, t -> t > 300 && t <= 600 ? 0.1 : 3.0, t -> 0, t -> Double.NaN), 70);
        assertThat(withStop.runningSeconds()).isEqualTo(600);
        assertThat(withStop.cleaning().stoppedSeconds()).isEqualTo(300);
        double steadyTotal = steady.muscles().stream()
                .mapToDouble(RunLoad.MuscleLoad::loadBwSeconds)
                .sum();
        double stopTotal = withStop.muscles().stream()
                .mapToDouble(RunLoad.MuscleLoad::loadBwSeconds)
                .sum();
        assertThat(stopTotal).isCloseTo(steadyTotal, within(steadyTotal * 0.01));

        RunLoad spiky = MODEL.analyze(run(600, t -> t == 200 ? 40 : 3.0, t -> t == 400 ? 300 : 0, t -> Double.NaN), 70);
        assertThat(spiky.cleaning().speedSpikes()).isEqualTo(1);
        assertThat(spiky.cleaning().altitudeJumps()).isEqualTo(1);
        assertThat(spiky.runningSeconds()).isEqualTo(599);
        assertThat(spiky.notes()).anyMatch(n -> n.contains("1 speed spikes over 12 m/s, 1 altitude jumps"));
    }

    @Test
    void quickerStepsShiftLoadFromStanceToSwing() {
        double preferred = StrideTiming.preferredCadence(3.5, 0);
        RunLoad usual = MODEL.analyze(run(600, t -> 3.5, t -> 0, t -> preferred), 70);
        RunLoad quick = MODEL.analyze(run(600, t -> 3.5, t -> 0, t -> preferred * 1.1), 70);
        assertThat(group(quick, "quadriceps", Contraction.ECCENTRIC))
                .isLessThan(group(usual, "quadriceps", Contraction.ECCENTRIC));
        assertThat(group(quick, "hip-flexors", Contraction.CONCENTRIC))
                .isGreaterThan(group(usual, "hip-flexors", Contraction.CONCENTRIC));
        RunLoad garbage = MODEL.analyze(run(600, t -> 3.5, t -> 0, t -> 20), 70);
        assertThat(garbage.cleaning().cadencesReplaced()).isEqualTo(600);
    }

    @Test
    void cadenceDriftAndFastKilometresAreReported() {
        RunLoad drifting = MODEL.analyze(
                run(1800, t -> t > 1200 && t <= 1500 ? 4.2 : 3.0, t -> 0, t -> t < 600 ? 176 : t > 1200 ? 164 : 170),
                70);
        assertThat(drifting.cadenceDrift()).hasValueSatisfying(d -> {
            assertThat(d.firstThirdSpm()).isCloseTo(176, within(0.5));
            assertThat(d.percentChange()).isLessThan(-3);
        });
        assertThat(drifting.notes()).anyMatch(n -> n.startsWith("Cadence drifted down from 176"));
        assertThat(drifting.segments()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(RunLoad.Segment.Kind.FAST);
            assertThat(s.effects().get(0).ratio()).isGreaterThan(1.1);
        });
    }

    /** The same run worded for a runner in miles: the same numbers, distances and paces per mile. */
    @Test
    void notesInMilesSayTheSameFactsPerMile() {
        // 3 km flat at 3 m/s, 1 km of 8 % climb, then 1 km quick with the cadence dropping
        Activity activity = run(
                2000,
                t -> t > 1600 ? 4.0 : 3.0,
                t -> t > 1000 && t <= 1333 ? 8 : 0,
                t -> t < 600 ? 176 : t > 1400 ? 164 : 170);
        RunLoad km = MODEL.analyze(activity, 70);
        RunLoad mi = MODEL.analyze(activity, 70, true);
        assertThat(mi.muscles()).isEqualTo(km.muscles());
        assertThat(mi.segments())
                .extracting(RunLoad.Segment::fromKm)
                .isEqualTo(km.segments().stream().map(RunLoad.Segment::fromKm).toList());
        assertThat(km.notes().get(0)).startsWith("6.4 km of running in 33:20;");
        assertThat(mi.notes().get(0)).startsWith("4.0 mi of running in 33:20;");
        assertThat(mi.notes())
                .anyMatch(n -> n.startsWith("Climb at mi 1.9-2.5 (+78 m, +8.0 %)")
                        && n.endsWith("a flat mile at the same pace."));
        // a fast segment is still the model's kilometre, its pace per mile: 250 s/km is 6:42 /mi
        assertThat(mi.notes()).anyMatch(n -> n.startsWith("Fast km 6 (6:42 /mi,"));
        assertThat(mi.notes()).anyMatch(n -> n.startsWith("Cadence ") && n.endsWith(" /mi."));
        assertThat(String.join(" ", mi.notes())).doesNotContain("/km", "km of", "at km");
    }

    /** The numbers alone, for import and batch: the same loads and segments, no words. */
    @Test
    void loadsAreTheAnalysisWithoutItsWords() {
        Activity activity = run(2000, t -> t > 1600 ? 4.0 : 3.0, t -> t > 1000 && t <= 1333 ? 8 : 0, t -> 170);
        RunLoad worded = MODEL.analyze(activity, 70);
        RunLoad bare = MODEL.loads(activity, 70);
        assertThat(bare.muscles()).isEqualTo(worded.muscles());
        assertThat(bare.segments())
                .hasSameSizeAs(worded.segments())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.text()).isEmpty());
        assertThat(bare.segments())
                .extracting(RunLoad.Segment::effects)
                .isEqualTo(
                        worded.segments().stream().map(RunLoad.Segment::effects).toList());
        assertThat(bare.notes()).isEmpty();
        assertThat(worded.notes()).isNotEmpty();
    }

    @Test
    void aRecordingWithoutRunningSaysSo() {
        RunLoad standing = MODEL.analyze(run(300, t -> 0.2, t -> 0, t -> Double.NaN), 70);
        assertThat(standing.runningSeconds()).isZero();
        assertThat(standing.muscles()).allMatch(m -> m.loadBwSeconds() == 0);
        assertThat(standing.notes()).singleElement().asString().startsWith("No running was found");
    }

    @Test
    void minettiCostMatchesTheMeasuredMeansWithinItsKnownError() {
        assertThat(Minetti.cost(0)).isCloseTo(3.40, within(0.25));
        assertThat(Minetti.cost(-0.2)).isCloseTo(1.73, within(0.1));
        assertThat(Minetti.cost(0.45)).isCloseTo(18.93, within(0.6));
        assertThat(Minetti.cost(0.6)).isEqualTo(Minetti.cost(0.45));
        assertThat(Minetti.equivalentFlatFactor(0)).isEqualTo(1.0);
    }
}
