package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.training.Recovery.DayLoad;
import org.runmuscle.core.training.Recovery.SorenessRisk;

/** Each statement of the recovery model is a test. */
class RecoveryTest {
    static final double REFERENCE = 500;

    static NavigableMap<Long, DayLoad> days(Object... dayLoadEccentric) {
        NavigableMap<Long, DayLoad> days = new TreeMap<>();
        for (int i = 0; i < dayLoadEccentric.length; i += 3) {
            days.put(
                    ((Number) dayLoadEccentric[i]).longValue(),
                    new DayLoad(
                            ((Number) dayLoadEccentric[i + 1]).doubleValue(),
                            ((Number) dayLoadEccentric[i + 2]).doubleValue()));
        }
        return days;
    }

    @Test
    void aFreshMuscleIsFullyReady() {
        Recovery.State state = Recovery.state(days(), 100, REFERENCE);
        assertThat(state.readinessPercent()).isEqualTo(100);
        assertThat(state.sorenessRisk()).isEqualTo(SorenessRisk.LOW);
        assertThat(state.acuteChronicRatio()).isNaN();
    }

    @Test
    void readinessDropsAfterARunAndRecoversOverTheFollowingDays() {
        NavigableMap<Long, DayLoad> run = days(100, 1000, 300);
        double previous = Recovery.state(run, 100, REFERENCE).readinessPercent();
        assertThat(previous).isLessThan(70);
        for (long day = 101; day <= 106; day++) {
            double readiness = Recovery.state(run, day, REFERENCE).readinessPercent();
            assertThat(readiness).as("day %d", day).isGreaterThan(previous);
            previous = readiness;
        }
        assertThat(previous).as("a week later").isGreaterThan(95);
    }

    @Test
    void eccentricLoadCostsMoreAndForLonger() {
        NavigableMap<Long, DayLoad> concentric = days(100, 1000, 0);
        NavigableMap<Long, DayLoad> eccentric = days(100, 1000, 1000);
        for (long day = 100; day <= 104; day++) {
            assertThat(Recovery.state(eccentric, day, REFERENCE).readinessPercent())
                    .isLessThan(Recovery.state(concentric, day, REFERENCE).readinessPercent());
        }
        double gapDay1 = Recovery.state(concentric, 101, REFERENCE).readinessPercent()
                - Recovery.state(eccentric, 101, REFERENCE).readinessPercent();
        assertThat(gapDay1).isGreaterThan(10);
    }

    @Test
    void sorenessPeaksOneToTwoDaysLater() {
        double peak = 0;
        double peakAge = 0;
        for (double age = 0; age < 6; age += 0.1) {
            if (Recovery.delayedSoreness(age) > peak) {
                peak = Recovery.delayedSoreness(age);
                peakAge = age;
            }
        }
        assertThat(peakAge).isBetween(1.0, 2.0);
        NavigableMap<Long, DayLoad> downhill = days(100, 2000, 1200);
        assertThat(Recovery.state(downhill, 101, REFERENCE).sorenessRisk()).isEqualTo(SorenessRisk.HIGH);
        assertThat(Recovery.state(downhill, 106, REFERENCE).sorenessRisk()).isEqualTo(SorenessRisk.LOW);
    }

    @Test
    void theFirstHillyRunAfterAFlatMonthHurtsMostTheRepeatedBoutEffect() {
        NavigableMap<Long, DayLoad> flatMonth = new TreeMap<>();
        NavigableMap<Long, DayLoad> hillyMonth = new TreeMap<>();
        for (long day = 70; day < 100; day += 2) {
            flatMonth.put(day, new DayLoad(1500, 300));
            hillyMonth.put(day, new DayLoad(1800, 700));
        }
        flatMonth.put(100L, new DayLoad(1800, 700));
        hillyMonth.put(100L, new DayLoad(1800, 700));
        assertThat(Recovery.state(flatMonth, 101, REFERENCE).sorenessRisk()).isEqualTo(SorenessRisk.HIGH);
        assertThat(Recovery.state(hillyMonth, 101, REFERENCE).sorenessRisk())
                .isIn(SorenessRisk.LOW, SorenessRisk.MODERATE);
        assertThat(Recovery.state(hillyMonth, 101, REFERENCE).sorenessRisk())
                .isLessThan(Recovery.state(flatMonth, 101, REFERENCE).sorenessRisk());
    }

    @Test
    void aTrainedMuscleRecoversFromTheSameRunSooner() {
        NavigableMap<Long, DayLoad> untrained = days(100, 1500, 400);
        NavigableMap<Long, DayLoad> trained = new TreeMap<>(untrained);
        for (long day = 73; day < 100; day++) {
            trained.put(day, new DayLoad(1200, 300));
        }
        trained.put(100L, new DayLoad(1500, 400));
        double untrainedNext = Recovery.state(untrained, 101, REFERENCE).readinessPercent();
        double trainedNext = Recovery.state(trained, 101, REFERENCE).readinessPercent();
        assertThat(trainedNext).isGreaterThan(untrainedNext - 15);
    }

    @Test
    void acuteAndChronicLoadsAndTheirRatio() {
        NavigableMap<Long, DayLoad> steady = new TreeMap<>();
        for (long day = 73; day <= 100; day++) {
            steady.put(day, new DayLoad(100, 20));
        }
        Recovery.State state = Recovery.state(steady, 100, REFERENCE);
        assertThat(state.acute7dBwSeconds()).isEqualTo(700);
        assertThat(state.chronic28dBwSeconds()).isEqualTo(2800);
        assertThat(state.acuteChronicRatio()).isCloseTo(1.0, within(1e-9));
    }
}
