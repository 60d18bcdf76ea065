package org.runmuscle.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.MuscleForceModel;

/**
 * The model against the published results. A row recorded as passing must keep passing; a known
 * disagreement that starts passing must be recorded as passing, so the table stays true.
 */
class ValidationTest {
    private static final Atlas ATLAS = Atlas.load();
    private static final List<Check> CHECKS =
            Validation.load(ATLAS, MuscleForceModel.load(ATLAS)).run();

    private static String describe(List<Check> checks) {
        return checks.stream()
                .map(c -> c.id() + " = " + c.modelValue() + " (published " + c.low() + " to " + c.high() + ")")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void noRowThatPassedFailsNow() {
        List<Check> regressed = CHECKS.stream().filter(Check::regressed).toList();
        assertThat(regressed).as(describe(regressed)).isEmpty();
    }

    @Test
    void aKnownDisagreementThatPassesNowIsRecordedAsPassing() {
        List<Check> newlyPassing = CHECKS.stream().filter(Check::newlyPassing).toList();
        assertThat(newlyPassing).as(describe(newlyPassing)).isEmpty();
    }

    @Test
    void thereAreAtLeastThirtyRowsAcrossEveryArea() {
        assertThat(CHECKS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CHECKS.stream().map(Check::area).distinct())
                .contains("level forces", "timing", "speed", "grade", "step rate", "recovery", "contraction");
        assertThat(CHECKS)
                .allSatisfy(c ->
                        assertThat(Double.isFinite(c.modelValue())).as(c.id()).isTrue());
    }

    @Test
    void everyKnownDisagreementSaysWhy() {
        assertThat(CHECKS.stream().filter(c -> c.expected().equals(Comparison.KNOWN_DISAGREEMENT)))
                .allSatisfy(c -> assertThat(c.reason()).as(c.id()).isNotBlank());
    }
}
