package org.runmuscle.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.app.CliRun;

class AssessCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersAsOptionsGiveFindingsWithMusclesReasonsConfidenceSourcesAndAdvice() throws Exception {
        CliRun run = CliRun.of(
                "assess",
                "--single-leg-squat",
                "knee-caves-in",
                "--hip-drop",
                "yes",
                "--calf-raises-left",
                "18",
                "--calf-raises-right",
                "26",
                "--side-plank-seconds",
                "35",
                "--hamstring-quad-ratio",
                "0.48",
                "--sore",
                "quads,calves",
                "--format",
                "json");
        assertThat(run.exitCode()).isZero();
        JsonNode findings = json.readTree(run.out()).get("findings");
        assertThat(findings.findValuesAsText("id"))
                .containsExactly(
                        "hip-drop",
                        "knee-valgus",
                        "calf-asymmetry",
                        "calf-endurance-low",
                        "short-side-plank",
                        "low-hamstring-quadriceps-ratio",
                        "sore-quadriceps",
                        "sore-calves");
        JsonNode hipDrop = findings.get(0);
        assertThat(hipDrop.get("muscles").toString()).contains("gluteus-medius", "gluteus-minimus");
        assertThat(hipDrop.get("why").asText()).contains("pelvis");
        assertThat(hipDrop.get("confidence").asText()).isEqualTo("moderate");
        assertThat(hipDrop.get("sources").toString()).contains("bramah-2018");
        assertThat(hipDrop.get("exercises").toString()).contains("side-plank-hip-abduction");
        assertThat(json.readTree(run.out()).get("sources")).isNotEmpty();
    }

    @Test
    void theTableEndsWithThePlanCommandForTheFindings() {
        String out = CliRun.of("assess", "--hip-drop", "yes").out();
        assertThat(out)
                .contains(
                        "1 finding",
                        "The hip drops",
                        "Muscles: Gluteus medius",
                        "Why:",
                        "What to do:",
                        "Sources",
                        "runmuscle plan --finding hip-drop");
        assertThat(CliRun.of("assess", "--hip-drop", "no", "--single-leg-squat", "good")
                        .out())
                .startsWith("No weakness found");
    }

    @Test
    void asksTheQuestionsInteractively() {
        CliRun run = CliRun.withInput("hip-drops\nyes\n\n\n40\n\nshins\n", "assess", "--interactive");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Slow single-leg squat", "confidence: high", "Side plank held for 40 s", "Sore shin");
    }

    @Test
    void interactiveAnswersThatAreNotAcceptedAreAskedAgain() {
        CliRun run = CliRun.withInput("sideways\ngood\n\n\n\n\n\n\n", "assess", "--interactive");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("'sideways' is not a result", "No weakness found");
        CliRun stubborn = CliRun.withInput("x\ny\nz\n", "assess", "--interactive");
        assertThat(stubborn.exitCode()).isEqualTo(2);
        assertThat(stubborn.err()).contains("three answers in a row were not accepted");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--single-leg-squat sideways|accepted: good, knee-caves-in, hip-drops, trunk-leans, wobbles",
                "--hip-drop maybe|accepted: yes, no",
                "--calf-raises-left -3|calf raises (left) -3 is outside 0 to 200",
                "--side-plank-seconds 99999|side-plank seconds 99999 is outside 0 to 1200",
                "--hamstring-quad-ratio 4|ratio 4.0 is outside 0.1 to 2.0",
                "--sore elbows|unknown muscle group 'elbows'; accepted: glutes, hip-flexors"
            })
    void badAnswersGetOneLine(String args, String message) {
        CliRun run = CliRun.of(("assess " + args).split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString().contains(message);
    }
}
