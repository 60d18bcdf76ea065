package org.runmuscle.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.CliRun;
import org.runmuscle.app.JarCommand;
import org.runmuscle.app.SharedData;
import org.runmuscle.ingest.TimeShift;
import org.runmuscle.store.TestDatabases;
import org.runmuscle.store.TestDatabases.Kind;

/**
 * An import killed with SIGKILL at three moments leaves a consistent history each time, and the
 * next import finishes the job: the end state is the one a single uninterrupted import reaches.
 */
class ImportCrashIT {
    private static final int COPIES_PER_FILE = 6;

    static Stream<Kind> kinds() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void killedImportsLeaveAConsistentHistoryAndTheNextOneFinishes(Kind kind, @TempDir Path folder) throws Exception {
        int files = archive(folder);
        String db = TestDatabases.cliValue(kind);

        for (int killAfter : new int[] {files / 8, files / 3, files * 2 / 3}) {
            Process child = importInChildJvm(folder, db);
            boolean killed = killWhenFilesSaved(child, db, kind, killAfter);
            assertThat(killed)
                    .as("the import was still running when %d files were saved", killAfter)
                    .isTrue();
            assertConsistent(db, kind);
        }
        Process last = importInChildJvm(folder, db);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertConsistent(db, kind);

        String reference = TestDatabases.cliValue(kind);
        assertThat(CliRun.of("import", folder.toString(), "--db", reference).exitCode())
                .isZero();
        assertThat(count(db, kind, "SELECT COUNT(*) FROM source_file")).isEqualTo(files);
        assertThat(runs(db)).isEqualTo(runs(reference)).hasSizeGreaterThan(files);
        assertThat(days(db)).isEqualTo(days(reference));
    }

    /** Copies of the real GPX, TCX and FIT runs, each moved by a different number of days. */
    private static int archive(Path folder) throws Exception {
        List<Path> originals = new ArrayList<>();
        for (String format : List.of("fit", "gpx", "tcx")) {
            try (Stream<Path> list = Files.list(Path.of(SharedData.data("activities/" + format)))) {
                list.filter(f -> !f.getFileName().toString().startsWith("Route-only"))
                        .sorted()
                        .forEach(originals::add);
            }
        }
        int written = 0;
        for (int copy = 1; copy <= COPIES_PER_FILE; copy++) {
            for (Path original : originals) {
                byte[] moved = TimeShift.byDays(Files.readAllBytes(original), copy * 97);
                Files.write(folder.resolve(copy + "-" + original.getFileName()), moved);
                written++;
            }
        }
        return written;
    }

    private static Process importInChildJvm(Path folder, String db) throws Exception {
        List<String> command = JarCommand.of("import", folder.toString(), "--db", db);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** SIGKILL as soon as the database holds {@code files} imported files; false if it finished first. */
    private static boolean killWhenFilesSaved(Process child, String db, Kind kind, int files) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                return false;
            }
            if (tableExists(db, kind) && count(db, kind, "SELECT COUNT(*) FROM source_file") >= files) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                return true;
            }
            Thread.sleep(5);
        }
        child.destroyForcibly();
        throw new AssertionError("the import did not get to " + files + " files in 3 minutes");
    }

    /** Every file row has exactly the activities it says, and every run has its muscle loads. */
    private static void assertConsistent(String db, Kind kind) throws SQLException {
        assertThat(count(
                        db,
                        kind,
                        "SELECT COUNT(*) FROM (SELECT f.content_hash FROM source_file f LEFT JOIN activity a "
                                + "ON a.content_hash = f.content_hash GROUP BY f.content_hash, f.activities "
                                + "HAVING COUNT(a.id) <> f.activities) AS broken"))
                .as("files with missing activities")
                .isZero();
        assertThat(count(
                        db,
                        kind,
                        "SELECT COUNT(*) FROM activity a WHERE a.sport = 'running' AND NOT EXISTS "
                                + "(SELECT 1 FROM muscle_load m WHERE m.activity_id = a.id)"))
                .as("runs without loads")
                .isZero();
        assertThat(count(
                        db,
                        kind,
                        "SELECT COUNT(*) FROM muscle_load m WHERE NOT EXISTS "
                                + "(SELECT 1 FROM activity a WHERE a.id = m.activity_id)"))
                .as("loads without a run")
                .isZero();
    }

    private static Set<String> runs(String db) throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("runs", "--db", db, "--format", "json").out());
        Set<String> runs = new TreeSet<>();
        json.get("runs")
                .forEach(r -> runs.add(
                        r.get("startTime").asText() + " " + r.get("sport").asText() + " "
                                + r.get("distanceMeters").asText()));
        return runs;
    }

    private static JsonNode days(String db) throws Exception {
        String last = new ObjectMapper()
                        .readTree(CliRun.of("runs", "--db", db, "--format", "json")
                                .out())
                        .get("runs")
                        .findValues("startTime")
                        .stream()
                        .map(JsonNode::asText)
                        .max(String::compareTo)
                        .orElseThrow();
        return new ObjectMapper()
                .readTree(CliRun.of(
                                "history",
                                "--as-of",
                                last.substring(0, 10),
                                "--days",
                                "3650",
                                "--db",
                                db,
                                "--format",
                                "json")
                        .out())
                .get("days");
    }

    private static boolean tableExists(String db, Kind kind) throws SQLException {
        try (Connection c = connect(db, kind);
                ResultSet tables = c.getMetaData().getTables(null, null, "source_file", null)) {
            return tables.next();
        }
    }

    private static int count(String db, Kind kind, String sql) throws SQLException {
        try (Connection c = connect(db, kind);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Connection connect(String db, Kind kind) throws SQLException {
        return DriverManager.getConnection(kind == Kind.SQLITE ? "jdbc:sqlite:" + db : db);
    }
}
