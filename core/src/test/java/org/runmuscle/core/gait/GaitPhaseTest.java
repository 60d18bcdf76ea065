package org.runmuscle.core.gait;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GaitPhaseTest {
    @Test
    void phasesPartitionTheCycleInOrder() {
        int expectedStart = 0;
        for (GaitPhase phase : GaitPhase.values()) {
            assertThat(phase.nominalStartPercent()).as(phase.id()).isEqualTo(expectedStart);
            assertThat(phase.nominalEndPercent()).as(phase.id()).isGreaterThan(phase.nominalStartPercent());
            expectedStart = phase.nominalEndPercent();
        }
        assertThat(expectedStart).isEqualTo(100);
    }

    @Test
    void stanceEndsWithinTheMeasuredRangeForRunning() {
        // Gazendam & Hof 2007: stance ends at 30-37 % of the cycle in running.
        assertThat(GaitPhase.PROPULSION.nominalEndPercent()).isBetween(30, 37);
        assertThat(GaitPhase.FLOAT.period()).isEqualTo(GaitPhase.Period.SWING);
        assertThat(GaitPhase.MIDSTANCE.period()).isEqualTo(GaitPhase.Period.STANCE);
    }

    @Test
    void phasesAreFoundById() {
        assertThat(GaitPhase.byId("late-swing")).contains(GaitPhase.LATE_SWING);
        assertThat(GaitPhase.byId("toe-off")).isEmpty();
    }
}
