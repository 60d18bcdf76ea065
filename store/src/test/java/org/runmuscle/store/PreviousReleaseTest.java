package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.core.activity.Sport;

/**
 * Histories written by earlier releases open in this one with every row intact: 0.2 (schema 3),
 * 0.3 (schema 4, the last single-athlete schema) and 0.4 (schema 6, athletes and accounts) on SQLite,
 * and 0.3's and 0.4's rows in PostgreSQL databases at those schemas.
 */
class PreviousReleaseTest {
    @Test
    void theLastReleasesDatabaseIsUpgradedWithItsDataIntact(@TempDir Path folder) throws Exception {
        Path copy = folder.resolve("runmuscle.db");
        try (InputStream in = PreviousReleaseTest.class.getResourceAsStream("/releases/runmuscle-0.2.db")) {
            Files.copy(in, copy);
        }
        try (HistoryStore store = HistoryStore.single(Database.open(new DatabaseSetting.Sqlite(copy)))) {
            List<StoredActivity> activities = store.activities(Optional.empty());
            assertThat(activities).hasSize(4).allMatch(a -> a.sport().equals("running"));
            assertThat(activities)
                    .extracting(a -> Math.round(a.distanceMeters() * 10) / 10.0)
                    .containsExactly(9992.1, 10386.9, 11787.7, 31515.6);
            assertThat(activities).allMatch(a -> a.name().isEmpty() && a.gear().isEmpty() && a.massKg() == 66);
            assertThat(store.athlete().massKg()).isEqualTo(66.0);
            for (StoredActivity activity : activities) {
                assertThat(store.muscleLoads(activity.id())).hasSize(44);
                assertThat(store.samples(activity.id()).size()).isPositive();
            }
            assertThat(store.runsWithoutLoads()).isZero();
            // and the new columns work on the old rows
            long first = activities.get(0).id();
            assertThat(store.updateActivity(first, "running", "Strides")).isTrue();
            assertThat(store.activity(first).orElseThrow().name()).isEqualTo("Strides");
        }
    }

    private static Path copyOf(String release, Path folder) throws IOException {
        Path copy = folder.resolve("runmuscle.db");
        try (InputStream in = PreviousReleaseTest.class.getResourceAsStream("/releases/" + release)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void release03OnSqliteBecomesAthleteMeWithEverythingKept(@TempDir Path folder) throws Exception {
        Path copy = copyOf("runmuscle-0.3.db", folder);
        assertRelease03Kept(Database.open(new DatabaseSetting.Sqlite(copy)));
    }

    @Test
    void release03OnPostgresBecomesAthleteMeWithEverythingKept(@TempDir Path folder) throws Exception {
        assertRelease03Kept(Database.open(postgresAsReleased(
                "runmuscle-0.3.db",
                "4",
                folder,
                List.of("athlete", "source_file", "activity", "muscle_load"),
                Map.of("activity", 4))));
    }

    /**
     * A PostgreSQL database at the schema a release made ({@code target}), holding that release's
     * rows copied from its SQLite fixture, with each identity sequence past the copied ids.
     */
    private static DatabaseSetting postgresAsReleased(
            String fixture, String target, Path folder, List<String> tables, Map<String, Integer> lastIds)
            throws Exception {
        DatabaseSetting.Postgres setting = (DatabaseSetting.Postgres) TestDatabases.fresh(TestDatabases.Kind.POSTGRES);
        Flyway.configure()
                .dataSource(setting.url(), setting.user().orElse(null), null)
                .locations("classpath:db/postgresql")
                .target(target)
                .load()
                .migrate();
        Path sqlite = copyOf(fixture, folder);
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
                Connection to = DriverManager.getConnection(
                        setting.url(), setting.user().orElse(null), null)) {
            for (String table : tables) {
                copyRows(from, to, table);
            }
            try (Statement s = to.createStatement()) {
                for (Map.Entry<String, Integer> last : lastIds.entrySet()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + last.getKey() + "', 'id'), " + last.getValue()
                            + ")");
                }
            }
        }
        return setting;
    }

    @Test
    void release04OnSqliteKeepsAthletesAccountsAndRunsAndLogsStrength(@TempDir Path folder) throws Exception {
        Path copy = copyOf("runmuscle-0.4.db", folder);
        assertRelease04Kept(Database.open(new DatabaseSetting.Sqlite(copy)));
    }

    @Test
    void release04OnPostgresKeepsAthletesAccountsAndRunsAndLogsStrength(@TempDir Path folder) throws Exception {
        assertRelease04Kept(Database.open(postgresAsReleased(
                "runmuscle-0.4.db",
                "6",
                folder,
                List.of(
                        "athlete",
                        "source_file",
                        "activity",
                        "muscle_load",
                        "original_file",
                        "account",
                        "login_session",
                        "api_token",
                        "coach_access"),
                Map.of("activity", 5, "athlete", 2, "account", 2))));
    }

    /**
     * 0.4 wrote (README): athletes Anna (58 kg, advanced, HR 48-188, Europe/Berlin) with 4 runs, the
     * first renamed "Intervals", and Ben with 1; accounts anna (athlete) and carla (coach).
     */
    private static void assertRelease04Kept(Database database) {
        Athletes athletes = new Athletes(database);
        try (database) {
            assertThat(athletes.list()).extracting(Athlete::name).containsExactly("Anna", "Ben");
            Athlete anna = athletes.byName("Anna").orElseThrow();
            assertThat(anna).isEqualTo(new Athlete(1, "Anna", 58, "advanced", "none", 188, 48, "Europe/Berlin", "km"));
            HistoryStore store = athletes.history(anna);
            List<StoredActivity> runs = store.activities(Optional.empty());
            assertThat(runs).hasSize(4);
            assertThat(runs.get(0).name()).isEqualTo("Intervals");
            assertThat(store.files()).hasSize(4).allMatch(FileRecord::original);
            assertThat(athletes.history(athletes.byName("Ben").orElseThrow()).activityCount())
                    .isEqualTo(1);
            assertThat(new Accounts(database).list())
                    .extracting(Account::name, Account::role)
                    .containsExactly(tuple("anna", "athlete"), tuple("carla", "coach"));
            // the new strength log works on the old history, and its loads join the runs'
            long day = HistoryStore.epochDay(runs.get(0).startTime());
            int before = store.dailyLoads(day, day).size();
            StrengthSession session = store.strength()
                    .add(
                            new StrengthSession(
                                    0,
                                    day,
                                    Optional.empty(),
                                    30,
                                    7,
                                    "log",
                                    OptionalLong.empty(),
                                    "",
                                    "",
                                    58,
                                    1,
                                    List.of(new StrengthSet("goblet-squat", 10, 0, 16, 2, Double.NaN))),
                            List.of(new MuscleLoad("tibialis-anterior", 5, 1, 3, 1, 0)));
            assertThat(store.strength().session(session.id()).orElseThrow().sets())
                    .hasSize(1);
            assertThat(store.dailyLoads(day, day)).hasSize(before);
            assertThat(store.dailyLoads(day, day, Work.STRENGTH)).hasSize(1);
        }
    }

    private static void copyRows(Connection from, Connection to, String table) throws SQLException {
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnName(c));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ")"
                    + (table.equals("activity") || table.equals("account") ? " OVERRIDING SYSTEM VALUE" : "")
                    + " VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement write = to.prepareStatement(sql)) {
                while (rows.next()) {
                    for (int c = 1; c <= columns.size(); c++) {
                        Object value = rows.getObject(c);
                        write.setObject(c, value instanceof Integer i ? Long.valueOf(i) : value);
                    }
                    write.executeUpdate();
                }
            }
        }
    }

    /** 0.3 wrote: mass 66, intermediate, none and band; 4 runs imported, #1 renamed, #2 deleted. */
    private static void assertRelease03Kept(Database database) {
        Athletes athletes = new Athletes(database);
        try (database) {
            assertThat(athletes.list()).hasSize(1);
            Athlete me = athletes.list().get(0);
            assertThat(me)
                    .isEqualTo(
                            new Athlete(1, "me", 66, "intermediate", "none,band", Double.NaN, Double.NaN, "UTC", "km"));
            HistoryStore store = athletes.history(me);
            List<StoredActivity> activities = store.activities(Optional.empty());
            assertThat(activities).extracting(StoredActivity::id).containsExactly(1L, 3L, 4L);
            assertThat(activities)
                    .extracting(StoredActivity::name)
                    .containsExactly("Easy 10k by the river", "", "Trail long run, 31 km");
            for (StoredActivity activity : activities) {
                assertThat(store.muscleLoads(activity.id())).hasSize(44);
                assertThat(store.samples(activity.id()).size()).isPositive();
            }
            long day = HistoryStore.epochDay(activities.get(0).startTime());
            assertThat(store.dailyLoads(day, day)).hasSize(44);
            // the deleted run's file is still known, so it does not come back
            assertThat(store.hasFile("c91dbef3dac678635061f1b3f724d9e02dfd92ae2f64b3f72c4e22d8d7a356a4"))
                    .isTrue();
            // a second athlete starts empty, and new activities take new ids
            HistoryStore other = athletes.history(athletes.add("Ben"));
            assertThat(other.activityCount()).isZero();
            other.save(
                    "x",
                    "x.fit",
                    "fit",
                    List.of(HistoryStoreTest.stored(
                            HistoryStoreTest.run(HistoryStoreTest.START, 60, 3, Sport.RUNNING),
                            0,
                            HistoryStoreTest.LOADS)));
            assertThat(other.runningIds()).containsExactly(5L);
        }
    }
}
