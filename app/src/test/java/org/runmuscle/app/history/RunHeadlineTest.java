package org.runmuscle.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.app.CliRun;

/** A stored run's headline says how it differed from the runner's usual running. */
class RunHeadlineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theIntervalSessionLoadsTheHipFlexorsMoreThanTheRunsBeforeAndTheFirstRunHasNoUsual(@TempDir Path folder)
            throws Exception {
        String db = folder.resolve("h.db").toString();
        assertThat(CliRun.of("import", "../examples/recordings", "--db", db).exitCode())
                .isZero();
        JsonNode first = JSON.readTree(
                CliRun.of("run", "1", "--db", db, "--format", "json").out());
        assertThat(first.has("headline")).as("no run before the first").isFalse();
        JsonNode intervals = JSON.readTree(
                CliRun.of("run", "3", "--db", db, "--format", "json").out());
        assertThat(intervals.get("headline").asText()).startsWith("More hip flexors load than usual");
        assertThat(intervals.at("/load/modelVersion").asInt()).isEqualTo(2);
        assertThat(intervals.at("/load/contractionOf").asText()).isEqualTo("muscle-tendon-unit");
        assertThat(CliRun.of("run", "3", "--db", db).out()).contains("More hip flexors load than usual");
    }
}
