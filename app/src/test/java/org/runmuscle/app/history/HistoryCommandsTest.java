package org.runmuscle.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.CliRun;
import org.runmuscle.app.SharedData;
import org.runmuscle.ingest.TimeShift;
import org.runmuscle.store.TestDatabases;
import org.runmuscle.store.TestDatabases.Kind;

/**
 * The history commands end to end, on a SQLite file and on a real PostgreSQL: import the real
 * recordings in shared/data, then list, show, evaluate and re-analyse them.
 */
class HistoryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One imported history per kind, shared by the tests that only read it. */
    private static final Map<Kind, String> IMPORTED = new EnumMap<>(Kind.class);

    static Stream<Kind> kinds() {
        return TestDatabases.both();
    }

    static Path activities() {
        return Path.of(SharedData.data("activities"));
    }

    private static synchronized String imported(Kind kind) {
        return IMPORTED.computeIfAbsent(kind, k -> {
            String db = TestDatabases.cliValue(k);
            CliRun run = CliRun.of("import", activities().toString(), "--db", db);
            assertThat(run.exitCode()).as(run.err()).isZero();
            return db;
        });
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void importsAFolderOnceAndKeepsARunExportedTwiceOnce(Kind kind) {
        String db = TestDatabases.cliValue(kind);
        CliRun first = CliRun.of("import", activities().toString(), "--db", db);
        assertThat(first.exitCode()).as(first.err()).isZero();
        // 41 files; Route-only.tcx is a course (a plan), skipped, not stored as a run
        assertThat(first.out())
                .contains("41 files: 40 files imported (47 new activities", "1 skipped", "0 refused")
                .contains("skipped          1 file: this TCX file is a course");
        assertThat(first.err()).as("no log noise, no failures").isEmpty();

        CliRun again = CliRun.of("import", activities().toString(), "--db", db);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 new activities", "40 already imported");
        assertThat(runs(db, null)).hasSize(47);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void brokenFilesAreListedWithTheirReasonAndTheRestImport(Kind kind, @TempDir Path folder) throws IOException {
        Files.copy(Path.of(SharedData.data("bad/activity-filecrc.fit")), folder.resolve("cut.fit"));
        Files.writeString(folder.resolve("notes.gpx"), "<gpx><trk><trkseg><trkpt lat=\"1\"");
        Files.copy(Path.of(SharedData.data("activities/tcx/Runtastic.tcx")), folder.resolve("good.tcx"));
        String db = TestDatabases.cliValue(kind);

        CliRun run = CliRun.of("import", folder.toString(), "--db", db);

        assertThat(run.exitCode())
                .as("exit code 2 when a file is refused, the others imported")
                .isEqualTo(2);
        assertThat(run.out()).contains("3 files: 1 file imported (1 new activity, 1 run)", "2 refused");
        List<String> errors = run.err().strip().lines().toList();
        assertThat(errors).hasSize(2).allMatch(line -> line.startsWith("runmuscle import: "));
        assertThat(errors).anyMatch(line -> line.contains("cut.fit: ")).anyMatch(line -> line.contains("notes.gpx: "));
        assertThat(runs(db, null)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runsListsWhatWasImportedAndFiltersByDate(Kind kind) {
        String db = imported(kind);
        List<JsonNode> all = runs(db, null);
        assertThat(all)
                .hasSize(47)
                .allSatisfy(run -> assertThat(run.fieldNames())
                        .toIterable()
                        .containsExactly(
                                "id", "startTime", "sport", "distanceMeters", "movingSeconds", "name", "gear"));
        long from2017 = all.stream()
                .filter(r -> r.get("startTime").asText().compareTo("2017-01-01") >= 0)
                .count();
        assertThat(from2017).isBetween(5L, 10L);
        assertThat(runs(db, "2017-01-01")).hasSize((int) from2017);

        CliRun table = CliRun.of("runs", "--db", db);
        assertThat(table.out()).contains("2017-12-09 08:19   running     25.60 km", "47 activities.");

        // the table follows the athlete's unit and time zone; the JSON stays metres and UTC
        String own = TestDatabases.cliValue(kind);
        CliRun.of("import", activities().resolve("fit/garmin-runPower.fit").toString(), "--db", own);
        CliRun.of("athlete", "--units", "mi", "--time-zone", "Pacific/Kiritimati", "--db", own);
        assertThat(CliRun.of("runs", "--db", own).out())
                .contains("START (Pacific/Kiritimati)", "2017-12-09 22:19", "15.91 mi", " /mi")
                .doesNotContain(" km");
        assertThat(runs(own, null).get(0).get("startTime").asText()).startsWith("2017-12-09T08:19");
        long ownId = runs(own, null).get(0).get("id").asLong();
        assertThat(CliRun.of("run", String.valueOf(ownId), "--db", own).out())
                .contains("started 2017-12-09 22:19:", "Pacific/Kiritimati", "distance 15.91 mi", "pace ", " /mi")
                .contains("mi of running")
                .doesNotContain(" /km");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runShowsOneRunWithItsMuscleAnalysis(Kind kind) throws IOException {
        String db = imported(kind);
        long id = idOfRunOn(db, "2017-12-09");

        CliRun table = CliRun.of("run", String.valueOf(id), "--db", db);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("#" + id, "running, started 2017-12-09", "25.60 km", "muscle load", "quadriceps");

        JsonNode json = JSON.readTree(CliRun.of("run", String.valueOf(id), "--db", db, "--format", "json")
                .out());
        assertThat(json.get("muscles").size()).isGreaterThan(20);

        CliRun missing = CliRun.of("run", "999999", "--db", db);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip())
                .isEqualTo("runmuscle run: no activity 999999 in the history; 'runmuscle runs' lists them");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void historyShowsTheDayAfterALongRun(Kind kind) throws IOException {
        String db = imported(kind);
        long longRun = idOfRunOn(db, "2017-12-09");

        JsonNode json = JSON.readTree(CliRun.of("history", "--as-of", "2017-12-10", "--db", db, "--format", "json")
                .out());

        assertThat(json.get("muscles").size()).isEqualTo(44);
        JsonNode quads = muscle(json, "vastus-lateralis");
        assertThat(quads.fieldNames())
                .toIterable()
                .contains(
                        "id",
                        "acute7dBwSeconds",
                        "chronic28dBwSeconds",
                        "acuteChronicRatio",
                        "readinessPercent",
                        "sorenessRisk");
        assertThat(quads.get("acute7dBwSeconds").asDouble()).isPositive();
        // An easy 25.6 km on the level tires for hours and damages little: ready the next day, not sore.
        assertThat(quads.get("readinessPercent").asDouble())
                .as("a day after 25.6 km")
                .isBetween(90.0, 100.0);
        assertThat(quads.get("sorenessRisk").asText()).isEqualTo("low");
        assertThat(quads.get("runs").get(0).asLong()).isEqualTo(longRun);
        assertThat(json.get("groups").get(1).get("id").asText()).isEqualTo("quadriceps");
        JsonNode sameDay = JSON.readTree(CliRun.of("history", "--as-of", "2017-12-09", "--db", db, "--format", "json")
                .out());
        assertThat(muscle(sameDay, "vastus-lateralis").get("readinessPercent").asDouble())
                .as("the evening of the run")
                .isLessThan(90.0)
                .isLessThan(quads.get("readinessPercent").asDouble());
        assertThat(muscle(sameDay, "vastus-lateralis").get("readyInHours").asDouble())
                .isPositive();
        JsonNode quadsThatEvening = sameDay.get("groups").get(1);
        assertThat(quadsThatEvening.get("readyAgain").asText())
                .as("worded from %s h", quadsThatEvening.get("readyInHours"))
                .isEqualTo("in about "
                        + Math.round(quadsThatEvening.get("readyInHours").asDouble()) + " h");
        assertThat(json.get("groups").get(1).get("readyAgain").asText()).isEqualTo("now");
        assertThat(muscle(sameDay, "biceps-brachii").get("readinessPercent").asDouble())
                .isGreaterThan(muscle(sameDay, "vastus-lateralis")
                        .get("readinessPercent")
                        .asDouble());

        JsonNode days = json.get("days");
        assertThat(days.size()).isEqualTo(42);
        assertThat(days.get(41).get("date").asText()).isEqualTo("2017-12-10");
        JsonNode runDay = days.get(40);
        assertThat(runDay.get("date").asText()).isEqualTo("2017-12-09");
        assertThat(runDay.at("/muscles/vastus-lateralis/loadBwSeconds").asDouble())
                .isPositive();
        assertThat(runDay.at("/muscles/vastus-lateralis/eccentricBwSeconds").asDouble())
                .isPositive()
                .isLessThan(runDay.at("/muscles/vastus-lateralis/loadBwSeconds").asDouble());
        assertThat(days.get(41).get("muscles").size()).as("no run on the 10th").isZero();

        CliRun table = CliRun.of("history", "--as-of", "2017-12-10", "--days", "14", "--db", db);
        assertThat(table.out())
                .contains("2017-11-27 to 2017-12-10", "vastus-lateralis", "#" + longRun)
                .containsPattern("[▁▂▃▄▅▆▇█]");

        CliRun longAgo = CliRun.of("history", "--as-of", "1980-01-01", "--db", db);
        assertThat(longAgo.out()).contains("No running or strength work in the history for these days");

        // a window that holds the run, but not in its last 28 days, shows it in the sparkline
        CliRun wide = CliRun.of("history", "--as-of", "2018-03-01", "--days", "120", "--db", db);
        assertThat(wide.out())
                .contains("2017-11-02 to 2018-03-01", "vastus-lateralis")
                .containsPattern("[▁▂▃▄▅▆▇█]")
                .doesNotContain("No running or strength work");

        // without --as-of, an old archive shows its last days and says so, rather than an empty window
        CliRun today = CliRun.of("history", "--days", "14", "--db", db);
        assertThat(today.out())
                .startsWith("Nothing in the last 14 days: showing the 14 days up to the last training, 2017-12-")
                .contains("vastus-lateralis")
                .doesNotContain("No running or strength work");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void planEasesWhatTheLastRunsTiredAndUsesTheProfile(Kind kind) throws IOException {
        String db = imported(kind);
        // the evening of the 25.6 km run, for a plan that starts that week: still tired
        CliRun plan = CliRun.of("plan", "--as-of", "2017-12-09", "--start", "2017-12-09", "--weeks", "2", "--db", db);
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out())
                .contains("will not yet be recovered on the plan's first day", "This first week one set fewer: your");
        // a plan that starts a week later meets legs that will have recovered by then
        assertThat(CliRun.of("plan", "--as-of", "2017-12-09", "--start", "2017-12-18", "--weeks", "2", "--db", db)
                        .out())
                .doesNotContain("not yet be recovered")
                .doesNotContain("one set fewer");

        JsonNode json = JSON.readTree(
                CliRun.of("plan", "--as-of", "2017-12-09", "--start", "2017-12-09", "--db", db, "--format", "json")
                        .out());
        assertThat(json.at("/history/runsLast28Days").asInt()).isPositive();
        assertThat(json.at("/history/readinessPercent/hamstrings").asDouble()).isLessThan(90);
        // the next day it has passed
        assertThat(CliRun.of("plan", "--as-of", "2017-12-10", "--start", "2017-12-10", "--weeks", "2", "--db", db)
                        .out())
                .doesNotContain("not yet be recovered");

        CliRun ignoring = CliRun.of(
                "plan", "--as-of", "2017-12-10", "--start", "2026-12-07", "--weeks", "2", "--db", db, "--no-history");
        assertThat(ignoring.out())
                .doesNotContain("recovered")
                .isEqualTo(CliRun.of("plan", "--weeks", "2", "--start", "2026-12-07")
                        .out());

        String fresh = TestDatabases.cliValue(kind);
        CliRun.of("athlete", "--level", "advanced", "--equipment", "barbell,bench", "--db", fresh);
        assertThat(CliRun.of("plan", "--weeks", "1", "--db", fresh).out())
                .contains("advanced; equipment: none, barbell, bench");
        assertThat(CliRun.of("plan", "--weeks", "1", "--level", "beginner", "--db", fresh)
                        .out())
                .contains("beginner;");
    }

    @Test
    void planWithoutAHistoryFileCreatesNone(@TempDir Path folder) {
        Path missing = folder.resolve("none.db");
        CliRun plan = CliRun.of("plan", "--weeks", "1", "--db", missing.toString());
        assertThat(plan.exitCode()).isZero();
        assertThat(missing).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void reanalyzeReproducesTheImportedLoadsWithTheSameModel(Kind kind) throws IOException {
        String db = TestDatabases.cliValue(kind);
        assertThat(CliRun.of("import", SharedData.data("activities/fit"), "--db", db)
                        .exitCode())
                .isZero();
        String before = CliRun.of("history", "--as-of", "2017-12-10", "--days", "365", "--db", db, "--format", "json")
                .out();

        CliRun reanalyze = CliRun.of("reanalyze", "--db", db);

        assertThat(reanalyze.exitCode()).as(reanalyze.err()).isZero();
        assertThat(reanalyze.out()).containsPattern("Re-analysed \\d+ runs with model version \\d+\\.");
        String after = CliRun.of("history", "--as-of", "2017-12-10", "--days", "365", "--db", db, "--format", "json")
                .out();
        // The stored samples keep every channel but time as 32-bit floats, so a re-analysis can move
        // a load by a few parts in a million: one step of the JSON's rounding (0.1) at most.
        assertSameUpToRounding(JSON.readTree(after), JSON.readTree(before), "history");
    }

    private static void assertSameUpToRounding(JsonNode actual, JsonNode expected, String path) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path).isTrue();
            assertThat(actual.asDouble())
                    .as(path)
                    .isCloseTo(
                            expected.asDouble(), Offset.offset(Math.max(0.11, 1e-4 * Math.abs(expected.asDouble()))));
            return;
        }
        assertThat(actual.getNodeType()).as(path).isEqualTo(expected.getNodeType());
        if (expected.isContainerNode()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameUpToRounding(actual.get(i), expected.get(i), path + "[" + i + "]");
                }
            } else {
                expected.fieldNames()
                        .forEachRemaining(name ->
                                assertSameUpToRounding(actual.get(name), expected.get(name), path + "." + name));
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void athleteProfileIsKeptAndUsedForTheLoads(Kind kind) throws IOException {
        String db = TestDatabases.cliValue(kind);
        assertThat(CliRun.of("athlete", "--db", db).out())
                .contains(
                        "Athlete:    me", "Body mass:  not given (runs are analysed at 70 kg)", "Level:      beginner");

        CliRun set = CliRun.of(
                "athlete", "--mass", "68", "--level", "intermediate", "--equipment", "none,band,dumbbells", "--db", db);
        assertThat(set.exitCode()).as(set.err()).isZero();
        CliRun partly = CliRun.of("athlete", "--mass", "61.5", "--db", db, "--format", "json");
        JsonNode profile = JSON.readTree(partly.out());
        assertThat(profile.get("massKg").asDouble()).isEqualTo(61.5);
        assertThat(profile.get("level").asText()).isEqualTo("intermediate");
        assertThat(profile.get("equipment")).extracting(JsonNode::asText).containsExactly("none", "band", "dumbbells");

        CliRun.of("import", SharedData.data("activities/tcx/Runtastic.tcx"), "--db", db);
        long id = runs(db, null).get(0).get("id").asLong();
        assertThat(CliRun.of("run", String.valueOf(id), "--db", db).out()).contains("body mass 62 kg");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aNewerSchemaIsRefusedAndNothingChanges(Kind kind) throws Exception {
        String db = TestDatabases.cliValue(kind);
        CliRun.of("import", SharedData.data("activities/tcx/Runtastic.tcx"), "--db", db);
        try (var connection = DriverManager.getConnection(kind == Kind.SQLITE ? "jdbc:sqlite:" + db : db);
                var statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', "
                    + "0, 'test', 0, TRUE)");
        }

        CliRun run = CliRun.of("import", SharedData.data("activities/gpx"), "--db", db);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("has schema version 99, written by a newer runmuscle", "nothing was changed");
        try (var connection = DriverManager.getConnection(kind == Kind.SQLITE ? "jdbc:sqlite:" + db : db);
                var statement = connection.createStatement();
                var count = statement.executeQuery("SELECT COUNT(*) FROM activity")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("badDatabases")
    void aDatabaseThatCannotBeUsedGetsOneLineAndExitTwo(String db, String expected) {
        CliRun run = CliRun.of("runs", "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(expected).doesNotContain("Exception");
    }

    static Stream<Arguments> badDatabases() throws IOException {
        Path folder = Files.createTempDirectory("runmuscle-bad-db");
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        Path notSqlite =
                Files.writeString(folder.resolve("notes.db"), "these are my notes, not a database\n".repeat(200));
        // removed at exit in the reverse order: the files, then their folder
        for (Path path : List.of(folder, file, notSqlite)) {
            path.toFile().deleteOnExit();
        }
        return Stream.of(
                Arguments.of(folder.toString(), "is a folder; give a file path"),
                Arguments.of(file.resolve("sub/history.db").toString(), "cannot create the folder"),
                Arguments.of(notSqlite.toString(), "notes.db"),
                Arguments.of("jdbc:postgresql://127.0.0.1:1/runmuscle", "cannot connect to the database"),
                Arguments.of("jdbc:mysql://localhost/x", "is not supported"));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void badOptionsGetOneLine(String args, String expected) {
        List<String> all = new ArrayList<>(List.of(args.split(" ")));
        all.add("--db");
        all.add(TestDatabases.cliValue(Kind.SQLITE));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(expected);
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("history --days 0", "--days 0 is outside 1 to 3650"),
                Arguments.of("history --as-of 2017-13-40", "--as-of"),
                Arguments.of("runs --since yesterday", "--since"),
                Arguments.of("athlete --mass 900", "--mass"),
                Arguments.of("athlete --equipment sofa", "sofa"),
                Arguments.of("run abc", "abc"),
                Arguments.of("import /no/such/folder", "/no/such/folder"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aStravaExportZipImportsWithNamesTypesAndGearAndBadEntriesGetALineEach(Kind kind, @TempDir Path folder)
            throws IOException {
        Path zip = folder.resolve("export_7.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("activities.csv"));
            out.write(("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename,"
                            + "Activity Gear,Elapsed Time,Distance\n"
                            + "1,x,Long run,Run,1,2,activities/1.tcx.gz,Pegasus,1,2\n"
                            + "2,x,Commute,Ride,1,2,activities/2.gpx,Brompton,1,2\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("activities/1.tcx.gz"));
            out.write(gzip(Files.readAllBytes(Path.of(SharedData.data("activities/tcx/Runtastic.tcx")))));
            out.putNextEntry(new ZipEntry("activities/2.gpx"));
            out.write(Files.readAllBytes(Path.of(SharedData.data("activities/gpx/standard.gpx"))));
            out.putNextEntry(new ZipEntry("activities/3.fit"));
            out.write(Files.readAllBytes(Path.of(SharedData.data("bad/activity-filecrc.fit"))));
        }
        String db = TestDatabases.cliValue(kind);
        CliRun run = CliRun.of("import", zip.toString(), "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out())
                .contains("imported         " + zip + "!activities/1.tcx.gz: 1 new activity (1 run)")
                .contains("refused          " + zip + "!activities/3.fit: bad FIT file CRC")
                .contains("4 files: 2 files imported (2 new activities, 1 run)", "1 skipped, 1 refused.");
        assertThat(run.err().strip().lines()).singleElement().asString().contains("activities/3.fit");
        List<JsonNode> runs = runs(db, null);
        assertThat(runs)
                .extracting(r -> r.get("name").asText() + "/" + r.get("sport").asText() + "/"
                        + r.get("gear").asText())
                .containsExactlyInAnyOrder("Long run/running/Pegasus", "Commute/cycling/Brompton");

        CliRun json = CliRun.of("import", zip.toString(), "--db", db, "--format", "json");
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("alreadyImported").asInt()).isEqualTo(2);
        assertThat(report.get("refused").asInt()).isEqualTo(1);
        assertThat(report.at("/files/1/status").asText()).isEqualTo("already-imported");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anActivityIsCorrectedOrDeletedAndANewBodyMassReanalysesTheRuns(Kind kind) throws IOException {
        String db = TestDatabases.cliValue(kind);
        CliRun.of("import", SharedData.data("activities/tcx/Runtastic.tcx"), "--db", db);
        long id = runs(db, null).get(0).get("id").asLong();

        CliRun edited = CliRun.of("edit", String.valueOf(id), "--sport", "cycling", "--name", "Spin", "--db", db);
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.out()).contains("Activity " + id + ": cycling, \"Spin\".");
        CliRun history = CliRun.of("history", "--db", db, "--as-of", "2015-05-11", "--format", "json");
        assertThat(history.out()).as("a ride carries no running load").doesNotContain("\"loadBwSeconds\" : 1");
        assertThat(CliRun.of("edit", String.valueOf(id), "--sport", "flying", "--db", db)
                        .err())
                .contains("--sport 'flying' is not a sport");
        assertThat(CliRun.of("edit", String.valueOf(id), "--db", db).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("edit", String.valueOf(id), "--name", "Spin\r\nBEGIN:VEVENT", "--db", db)
                        .err())
                .contains("--name must be one line: it holds a line break");
        assertThat(CliRun.of("edit", String.valueOf(id), "--name", "x".repeat(201), "--db", db)
                        .err())
                .contains("--name must be at most 200 characters, not 201");
        assertThat(CliRun.of("edit", String.valueOf(id), "--sport", "running", "--db", db)
                        .exitCode())
                .isZero();

        CliRun mass = CliRun.of("athlete", "--mass", "80", "--db", db);
        assertThat(mass.out()).contains("Re-analysed 1 run for the new body mass.");
        CliRun show = CliRun.of("run", String.valueOf(id), "--db", db, "--format", "json");
        assertThat(JSON.readTree(show.out()).at("/load/massKg").asDouble()).isEqualTo(80.0);

        CliRun missing = CliRun.of("delete", String.valueOf(id), "99999", "--db", db);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no activity 99999", "nothing was deleted");
        assertThat(runs(db, null)).hasSize(1);
        assertThat(CliRun.of("delete", String.valueOf(id), "--db", db).out()).contains("Deleted 1 activity.");
        assertThat(runs(db, null)).isEmpty();
        CliRun again = CliRun.of("import", SharedData.data("activities/tcx/Runtastic.tcx"), "--db", db);
        assertThat(again.out()).as("a deleted activity stays deleted").contains("1 already imported");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void recentRunsWithAContactTimeImbalanceMakeAnAssessmentFinding(Kind kind, @TempDir Path folder) throws Exception {
        // a Forerunner 920XT run with running dynamics (48.0 % left), moved to yesterday
        Path original =
                Path.of(SharedData.data("activities-more/GoldenCheetah-GoldenCheetah/Garmin920_withFirstbeat.fit"));
        byte[] bytes = Files.readAllBytes(original);
        String db = TestDatabases.cliValue(kind);
        CliRun before = CliRun.of("assess", "--hip-drop", "no", "--db", db);
        assertThat(before.out()).doesNotContain("contact time");
        CliRun analyzed = CliRun.of("analyze", original.toString(), "--format", "json");
        String started =
                JSON.readTree(analyzed.out()).at("/activities/0/startTime").asText();
        long day = Instant.parse(started).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
        long yesterday = LocalDate.now(ZoneOffset.UTC).toEpochDay() - 1;
        Path moved = Files.write(folder.resolve("recent.fit"), TimeShift.byDays(bytes, (int) (yesterday - day)));
        assertThat(CliRun.of("import", moved.toString(), "--db", db).exitCode()).isZero();
        CliRun after = CliRun.of("assess", "--hip-drop", "no", "--db", db, "--format", "json");
        JsonNode finding = JSON.readTree(after.out()).get("findings").get(0);
        assertThat(finding.get("id").asText()).isEqualTo("contact-time-imbalance");
        assertThat(finding.get("title").asText())
                .isEqualTo("Your right foot stays on the ground longer: 52.0 % of contact time");
        CliRun run =
                CliRun.of("run", String.valueOf(runs(db, null).get(0).get("id").asLong()), "--db", db);
        assertThat(run.out()).contains("running dynamics: ground contact 266 ms (left foot 48.0 %)");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static List<JsonNode> runs(String db, String since) {
        CliRun run = since == null
                ? CliRun.of("runs", "--db", db, "--format", "json")
                : CliRun.of("runs", "--since", since, "--db", db, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try {
            List<JsonNode> runs = new ArrayList<>();
            JSON.readTree(run.out()).get("runs").forEach(runs::add);
            return runs;
        } catch (IOException e) {
            throw new AssertionError(run.out(), e);
        }
    }

    private static long idOfRunOn(String db, String day) {
        return runs(db, day).stream()
                .filter(r -> r.get("startTime").asText().startsWith(day))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private static JsonNode muscle(JsonNode history, String id) {
        for (JsonNode muscle : history.get("muscles")) {
            if (muscle.get("id").asText().equals(id)) {
                return muscle;
            }
        }
        throw new AssertionError("no " + id);
    }
}
