package org.runmuscle.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.app.CliRun;
import org.runmuscle.app.SharedData;
import org.runmuscle.ingest.StrengthFitFiles;
import org.runmuscle.store.TestDatabases;

/** An athlete's history out of one database and into another, whole: export, then import. */
class ArchiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void aHistoryWrittenByTheLastReleaseMovesToPostgresWithItsRunsNamesAndProfile(@TempDir Path folder)
            throws Exception {
        // 0.3's database: runs imported before originals were kept, one renamed, one deleted
        Path sqlite = folder.resolve("old.db");
        try (InputStream in = ArchiveTest.class.getResourceAsStream("/releases/runmuscle-0.3.db")) {
            Files.copy(in, sqlite);
        }
        String from = sqlite.toString();
        ok("import", SharedData.data("activities/fit/garmin-runPower.fit"), "--db", from); // kept as it came
        ok("edit", "4", "--sport", "hiking", "--db", from);
        // the strength log: a session ticked off from a plan, and a watch's strength session
        ok(
                "log",
                "goblet-squat 3x10@16kg rir2",
                "front-plank 2x40s",
                "--date",
                "2026-11-20",
                "--planned",
                "2026-11-20",
                "--rpe",
                "7",
                "--note",
                "felt good",
                "--db",
                from);
        Path gym = folder.resolve("gym.fit");
        Files.write(
                gym,
                StrengthFitFiles.session(
                        Instant.parse("2026-11-22T17:00:00Z"), List.of(new StrengthFitFiles.Set(28, -1, 8, 60, 40))));
        ok("import", gym.toString(), "--db", from);
        JsonNode logged = JSON.readTree(
                ok("logs", "--days", "3650", "--db", from, "--format", "json").out());
        JsonNode before =
                JSON.readTree(ok("runs", "--db", from, "--format", "json").out());

        Path archive = folder.resolve("me.zip");
        assertThat(ok("export", "--output", archive.toString(), "--db", from).out())
                .contains("Wrote", "5 activities of me");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).contains("runmuscle-export.json");
            assertThat(names).filteredOn(n -> n.startsWith("files/")).hasSize(2);
            assertThat(names).filteredOn(n -> n.startsWith("activities/")).hasSize(3);
        }
        CliRun again = CliRun.of("export", "--output", archive.toString(), "--db", from);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists");

        String to = TestDatabases.cliValue(TestDatabases.Kind.POSTGRES);
        CliRun restored = ok("import", archive.toString(), "--db", to);
        assertThat(restored.out()).contains("5 files imported");
        JsonNode after = JSON.readTree(
                ok("runs", "--athlete", "me", "--db", to, "--format", "json").out());
        assertThat(after.get("runs")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            JsonNode a = before.get("runs").get(i);
            JsonNode b = after.get("runs").get(i);
            assertThat(b.get("name").asText()).isEqualTo(a.get("name").asText());
            assertThat(b.get("sport").asText()).isEqualTo(a.get("sport").asText());
            assertThat(b.get("startTime").asText()).isEqualTo(a.get("startTime").asText());
            assertThat(b.get("distanceMeters").asDouble())
                    .isCloseTo(a.get("distanceMeters").asDouble(), offset(1.0));
        }
        JsonNode profile =
                JSON.readTree(ok("athlete", "--db", to, "--format", "json").out());
        assertThat(profile.get("massKg").asDouble()).isEqualTo(66);
        assertThat(profile.get("level").asText()).isEqualTo("intermediate");
        // the restored runs carry their muscle loads, as an import gives them
        long run = after.get("runs").get(0).get("id").asLong();
        assertThat(ok("run", String.valueOf(run), "--db", to).out()).contains("muscle load", "body mass 66 kg");
        // the strength log comes back whole, each session with its sets, effort, plan date and note
        JsonNode logs = JSON.readTree(
                ok("logs", "--days", "3650", "--db", to, "--format", "json").out());
        assertThat(logs.get("sessions")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            for (String field : List.of("date", "source", "plannedDate", "rpe", "note", "sets", "groups")) {
                assertThat(logs.at("/sessions/" + i + "/" + field))
                        .as(field)
                        .isEqualTo(logged.at("/sessions/" + i + "/" + field));
            }
        }
        // restoring twice adds nothing
        assertThat(ok("import", archive.toString(), "--db", to).out()).contains("6 already imported");
        assertThat(JSON.readTree(ok("runs", "--db", to, "--format", "json").out())
                        .get("runs"))
                .hasSize(5);
        assertThat(JSON.readTree(ok("logs", "--days", "3650", "--db", to, "--format", "json")
                                .out())
                        .get("sessions"))
                .hasSize(2);
    }

    @Test
    void aDamagedOrForeignArchiveIsOneLineAndNothingElse(@TempDir Path folder) throws Exception {
        Path fake = folder.resolve("fake.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(fake))) {
            zip.putNextEntry(new ZipEntry("runmuscle-export.json"));
            zip.write("{\"format\": \"runmuscle-athlete-archive\", \"version\": 99}".getBytes());
            zip.closeEntry();
        }
        String db = TestDatabases.cliValue(TestDatabases.Kind.SQLITE);
        CliRun newer = CliRun.of("import", fake.toString(), "--db", db);
        assertThat(newer.exitCode()).isEqualTo(2);
        assertThat(newer.err().strip()).contains("newer runmuscle").doesNotContain("\n");
    }
}
