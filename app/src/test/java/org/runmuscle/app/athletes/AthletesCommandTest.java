package org.runmuscle.app.athletes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.CliRun;
import org.runmuscle.app.SharedData;
import org.runmuscle.store.TestDatabases;
import org.runmuscle.store.TestDatabases.Kind;

/** Several athletes in one history, through the commands, on SQLite and PostgreSQL. */
class AthletesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Kind> kinds() {
        return TestDatabases.both();
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void twoAthletesImportTheSameRaceAndEachKeepsTheirOwn(Kind kind) throws Exception {
        String db = TestDatabases.cliValue(kind);
        String race = SharedData.data("activities/tcx/Runtastic.tcx");
        assertThat(ok("athletes", "--db", db).out()).contains("No athletes yet");
        assertThat(ok("athletes", "add", "Anna", "--db", db).out()).contains("Added athlete 'Anna'.");
        ok("athletes", "add", "Ben", "--db", db);

        assertThat(ok("import", "--athlete", "anna", race, "--db", db).out()).contains("1 new activity");
        // the same file for another athlete is new to them, not "already imported" nor a duplicate
        assertThat(ok("import", "--athlete", "Ben", race, "--db", db).out()).contains("1 new activity");
        assertThat(ok("import", "--athlete", "Ben", race, "--db", db).out()).contains("already imported");

        JsonNode annas = JSON.readTree(
                ok("runs", "--athlete", "Anna", "--db", db, "--format", "json").out());
        JsonNode bens = JSON.readTree(
                ok("runs", "--athlete", "Ben", "--db", db, "--format", "json").out());
        assertThat(annas.get("runs")).hasSize(1);
        assertThat(bens.get("runs")).hasSize(1);
        long annasRun = annas.get("runs").get(0).get("id").asLong();
        // Ben's commands do not reach Anna's run
        CliRun other = CliRun.of("run", String.valueOf(annasRun), "--athlete", "Ben", "--db", db);
        assertThat(other.exitCode()).isEqualTo(2);
        CliRun delete = CliRun.of("delete", String.valueOf(annasRun), "--athlete", "Ben", "--db", db);
        assertThat(delete.exitCode()).isEqualTo(2);
        assertThat(ok("runs", "--athlete", "Anna", "--db", db).out()).contains("1 activity.");

        CliRun unnamed = CliRun.of("runs", "--db", db);
        assertThat(unnamed.exitCode()).isEqualTo(2);
        assertThat(unnamed.err().strip())
                .contains("holds 2 athletes; name one with --athlete NAME", "'Anna', 'Ben'")
                .doesNotContain("\n");
        CliRun unknown = CliRun.of("history", "--athlete", "Carla", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no athlete named 'Carla'");

        ok(
                "athlete",
                "--athlete",
                "Anna",
                "--mass",
                "58",
                "--hr-max",
                "192",
                "--hr-rest",
                "44",
                "--time-zone",
                "Europe/Vienna",
                "--units",
                "mi",
                "--db",
                db);
        JsonNode anna = JSON.readTree(ok("athlete", "--athlete", "Anna", "--db", db, "--format", "json")
                .out());
        assertThat(anna.get("massKg").asDouble()).isEqualTo(58);
        assertThat(anna.get("hrMax").asDouble()).isEqualTo(192);
        assertThat(anna.get("timeZone").asText()).isEqualTo("Europe/Vienna");
        assertThat(anna.get("units").asText()).isEqualTo("mi");
        JsonNode ben = JSON.readTree(ok("athlete", "--athlete", "Ben", "--db", db, "--format", "json")
                .out());
        assertThat(ben.get("massKg").isNull()).isTrue();

        JsonNode roster =
                JSON.readTree(ok("athletes", "--db", db, "--format", "json").out());
        assertThat(roster.get("athletes"))
                .extracting(a -> a.get("name").asText())
                .containsExactly("Anna", "Ben");
        assertThat(roster.get("athletes").get(0).get("activities").asInt()).isEqualTo(1);
        assertThat(roster.get("athletes").get(0).get("groups")).hasSize(6);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void namesAreCheckedAndRemovingAsksFirst(Kind kind) {
        String db = TestDatabases.cliValue(kind);
        ok("athletes", "add", "Anna", "--db", db);
        ok("import", "--athlete", "Anna", SharedData.data("activities/tcx/Runtastic.tcx"), "--db", db);
        for (String bad : new String[] {"", "   ", "a\tb", "x".repeat(61), "ANNA"}) {
            CliRun run = CliRun.of("athletes", "add", bad, "--db", db);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(bad).hasSize(1);
        }
        assertThat(ok("athletes", "rename", "anna", "Anne", "--db", db).out()).contains("to 'Anne'");

        CliRun wrong = CliRun.withInput("Ann\n", "athletes", "remove", "Anne", "--db", db);
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("did not match; nothing was removed");
        assertThat(ok("runs", "--athlete", "Anne", "--db", db).out()).contains("1 activity.");

        CliRun confirmed = CliRun.withInput("anne\n", "athletes", "remove", "Anne", "--db", db);
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).contains("their 1 activity for good", "Removed 'Anne' and 1 activity.");
        assertThat(ok("athletes", "--db", db).out()).contains("No athletes yet");
    }
}
