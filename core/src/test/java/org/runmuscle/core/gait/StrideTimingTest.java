package org.runmuscle.core.gait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StrideTimingTest {
    @Test
    void stanceIsAThirdOfTheCycleInNormalRunning() {
        // Gazendam & Hof 2007: stance ends at 30-37 % of the cycle from 1.25 to 4.5 m/s.
        for (double speed = 2.5; speed <= 4.5; speed += 0.25) {
            assertThat(StrideTiming.of(speed, 0).stanceFraction())
                    .as("at %s m/s", speed)
                    .isBetween(0.28, 0.37);
        }
        // Swanson & Caldwell 2000: 28.8 % at 4.5 m/s.
        assertThat(StrideTiming.of(4.5, 0).stanceFraction()).isCloseTo(0.288, within(0.01));
    }

    @Test
    void joggingStanceIsLonger() {
        // Gazendam & Hof 2007: stance extends to 46 % or 57 % of the cycle when jogging.
        assertThat(StrideTiming.of(1.5, 0).stanceFraction()).isGreaterThanOrEqualTo(0.44);
    }

    @Test
    void uphillStanceIsLonger() {
        // Swanson & Caldwell 2000: 32.8 % on a 30 % incline against 28.8 % level at 4.5 m/s, each at
        // the runners' own stride frequency (1.78 Hz uphill, 1.39 Hz level).
        StrideTiming level = StrideTiming.of(4.5, 0);
        StrideTiming incline = StrideTiming.of(4.5, 30);
        assertThat(incline.stanceFraction()).isCloseTo(0.328, within(0.01));
        assertThat(incline.stanceFraction() - level.stanceFraction()).isCloseTo(0.04, within(0.01));
        assertThat(incline.cadenceSpm()).isGreaterThan(level.cadenceSpm() * 1.1);
        assertThat(StrideTiming.of(3.5, -10).stanceFraction())
                .isLessThan(StrideTiming.of(3.5, 0).stanceFraction());
    }

    @Test
    void preferredStepRateFollowsTheEvidence() {
        // Lieberman 2015: metabolic optimum 84.8 strides/min, about 170 steps/min, at 3.0 m/s.
        assertThat(StrideTiming.preferredCadence(3.0, 0)).isBetween(165.0, 175.0);
        // Padulo 2013: +4 % from level to 7 % grade.
        assertThat(StrideTiming.preferredCadence(3.5, 7) / StrideTiming.preferredCadence(3.5, 0))
                .isCloseTo(1.04, within(0.005));
        // van Oeveren 2021: step rate rises faster at high speed.
        double slow = StrideTiming.preferredCadence(4.5, 0) - StrideTiming.preferredCadence(3.5, 0);
        double fast = StrideTiming.preferredCadence(8.0, 0) - StrideTiming.preferredCadence(7.0, 0);
        assertThat(fast).isGreaterThan(slow);
    }

    @Test
    void quickerStepsAtTheSameSpeedShortenTheStride() {
        StrideTiming preferred = StrideTiming.of(3.5, 0);
        StrideTiming quicker = StrideTiming.of(3.5, 0, preferred.cadenceSpm() * 1.1);
        assertThat(quicker.strideLengthMeters()).isLessThan(preferred.strideLengthMeters());
        assertThat(quicker.stridesPerKm()).isGreaterThan(preferred.stridesPerKm());
        assertThat(quicker.cadenceRatio()).isCloseTo(1.1, within(1e-9));
    }

    @Test
    void phasesScaleWithStance() {
        StrideTiming timing = StrideTiming.of(5, 0);
        assertThat(timing.phaseStart(GaitPhase.FLOAT)).isCloseTo(timing.stanceFraction(), within(1e-9));
        assertThat(timing.phaseAt(0.0)).isEqualTo(GaitPhase.INITIAL_CONTACT);
        assertThat(timing.phaseAt(timing.stanceFraction() - 0.001)).isEqualTo(GaitPhase.PROPULSION);
        assertThat(timing.phaseAt(0.99)).isEqualTo(GaitPhase.LATE_SWING);
    }

    @Test
    void refusesImpossibleStrides() {
        assertThatThrownBy(() -> StrideTiming.of(0, 0)).hasMessageContaining("speed");
        assertThatThrownBy(() -> StrideTiming.of(13, 0)).hasMessageContaining("speed");
        assertThatThrownBy(() -> StrideTiming.of(3, 46)).hasMessageContaining("grade");
        assertThatThrownBy(() -> StrideTiming.of(3, 0, 300)).hasMessageContaining("cadence");
        assertThatThrownBy(() -> StrideTiming.of(Double.NaN, 0)).hasMessageContaining("speed");
    }
}
