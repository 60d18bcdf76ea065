package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholeBodyLoadTest {
    @Test
    void banisterTrimpOfAnHourAtHalfTheReserve() {
        // 60 x 0.5 x 0.64 x e^(1.92 x 0.5) = 50.14
        assertThat(WholeBodyLoad.fromHeartRate(60, 125, 60, 190)).isCloseTo(50.14, within(0.01));
        assertThat(WholeBodyLoad.fromHeartRate(60, 50, 60, 190))
                .as("below rest")
                .isZero();
        assertThat(WholeBodyLoad.fromHeartRate(60, 125, Double.NaN, Double.NaN))
                .as("the defaults are 60 and 190")
                .isCloseTo(50.14, within(0.01));
    }

    @Test
    void paceGivesTheAcsmOxygenUptakeAsAShareOfTheReserve() {
        // 10 km in 60 min on the level: 166.7 m/min, VO2 = 3.5 + 33.3 = 36.8; at VO2max 50, (33.3 / 46.5) of reserve
        double fraction = 0.2 * 10_000 / 60 / (50 - 3.5);
        assertThat(WholeBodyLoad.fromPace(60, 10_000, 0, Level.INTERMEDIATE))
                .isCloseTo(WholeBodyLoad.trimp(60, fraction), within(1e-9));
        assertThat(WholeBodyLoad.fromPace(60, 10_000, 300, Level.INTERMEDIATE))
                .as("climbing costs more")
                .isGreaterThan(WholeBodyLoad.fromPace(60, 10_000, 0, Level.INTERMEDIATE));
    }

    @Test
    void sessionRpeComesFromTheSessionThenTheSetsThenTheDefault() {
        assertThat(WholeBodyLoad.sessionRpe(40, 7)).isEqualTo(280);
        assertThat(WholeBodyLoad.strengthRpe(7, 9, 0)).isEqualTo(7);
        assertThat(WholeBodyLoad.strengthRpe(Double.NaN, 9, 0)).isEqualTo(9);
        assertThat(WholeBodyLoad.strengthRpe(Double.NaN, Double.NaN, 2)).isEqualTo(8);
        assertThat(WholeBodyLoad.strengthRpe(Double.NaN, Double.NaN, Double.NaN))
                .isEqualTo(5);
    }

    @Test
    void fitnessAndFatigueApproachASteadyLoadAtTheirOwnRates() {
        double[] loads = new double[400];
        Arrays.fill(loads, 100);
        List<WholeBodyLoad.Day> days = WholeBodyLoad.series(loads, 0, 0, 399);
        WholeBodyLoad.Day week = days.get(6);
        // after 7 days fatigue has covered 1 - e^-1 = 63 % of the way, fitness 1 - e^(-7/42) = 15 %
        assertThat(week.fatigue()).isCloseTo(100 * (1 - Math.exp(-1)), within(0.01));
        assertThat(week.fitness()).isCloseTo(100 * (1 - Math.exp(-7.0 / 42)), within(0.01));
        assertThat(days.get(399).form()).isCloseTo(0, within(0.01));
        // form is the day before's: the first day's session does not lower it
        assertThat(days.get(0).form()).isZero();
    }

    @Test
    void theWindowShowsOnlyItsDaysButTheWarmUpCounts() {
        double[] loads = new double[50];
        loads[0] = 420;
        List<WholeBodyLoad.Day> days = WholeBodyLoad.series(loads, 1000, 1040, 1049);
        assertThat(days).hasSize(10);
        assertThat(days.get(0).date()).isEqualTo("1972-11-06");
        assertThat(days.get(0).fitness()).isPositive();
    }
}
