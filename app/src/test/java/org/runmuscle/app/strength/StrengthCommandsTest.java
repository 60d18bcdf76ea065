package org.runmuscle.app.strength;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.CliRun;
import org.runmuscle.ingest.StrengthFitFiles;
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

    /** A watch's strength session: its sets become a logged session, counted once in the whole-body load. */
    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aWatchsStrengthSessionIsImportedAsLoggedSets(TestDatabases.Kind kind, @TempDir Path folder) throws Exception {
        String db = TestDatabases.cliValue(kind);
        Instant start =
                LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(17, 30).toInstant(ZoneOffset.UTC);
        Path gym = folder.resolve("gym.fit");
        Files.write(
                gym,
                StrengthFitFiles.session(
                        start,
                        List.of(
                                new StrengthFitFiles.Set(28, 37, 8, 20, 40),
                                new StrengthFitFiles.Set(15, -1, 6, 0, 30),
                                new StrengthFitFiles.Set(19, -1, -1, 0, 45),
                                new StrengthFitFiles.Set(2, -1, 30, 0, 60),
                                new StrengthFitFiles.Set(7, -1, 10, 12, 30))));
        CliRun imported = CliRun.of("import", gym.toString(), "--db", db);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode logs = json(CliRun.of("logs", "--db", db, "--format", "json"));
        JsonNode session = logs.at("/sessions/0");
        assertThat(session.get("source").asText()).isEqualTo("fit");
        assertThat(session.get("date").asText()).isEqualTo(yesterday());
        assertThat(session.get("sets"))
                .extracting(s -> s.get("exercise").asText())
                .as("squat 37 is the goblet squat, a leg curl without a name or weight the nordic curl, a curl the"
                        + " watch's own, cardio is left out")
                .containsExactly("goblet-squat", "nordic-hamstring-curl", "front-plank", "watch-curl");
        assertThat(session.at("/sets/2/seconds").asDouble()).isEqualTo(45);
        JsonNode history = json(CliRun.of("history", "--days", "7", "--db", db, "--format", "json"));
        assertThat(history.at("/wholeBody/sessions"))
                .as("the activity's heart rate counts it; its sets do not count it again")
                .singleElement()
                .satisfies(s -> assertThat(s.get("method").asText()).isEqualTo("heart-rate"));
        assertThat(history.at("/days/5/muscles/semitendinosus/loadBwSeconds").asDouble())
                .isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-1|name no exercise category",
                "999|names exercise category 999, which no FIT profile runmuscle knows defines"
            })
    void aWatchFileWhoseSetsCannotBePlacedIsRefusedWhole(int category, String message, @TempDir Path folder)
            throws Exception {
        String db = TestDatabases.cliValue(TestDatabases.Kind.SQLITE);
        Path file = folder.resolve("sets.fit");
        Files.write(
                file,
                StrengthFitFiles.session(
                        Instant.parse("2026-11-24T17:30:00Z"),
                        List.of(
                                new StrengthFitFiles.Set(28, -1, 10, 20, 30),
                                new StrengthFitFiles.Set(category, -1, 10, 20, 30))));
        CliRun run = CliRun.of("import", file.toString(), "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("refused", message, "nothing imported");
        assertThat(json(CliRun.of("runs", "--db", db, "--format", "json")).get("runs"))
                .isEmpty();
        assertThat(json(CliRun.of("logs", "--days", "3650", "--db", db, "--format", "json"))
                        .get("sessions"))
                .isEmpty();
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
