package org.runmuscle.app.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.app.CliRun;

class AtlasCommandsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void musclesListsEveryMuscleWithItsPhases() {
        CliRun run = CliRun.of("muscles");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("44 muscles.")
                .containsPattern(
                        "semimembranosus\\s+hamstrings\\s+primary\\s+I\\s+C\\s+\\.\\s+\\.\\s+\\.\\s+\\.\\s+\\.\\s+E")
                .containsPattern("tibialis-anterior\\s+shin\\s+supporting");
    }

    @Test
    void groupFilterAcceptsIdsAndLayNames() {
        CliRun run = CliRun.of("muscles", "--group", "hamstrings");
        assertThat(run.out())
                .contains("4 muscles.", "semitendinosus", "biceps-femoris-short-head")
                .doesNotContain("gluteus");
        assertThat(CliRun.of("muscles", "--group", "quads").out()).contains("vastus-medialis", "4 muscles.");
    }

    @Test
    void musclesJsonIsAnArrayOfFullMuscles() throws Exception {
        JsonNode muscles =
                json.readTree(CliRun.of("muscles", "--format", "json").out());
        assertThat(muscles.isArray()).isTrue();
        assertThat(muscles).hasSize(44);
        JsonNode first = muscles.get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .contains(
                        "id",
                        "name",
                        "aliases",
                        "group",
                        "role",
                        "region",
                        "actions",
                        "phases",
                        "weaknessSigns",
                        "injuries",
                        "sources");
        assertThat(first.get("phases").get(0).fieldNames()).toIterable().contains("phase", "contraction", "function");
        JsonNode hamstrings = json.readTree(CliRun.of("muscles", "--group", "hamstrings", "--format", "JSON")
                .out());
        assertThat(hamstrings).hasSize(4);
    }

    @Test
    void muscleShowsOneMuscleInFull() {
        CliRun run = CliRun.of("muscle", "gluteus-medius");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "Gluteus medius (gluteus-medius)",
                        "Also called: glute med",
                        "Role: primary mover",
                        "Joint actions: hip abduction",
                        "Loading response",
                        "eccentric",
                        "Signs of weakness",
                        "pelvic drop",
                        "Soreness and injuries",
                        "Iliotibial band",
                        "Sources",
                        "[1] ");
    }

    @Test
    void everyCitationNumberHasAReference() {
        String out = CliRun.of("muscle", "gastrocnemius").out();
        String references = out.substring(out.indexOf("\nSources"));
        List<String> cited = new ArrayList<>();
        Matcher numbers = Pattern.compile("\\[(\\d+)]").matcher(out.substring(0, out.indexOf("\nSources")));
        while (numbers.find()) {
            cited.add(numbers.group(1));
        }
        assertThat(cited).isNotEmpty().allSatisfy(n -> assertThat(references).contains("[" + n + "] "));
    }

    @Test
    void muscleJsonCarriesTheSourcesInFull() throws Exception {
        JsonNode detail =
                json.readTree(CliRun.of("muscle", "soleus", "--format", "json").out());
        assertThat(detail.get("muscle").get("id").asText()).isEqualTo("soleus");
        assertThat(detail.get("group").get("id").asText()).isEqualTo("calves");
        assertThat(detail.get("sources")).isNotEmpty();
        assertThat(detail.get("sources").get(0).get("citation").asText()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
        "glutes,Glutes (glutes),gluteus-minimus",
        "quads,Quadriceps (quadriceps),vastus-intermedius",
        "calf,Calves (calves),soleus"
    })
    void layGroupNamesShowTheGroup(String typed, String heading, String member) {
        CliRun run = CliRun.of("muscle", typed);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(heading).contains(member);
    }

    @Test
    void gaitListsEveryPhaseWithItsMuscles() throws Exception {
        CliRun run = CliRun.of("gait");
        assertThat(run.out())
                .contains(
                        "Initial contact",
                        "Loading response",
                        "Midstance",
                        "Propulsion and toe-off",
                        "Float",
                        "Early swing",
                        "Mid swing",
                        "Late swing",
                        "eccentric:",
                        "iliacus");
        JsonNode phases =
                json.readTree(CliRun.of("gait", "--format", "json").out()).get("phases");
        assertThat(phases).hasSize(8);
        assertThat(phases.get(7).get("id").asText()).isEqualTo("late-swing");
        assertThat(phases.get(7).get("muscles").findValuesAsText("id")).contains("semimembranosus", "soleus");
    }

    @Test
    void topLevelHelpNamesTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("muscles", "muscle", "gait");
        assertThat(CliRun.of().out()).contains("Commands:");
    }
}
