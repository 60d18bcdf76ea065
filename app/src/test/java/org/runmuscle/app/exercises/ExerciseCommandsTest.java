package org.runmuscle.app.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.app.CliRun;

class ExerciseCommandsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listsTheCatalogWithTargetsAndMeasuredActivation() {
        CliRun run = CliRun.of("exercises");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "nordic-hamstring-curl",
                        "copenhagen-adduction",
                        "adductor-longus 108%",
                        "side-plank-hip-abduction",
                        "gluteus-medius 103%")
                .containsPattern("\\d+ exercises\\.");
    }

    @Test
    void filtersByMuscleOrLayNameAndByEquipmentStrictly() throws Exception {
        JsonNode gmed = json.readTree(
                CliRun.of("exercises", "--muscle", "glute med", "--equipment", "none,band", "--format", "json")
                        .out());
        assertThat(gmed).isNotEmpty();
        for (JsonNode exercise : gmed) {
            assertThat(exercise.get("targets").findValuesAsText("muscle")).contains("gluteus-medius");
            for (JsonNode equipment : exercise.get("equipment")) {
                assertThat(equipment.asText()).isIn("none", "band");
            }
        }
        JsonNode hamstrings = json.readTree(CliRun.of("exercises", "--muscle", "hamstrings", "--format", "json")
                .out());
        assertThat(hamstrings.findValuesAsText("id")).contains("nordic-hamstring-curl", "romanian-deadlift");
    }

    @Test
    void showsOneExerciseInFull() {
        String out = CliRun.of("exercise", "nordic-hamstring-curl").out();
        assertThat(out)
                .contains(
                        "Nordic hamstring curl (nordic-hamstring-curl)",
                        "Why runners do it",
                        "risk ratio 0.49",
                        "How to do it",
                        "1. Kneel",
                        "Cues",
                        "Common mistakes",
                        "Easier: sliding-leg-curl",
                        "Starting dose: 2 sets of 5 reps",
                        "Sources",
                        "van Dyk");
        String sidePlank = CliRun.of("exercise", "side-plank-hip-abduction").out();
        assertThat(sidePlank).contains("primary   gluteus-medius 103 % of maximal activation [");
    }

    @Test
    void exerciseJsonCarriesTheSources() throws Exception {
        JsonNode detail = json.readTree(CliRun.of("exercise", "copenhagen-adduction", "--format", "json")
                .out());
        assertThat(detail.get("exercise").get("id").asText()).isEqualTo("copenhagen-adduction");
        assertThat(detail.get("exercise")
                        .get("targets")
                        .get(0)
                        .get("activationPercent")
                        .asDouble())
                .isEqualTo(108);
        assertThat(detail.get("sources").findValuesAsText("id")).contains("serner-2014", "haroy-2019");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "exercise nordic|unknown exercise 'nordic'; closest: nordic-hamstring-curl",
                "exercises --equipment rope|unknown equipment 'rope'; accepted: none, band, dumbbells",
                "exercises --muscle wings|unknown muscle or group 'wings'"
            })
    void badInputGetsOneLine(String args, String message) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString().contains(message);
    }
}
