package org.runmuscle.app.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.runmuscle.app.CliRun;

/** {@code runmuscle validate}: the table for people, the rows as JSON. */
class ValidateCommandTest {
    @Test
    void theTableHasARowPerComparisonAndSaysHowManyAgree() {
        CliRun run = CliRun.of("validate");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("AREA")
                .contains("lenhart-2015", "hamner-2010", "known disagreement", "agrees");
        assertThat(run.out()).containsPattern("\\d+ of \\d+ agree\\.");
        assertThat(run.out()).doesNotContain("FAILS", "NaN");
    }

    @Test
    void theJsonCarriesEveryRowWithItsPublishedValueAndReason() throws Exception {
        CliRun run = CliRun.of("validate", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("rows").asInt())
                .isGreaterThanOrEqualTo(30)
                .isEqualTo(json.get("checks").size());
        for (JsonNode check : json.get("checks")) {
            assertThat(check.get("published").asText())
                    .as(check.get("id").asText())
                    .isNotBlank();
            assertThat(check.get("modelValue").isNumber()).isTrue();
        }
    }
}
