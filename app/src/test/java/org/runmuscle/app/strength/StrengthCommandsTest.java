package org.runmuscle.app.strength;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.CliRun;
import org.runmuscle.store.TestDatabases;

/** {@code log} and {@code logs} end to end, on SQLite and PostgreSQL, with the history reading what was logged. */
class StrengthCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    static String yesterday() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aLoggedSessionIsListedAndItsNordicCurlsMakeTheHamstringsSore(TestDatabases.Kind kind) throws Exception {
        String db = TestDatabases.cliValue(kind);
        assertThat(CliRun.of("athletes", "add", "Anna", "--db", db).exitCode()).isZero();
        assertThat(CliRun.of("athlete", "--mass", "60", "--db", db).exitCode()).isZero();
        JsonNode logged = json(CliRun.of(
                "log",
                "nordic-hamstring-curl 3x6",
                "goblet-squat 3x10@35lb rir2",
                "front-plank 3x40s",
                "--date",
                yesterday(),
                "--note",
                "first time",
                "--db",
                db,
                "--format",
                "json"));
        assertThat(logged.get("date").asText()).isEqualTo(yesterday());
        assertThat(logged.get("sets")).hasSize(9);
        assertThat(logged.at("/sets/3/loadKg").asDouble()).isEqualTo(15.88);
        assertThat(logged.get("rpe").asDouble()).as("10 less 2 reps in reserve").isEqualTo(8);
        assertThat(logged.get("minutes").asDouble())
                .as("estimated from sets and rests")
                .isBetween(10.0, 30.0);
        assertThat(logged.get("muscles")).hasSizeGreaterThan(5);
        assertThat(logged.at("/groups/hamstrings").asDouble()).isPositive();

        CliRun table = CliRun.of("logs", "--db", db);
        assertThat(table.out()).contains("nordic-hamstring-curl 3x6; goblet-squat 3x10 @ 15.88 kg; front-plank 3x40s");

        JsonNode history = json(CliRun.of("history", "--days", "7", "--db", db, "--format", "json"));
        assertThat(history.get("work").asText()).isEqualTo("all");
        assertThat(group(history, "hamstrings").get("sorenessRisk").asText()).isNotEqualTo("low");
        assertThat(history.at("/wholeBody/sessions/0/kind").asText()).isEqualTo("strength");
        assertThat(history.at("/wholeBody/sessions/0/method").asText()).isEqualTo("session-rpe");
        JsonNode running = json(CliRun.of("history", "--work", "running", "--db", db, "--format", "json"));
        assertThat(group(running, "hamstrings").get("sorenessRisk").asText()).isEqualTo("low");
        assertThat(running.at("/wholeBody/sessions")).isEmpty();

        long id = logged.get("id").asLong();
        assertThat(CliRun.of("logs", "--delete", String.valueOf(id), "--db", db).out())
                .contains("Deleted strength session " + id);
        JsonNode after = json(CliRun.of("history", "--days", "7", "--db", db, "--format", "json"));
        assertThat(group(after, "hamstrings").get("sorenessRisk").asText()).isEqualTo("low");
    }

    /** The next plan starts each logged exercise from what was lifted: more load once every set reached the top. */
    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void thePlanFollowsWhatWasLifted(TestDatabases.Kind kind) throws Exception {
        String db = TestDatabases.cliValue(kind);
        assertThat(CliRun.of("athletes", "add", "Anna", "--db", db).exitCode()).isZero();
        assertThat(CliRun.of("athlete", "--equipment", "dumbbells,bench", "--level", "intermediate", "--db", db)
                        .exitCode())
                .isZero();
        String[] plan = {"plan", "--sessions", "2", "--weeks", "4", "--seed", "5", "--db", db, "--format", "json"};
        JsonNode before = json(CliRun.of(plan));
        JsonNode first = null;
        for (JsonNode e : before.at("/weeks/0/sessions/0/exercises")) {
            if (e.get("reps").asInt() > 0) {
                first = e;
                break;
            }
        }
        assertThat(first).isNotNull();
        String id = first.get("id").asText();
        int top = first.get("reps").asInt();
        json(CliRun.of("log", id + " 3x" + top + "@10kg rir2", "--date", yesterday(), "--db", db, "--format", "json"));

        JsonNode after = json(CliRun.of(plan));
        JsonNode now = null;
        for (JsonNode e : after.at("/weeks/0/sessions/0/exercises")) {
            if (e.get("id").asText().equals(id)) {
                now = e;
            }
        }
        assertThat(now).isNotNull();
        assertThat(now.get("load").asText()).startsWith("12 kg added");
        assertThat(now.get("reps").asInt()).isLessThan(top);
        assertThat(now.get("reason").asText()).contains("Last done " + yesterday(), "double progression");
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aSessionIsDatedTodayInTheAthletesTimeZone(TestDatabases.Kind kind) throws Exception {
        String db = TestDatabases.cliValue(kind);
        assertThat(CliRun.of("athletes", "add", "Anna", "--db", db).exitCode()).isZero();
        // UTC+14: for ten hours of every UTC day, it is already tomorrow there
        assertThat(CliRun.of("athlete", "--time-zone", "Pacific/Kiritimati", "--db", db)
                        .exitCode())
                .isZero();
        JsonNode logged = json(CliRun.of("log", "side-plank 2x30s", "--db", db, "--format", "json"));
        assertThat(logged.get("date").asText())
                .isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString());
    }

    private static JsonNode group(JsonNode history, String id) {
        for (JsonNode g : history.get("groups")) {
            if (g.get("id").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no group " + id);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "goblet-squat 3x0|goblet-squat: 0 reps per set; log 1 to 100",
                "goblet-squat 3x10000|goblet-squat: 10000 reps per set",
                "goblet-squat 3x10@-5kg|a load of -5.0 kg is not possible",
                "goblet-squat 3x10@9000kg|a load of 9000.0 kg is not possible",
                "nordic-curl 3x5|no exercise 'nordic-curl' in the catalog; did you mean nordic-hamstring-curl",
                "front-plank 3x10|front-plank is held, not repeated: log seconds, e.g. 'front-plank 3x40s'",
                "goblet-squat 30x10|goblet-squat: 30 sets; log 1 to 20",
                "goblet-squat 3x10 rir12|reps in reserve 12.0 is out of range",
                "goblet-squat lots|cannot read 'goblet-squat lots'"
            })
    void badSetsAreRefusedInOneLineAndNothingIsStored(String line, String message) throws Exception {
        String db = TestDatabases.cliValue(TestDatabases.Kind.SQLITE);
        assertThat(CliRun.of("athletes", "add", "Anna", "--db", db).exitCode()).isZero();
        CliRun run = CliRun.of("log", "goblet-squat 3x10", line, "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).hasLineCount(1);
        assertThat(json(CliRun.of("logs", "--db", db, "--format", "json")).get("sessions"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--date|2999-01-01|is in the future",
                "--date|1850-01-01|is before 1990-01-01",
                "--date|yesterday|is not a date",
                "--rpe|11|session RPE 11.0 is out of range",
                "--minutes|0|minutes 0.0 is out of range"
            })
    void badSessionFieldsAreRefused(String option, String value, String message) {
        String db = TestDatabases.cliValue(TestDatabases.Kind.SQLITE);
        assertThat(CliRun.of("athletes", "add", "Anna", "--db", db).exitCode()).isZero();
        CliRun run = CliRun.of("log", "goblet-squat 3x10", option, value, "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).hasLineCount(1);
    }
}
