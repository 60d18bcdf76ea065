package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Recovery.DayLoad;
import org.runmuscle.core.training.Recovery.SorenessRisk;

/** Each statement of the recovery model is a test; validate checks it against the studies. */
class RecoveryTest {
    static final double REFERENCE = 500;
    static final String QUADS = Groups.QUADRICEPS;

    /** day, load, eccentric, damaging; repeated. */
    static NavigableMap<Long, DayLoad> days(double... values) {
        NavigableMap<Long, DayLoad> days = new TreeMap<>();
        for (int i = 0; i < values.length; i += 4) {
            days.put((long) values[i], new DayLoad(values[i + 1], values[i + 2], values[i + 3]));
        }
        return days;
    }

    static Recovery.State state(NavigableMap<Long, DayLoad> days, long today) {
        return Recovery.state(days, today, REFERENCE, QUADS);
    }

    /** Four weeks of one habitual easy day each day before day 100. */
    static NavigableMap<Long, DayLoad> accustomed() {
        NavigableMap<Long, DayLoad> days = new TreeMap<>();
        for (long day = 72; day < 100; day++) {
            days.put(day, new DayLoad(REFERENCE, REFERENCE * 0.4, 0));
        }
        return days;
    }

    @Test
    void aFreshMuscleIsFullyReadyNow() {
        Recovery.State state = state(days(), 100);
        assertThat(state.readinessPercent()).isEqualTo(100);
        assertThat(state.readyInHours()).isZero();
        assertThat(state.sorenessRisk()).isEqualTo(SorenessRisk.LOW);
        assertThat(state.acuteChronicRatio()).isNaN();
    }

    @Test
    void anOrdinaryRunTiresForHoursAndIsGoneTheNextDay() {
        NavigableMap<Long, DayLoad> run = accustomed();
        run.put(100L, new DayLoad(REFERENCE, REFERENCE * 0.4, 0));
        double sameDay = state(run, 100).readinessPercent();
        assertThat(sameDay).isBetween(90.0, 99.0);
        assertThat(state(run, 101).readinessPercent()).isGreaterThan(99);
        assertThat(state(run, 100).readyInHours()).isLessThan(12);
    }

    @Test
    void damagingWorkCostsStrengthForTwoDaysAndIsGoneWithinFour() {
        NavigableMap<Long, DayLoad> downhill = accustomed();
        downhill.put(100L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        double day1 = state(downhill, 101).readinessPercent();
        double day2 = state(downhill, 102).readinessPercent();
        assertThat(day1).isLessThan(92);
        assertThat(day2).as("still weaker on the second day").isBetween(day1, 97.0);
        assertThat(state(downhill, 104).readinessPercent()).isGreaterThan(98);
        assertThat(state(downhill, 101).readyInHours()).isBetween(24.0, 72.0);
    }

    @Test
    void onlyUnaccustomedDamagingWorkMakesSore() {
        NavigableMap<Long, DayLoad> longEasy = accustomed();
        longEasy.put(100L, new DayLoad(REFERENCE * 5, REFERENCE * 2, 0));
        assertThat(state(longEasy, 101).sorenessRisk()).isEqualTo(SorenessRisk.LOW);
        NavigableMap<Long, DayLoad> downhill = accustomed();
        downhill.put(100L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        assertThat(state(downhill, 101).sorenessRisk()).isEqualTo(SorenessRisk.HIGH);
        assertThat(state(downhill, 107).sorenessRisk()).isEqualTo(SorenessRisk.LOW);
    }

    @Test
    void aSecondIdenticalBoutThreeWeeksLaterDoesLessDamageTheRepeatedBoutEffect() {
        NavigableMap<Long, DayLoad> first = accustomed();
        first.put(100L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        NavigableMap<Long, DayLoad> second = accustomed();
        second.put(79L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        second.put(100L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        double lossFirst = 100 - state(first, 101).readinessPercent();
        double lossSecond = 100 - state(second, 101).readinessPercent();
        assertThat(lossSecond).isLessThan(0.8 * lossFirst);
        // and the protection fades: three months later the bout counts almost in full again
        NavigableMap<Long, DayLoad> later = accustomed();
        later.put(10L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        later.put(100L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        assertThat(100 - state(later, 101).readinessPercent()).isGreaterThan(0.9 * lossFirst);
    }

    /**
     * Callers load LOOKBACK_DAYS of history (the history page loaded 60, whatever it showed): a bout that old
     * still counts.
     */
    @Test
    void aBoutSeventyDaysBeforeStillProtectsALittle() {
        NavigableMap<Long, DayLoad> first = accustomed();
        first.put(100L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        NavigableMap<Long, DayLoad> second = accustomed();
        second.put(30L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        second.put(100L, new DayLoad(REFERENCE * 1.5, REFERENCE, REFERENCE * 0.2));
        double lossFirst = 100 - state(first, 101).readinessPercent();
        double lossSecond = 100 - state(second, 101).readinessPercent();
        assertThat(Recovery.LOOKBACK_DAYS).isGreaterThanOrEqualTo(71);
        assertThat(lossSecond).isLessThan(0.98 * lossFirst).isGreaterThan(0.9 * lossFirst);
    }

    @Test
    void theKneeExtensorsLoseMoreToTheSameDamageThanTheCalves() {
        NavigableMap<Long, DayLoad> downhill = days(100, REFERENCE, REFERENCE, REFERENCE * 0.1);
        double quads =
                Recovery.state(downhill, 101, REFERENCE, Groups.QUADRICEPS).readinessPercent();
        double calves = Recovery.state(downhill, 101, REFERENCE, Groups.CALVES).readinessPercent();
        assertThat(quads).isLessThan(calves);
    }

    @Test
    void acuteAndChronicLoadsAndTheirRatio() {
        NavigableMap<Long, DayLoad> steady = new TreeMap<>();
        for (long day = 0; day <= 100; day++) {
            steady.put(day, new DayLoad(100, 20));
        }
        Recovery.State state = state(steady, 100);
        assertThat(state.acute7dBwSeconds()).isEqualTo(700);
        assertThat(state.chronic28dBwSeconds()).isEqualTo(2800);
        assertThat(state.acuteChronicRatio()).isCloseTo(1.0, within(1e-9));
    }
}
