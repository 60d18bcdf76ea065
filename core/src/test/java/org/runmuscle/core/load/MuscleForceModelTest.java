package org.runmuscle.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.gait.StrideTiming;

/** The evidence of shared/science, claim by claim: direction and size. */
class MuscleForceModelTest {
    static final Atlas ATLAS = Atlas.load();
    static final MuscleForceModel MODEL = MuscleForceModel.load(ATLAS);
    static final StrideTiming REFERENCE = StrideTiming.of(3.5, 0);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "biceps-femoris-long-head,STANCE,0.39",
        "biceps-femoris-long-head,LATE_SWING,0.53",
        "semimembranosus,STANCE,0.85",
        "semimembranosus,LATE_SWING,1.38",
        "gluteus-maximus,STANCE,1.61",
        "gluteus-maximus,LATE_SWING,0.60",
        "gluteus-medius,STANCE,3.27",
        "gluteus-medius,LATE_SWING,0.68",
        "gluteus-minimus,STANCE,2.34",
        "gluteus-minimus,EARLY_SWING,0.99",
        "tensor-fasciae-latae,EARLY_SWING,0.20",
        "rectus-femoris,STANCE,0.91",
        "rectus-femoris,EARLY_SWING,0.82",
        "psoas-major,EARLY_SWING,1.34",
        "iliacus,EARLY_SWING,1.97",
        "adductor-magnus,STANCE,0.27",
        "adductor-brevis,EARLY_SWING,0.37",
        "adductor-longus,EARLY_SWING,0.16",
        "piriformis,STANCE,0.30"
    })
    void peakForcesMatchLenhart2015Within15Percent(String muscle, Period period, double lenhartBw) {
        double peak = MODEL.cycle(muscle, REFERENCE).peakForceBw().get(period);
        assertThat(peak).isCloseTo(lenhartBw, within(lenhartBw * 0.15));
    }

    @Test
    void calfForceIsConsistentWithEightToTenBodyWeightsThroughTheAchilles() {
        double calves = peak("soleus", REFERENCE, Period.STANCE) + peak("gastrocnemius", REFERENCE, Period.STANCE);
        assertThat(calves).isBetween(8.0, 10.0);
    }

    @Test
    void ankleWorkPlateausAboveFiveMetresPerSecondWhileHipAndSwingKeepRising() {
        double calves35 = group("calves", StrideTiming.of(3.5, 0));
        double calves5 = group("calves", StrideTiming.of(5, 0));
        double calves7 = group("calves", StrideTiming.of(7, 0));
        // Schache 2015: ankle positive work rises to 5.0 m/s, then plateaus.
        assertThat(peak("soleus", StrideTiming.of(5, 0), Period.STANCE) / peak("soleus", REFERENCE, Period.STANCE))
                .isGreaterThan(1.15);
        assertThat(peak("soleus", StrideTiming.of(7, 0), Period.STANCE)
                        / peak("soleus", StrideTiming.of(5, 0), Period.STANCE))
                .isBetween(0.95, 1.05);
        assertThat(calves7).isLessThan(calves5 * 1.05);
        assertThat(calves5).isGreaterThan(0.9 * calves35);
        // ... while hip work and swing-phase demands keep rising above 5 m/s.
        assertThat(peak("iliacus", StrideTiming.of(7, 0), Period.EARLY_SWING))
                .isGreaterThan(1.3 * peak("iliacus", StrideTiming.of(5, 0), Period.EARLY_SWING));
        assertThat(peak("semimembranosus", StrideTiming.of(7, 0), Period.LATE_SWING))
                .isGreaterThan(1.3 * peak("semimembranosus", StrideTiming.of(5, 0), Period.LATE_SWING));
    }

    @Test
    void aboveSevenMetresPerSecondHipFlexorsGluteusMaximusAndHamstringsTakeTheLargerShare() {
        // Dorn 2012: up to 7 m/s soleus and gastrocnemius drive support; beyond, iliopsoas, gluteus maximus and
        // hamstrings.
        double previousHip = 0;
        double previousCalves = 1;
        for (double speed : new double[] {3.5, 5, 7, 9}) {
            StrideTiming timing = StrideTiming.of(speed, 0);
            double total = total(timing, m -> true);
            double hip = (group("hip-flexors", timing) + load("gluteus-maximus", timing) + group("hamstrings", timing))
                    / total;
            double calves = group("calves", timing) / total;
            assertThat(hip).as("hip share at %s", speed).isGreaterThan(previousHip);
            assertThat(calves).as("calf share at %s", speed).isLessThan(previousCalves);
            previousHip = hip;
            previousCalves = calves;
        }
        StrideTiming sprint = StrideTiming.of(9, 0);
        StrideTiming seven = StrideTiming.of(7, 0);
        double hipGain = group("hip-flexors", sprint)
                + load("gluteus-maximus", sprint)
                + group("hamstrings", sprint)
                - group("hip-flexors", seven)
                - load("gluteus-maximus", seven)
                - group("hamstrings", seven);
        double calfGain = group("calves", sprint) - group("calves", seven);
        assertThat(hipGain).isPositive().isGreaterThan(calfGain);
        assertThat(previousHip).isGreaterThan(2 * previousCalves);
    }

    @Test
    void uphillRaisesHipExtensorConcentricWorkStronglyWhileKneeWorkChangesLittle() {
        // Roberts & Belliveau 2005: 0 to 12 degrees (21 %): the hip supplies the extra work; knee work similar.
        StrideTiming level = StrideTiming.of(3.0, 0);
        StrideTiming climb = StrideTiming.of(3.0, 21);
        double hipLevel = contraction(
                level,
                Contraction.CONCENTRIC,
                "gluteus-maximus",
                "semimembranosus",
                "semitendinosus",
                "biceps-femoris-long-head",
                "adductor-magnus");
        double hipClimb = contraction(
                climb,
                Contraction.CONCENTRIC,
                "gluteus-maximus",
                "semimembranosus",
                "semitendinosus",
                "biceps-femoris-long-head",
                "adductor-magnus");
        assertThat(hipClimb / hipLevel).isGreaterThan(1.6);
        double vastiLevel =
                load("vastus-lateralis", level) + load("vastus-medialis", level) + load("vastus-intermedius", level);
        double vastiClimb =
                load("vastus-lateralis", climb) + load("vastus-medialis", climb) + load("vastus-intermedius", climb);
        assertThat(vastiClimb / vastiLevel).isBetween(0.8, 1.2);
        // Calves too work harder uphill (Ahn 2007).
        assertThat(contraction(climb, Contraction.CONCENTRIC, "soleus", "gastrocnemius"))
                .isGreaterThan(contraction(level, Contraction.CONCENTRIC, "soleus", "gastrocnemius"));
    }

    @Test
    void downhillRaisesKneeExtensorEccentricWorkAndBraking() {
        // Gottschall & Kram 2005: at -9 degrees (-15.8 %) the normal impact peak rises 54 %, braking 73 %.
        StrideTiming level = StrideTiming.of(3.0, 0);
        StrideTiming descent = StrideTiming.of(3.0, -15.8);
        String[] quads = {"vastus-lateralis", "vastus-medialis", "vastus-intermedius", "rectus-femoris"};
        double eccentricLevel = contraction(level, Contraction.ECCENTRIC, quads);
        double eccentricDescent = contraction(descent, Contraction.ECCENTRIC, quads);
        assertThat(eccentricDescent / eccentricLevel).isBetween(1.4, 1.8);
        assertThat(peak("vastus-lateralis", descent, Period.STANCE) / peak("vastus-lateralis", level, Period.STANCE))
                .isCloseTo(1.54, within(0.05));
        double shareLevel = eccentricLevel / (quadTotal(level, quads));
        double shareDescent = eccentricDescent / (quadTotal(descent, quads));
        assertThat(shareDescent).isGreaterThan(shareLevel);
        // Less hip push downhill (DeVita 2008).
        assertThat(peak("semimembranosus", descent, Period.STANCE))
                .isLessThan(peak("semimembranosus", level, Period.STANCE));
    }

    @Test
    void quickerStepsLowerStanceLoadsAndRaiseSwingLoads() {
        // Lenhart 2014/2015, Heiderscheit 2011: +10 % step rate.
        StrideTiming preferred = StrideTiming.of(3.5, 0);
        StrideTiming quicker = StrideTiming.of(3.5, 0, preferred.cadenceSpm() * 1.1);
        for (String muscle : List.of("gluteus-medius", "gluteus-maximus", "vastus-lateralis", "soleus")) {
            assertThat(peak(muscle, quicker, Period.STANCE) / peak(muscle, preferred, Period.STANCE))
                    .as(muscle)
                    .isCloseTo(0.87, within(0.03));
        }
        assertThat(peak("iliacus", quicker, Period.EARLY_SWING))
                .isGreaterThan(peak("iliacus", preferred, Period.EARLY_SWING));
        assertThat(peak("rectus-femoris", quicker, Period.EARLY_SWING))
                .isGreaterThan(peak("rectus-femoris", preferred, Period.EARLY_SWING));
        assertThat(peak("semimembranosus", quicker, Period.LATE_SWING))
                .isGreaterThan(peak("semimembranosus", preferred, Period.LATE_SWING));
        // Per kilometre the knee still comes out ahead (Willson 2014: shorter steps, less stress per mile).
        assertThat(MODEL.cycle("vastus-lateralis", quicker).loadPerKmBwSeconds())
                .isLessThan(MODEL.cycle("vastus-lateralis", preferred).loadPerKmBwSeconds());
    }

    @Test
    void everyMuscleHasPositiveLoadAndSharesThatSumToOne() {
        for (double speed : new double[] {0.5, 1.5, 3.5, 6, 9, 12}) {
            for (double grade : new double[] {-45, -10, 0, 10, 45}) {
                for (double ratio : new double[] {0.8, 1.0, 1.2}) {
                    double cadence = Math.max(60, Math.min(260, StrideTiming.preferredCadence(speed, grade) * ratio));
                    for (MuscleCycle cycle : MODEL.cycles(StrideTiming.of(speed, grade, cadence))) {
                        assertThat(cycle.loadPerKmBwSeconds())
                                .as(cycle.muscle())
                                .isPositive()
                                .isFinite();
                        double shares = cycle.share(Contraction.CONCENTRIC)
                                + cycle.share(Contraction.ECCENTRIC)
                                + cycle.share(Contraction.ISOMETRIC);
                        assertThat(shares).isCloseTo(1.0, within(1e-9));
                        double[] activation = cycle.activation();
                        assertThat(activation).hasSize(101);
                        assertThat(activation[0]).isEqualTo(activation[100]);
                        assertThat(Arrays.stream(activation).max().orElse(0)).isCloseTo(1.0, within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void loadsAreContinuousAcrossSpeedAndGrade() {
        for (double speed = 1.0; speed < 11.9; speed += 0.5) {
            for (double grade = -40; grade <= 40; grade += 5) {
                double here = total(StrideTiming.of(speed, grade), m -> true);
                double faster = total(StrideTiming.of(speed + 0.05, grade), m -> true);
                double steeper = total(StrideTiming.of(speed, grade + 0.5), m -> true);
                assertThat(Math.abs(faster / here - 1))
                        .as("speed step at %s m/s, %s %%", speed, grade)
                        .isLessThan(0.05);
                assertThat(Math.abs(steeper / here - 1))
                        .as("grade step at %s m/s, %s %%", speed, grade)
                        .isLessThan(0.05);
            }
        }
    }

    @Test
    void swingDemandsRiseMonotonicallyWithSpeed() {
        double previous = 0;
        for (double speed = 1.0; speed <= 12; speed += 0.25) {
            double swing = peak("iliacus", StrideTiming.of(speed, 0), Period.EARLY_SWING);
            assertThat(swing).as("at %s m/s", speed).isGreaterThan(previous);
            previous = swing;
        }
    }

    @Test
    void everyAtlasMuscleHasForcesAndEveryEstimateSaysHow() {
        assertThat(MODEL.muscles())
                .containsExactlyElementsOf(
                        ATLAS.muscles().stream().map(m -> m.id()).toList());
        for (String muscle : MODEL.muscles()) {
            for (ForceBurst burst : MODEL.bursts(muscle)) {
                assertThat(burst.sources().isEmpty() && !burst.estimated())
                        .as(muscle)
                        .isFalse();
                if (burst.estimated()) {
                    assertThat(burst.estimate()).as(muscle).startsWith("estimated");
                }
            }
        }
    }

    @Test
    void loadRatesAgreeWithTheCycles() {
        StrideTiming timing = StrideTiming.of(4, 3);
        double[] rates = new double[MODEL.muscles().size() * 3];
        MODEL.loadRates(timing, 100, rates);
        List<MuscleCycle> cycles = MODEL.cycles(timing);
        for (int m = 0; m < cycles.size(); m++) {
            double perSecond = rates[m * 3] + rates[m * 3 + 1] + rates[m * 3 + 2];
            assertThat(perSecond * timing.strideSeconds())
                    .isCloseTo(cycles.get(m).loadPerStrideBwSeconds(), within(1e-9));
        }
    }

    static double peak(String muscle, StrideTiming timing, Period period) {
        return MODEL.cycle(muscle, timing).peakForceBw().get(period);
    }

    static double load(String muscle, StrideTiming timing) {
        return MODEL.cycle(muscle, timing).loadPerStrideBwSeconds();
    }

    static double group(String group, StrideTiming timing) {
        return total(timing, m -> ATLAS.muscle(m).orElseThrow().group().equals(group));
    }

    static double total(StrideTiming timing, Predicate<String> muscles) {
        return MODEL.cycles(timing).stream()
                .filter(c -> muscles.test(c.muscle()))
                .mapToDouble(MuscleCycle::loadPerStrideBwSeconds)
                .sum();
    }

    static double contraction(StrideTiming timing, Contraction type, String... muscles) {
        double sum = 0;
        for (String muscle : muscles) {
            MuscleCycle cycle = MODEL.cycle(muscle, timing);
            sum += cycle.share(type) * cycle.loadPerStrideBwSeconds();
        }
        return sum;
    }

    private static double quadTotal(StrideTiming timing, String... muscles) {
        double sum = 0;
        for (String muscle : muscles) {
            sum += load(muscle, timing);
        }
        return sum;
    }

    @SuppressWarnings("unused")
    private static Map<Period, Double> peaks(String muscle) {
        return MODEL.cycle(muscle, REFERENCE).peakForceBw();
    }
}
