package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {
    @Test
    void theSettingComesFromTheOptionThenTheEnvironmentThenTheDefault() {
        assertThat(DatabaseSetting.resolve(Optional.of("/tmp/x.db"), Map.of("RUNMUSCLE_DB", "/tmp/y.db")))
                .isEqualTo(new DatabaseSetting.Sqlite(Path.of("/tmp/x.db")));
        assertThat(DatabaseSetting.resolve(Optional.empty(), Map.of("RUNMUSCLE_DB", "/tmp/y.db")))
                .isEqualTo(new DatabaseSetting.Sqlite(Path.of("/tmp/y.db")));
        assertThat(DatabaseSetting.resolve(Optional.empty(), Map.of()).describe())
                .endsWith(".runmuscle/runmuscle.db");
        DatabaseSetting pg = DatabaseSetting.resolve(
                Optional.of("jdbc:postgresql://db.example/runs"),
                Map.of("RUNMUSCLE_DB_USER", "coach", "RUNMUSCLE_DB_PASSWORD", "secret"));
        assertThat(pg)
                .isEqualTo(new DatabaseSetting.Postgres(
                        "jdbc:postgresql://db.example/runs", Optional.of("coach"), Optional.of("secret")));
        assertThat(pg.describe()).doesNotContain("secret");
        assertThatThrownBy(() -> DatabaseSetting.resolve(Optional.of("jdbc:mysql://x"), Map.of()))
                .hasMessageContaining("not supported");
    }

    @Test
    void postgresqlsOwnUrisAreTakenWithTheirUserAndPasswordAndOtherUrlsAreNoFileNames() {
        Map<String, String> environment = Map.of("RUNMUSCLE_DB_USER", "coach", "RUNMUSCLE_DB_PASSWORD", "secret");
        assertThat(DatabaseSetting.resolve(
                        Optional.of("postgresql://anna:p%40ss+word@db.example:6432/runs?sslmode=require"), environment))
                .isEqualTo(new DatabaseSetting.Postgres(
                        "jdbc:postgresql://db.example:6432/runs?sslmode=require",
                        Optional.of("anna"),
                        Optional.of("p@ss+word")));
        assertThat(DatabaseSetting.resolve(
                        Optional.of("postgres://j\u00f6rg:l\u00e4uft\ud83c\udfc3%2B1@db/runs"), environment))
                .isEqualTo(new DatabaseSetting.Postgres(
                        "jdbc:postgresql://db/runs",
                        Optional.of("j\u00f6rg"),
                        Optional.of("l\u00e4uft\ud83c\udfc3+1")));
        // without user information the environment's is used; several hosts pass as written
        assertThat(DatabaseSetting.resolve(Optional.of("postgres://h1:5432,h2:5432/runs"), environment))
                .isEqualTo(new DatabaseSetting.Postgres(
                        "jdbc:postgresql://h1:5432,h2:5432/runs", Optional.of("coach"), Optional.of("secret")));
        // a URL of another kind was a SQLite file under folders named after it
        assertThatThrownBy(() -> DatabaseSetting.resolve(Optional.of("mysql://anna:secret@db/runs"), Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("database URL 'mysql://anna:***@db/runs' is not supported: give a file path for SQLite, "
                        + "or a jdbc:postgresql:// or postgresql:// URL");
        assertThat(DatabaseSetting.resolve(
                                Optional.of("jdbc:postgresql://db/runs?user=anna&password=secret&ssl=true"), Map.of())
                        .describe())
                .isEqualTo("jdbc:postgresql://db/runs?user=anna&password=***&ssl=true");
        assertThat(DatabaseSetting.resolve(Optional.of("runs/2026.db"), Map.of()))
                .isEqualTo(new DatabaseSetting.Sqlite(Path.of("runs/2026.db")));
        // a "://" after a path's first folder does not make it a URL
        assertThat(DatabaseSetting.resolve(Optional.of("runs/odd://name.db"), Map.of()))
                .isEqualTo(new DatabaseSetting.Sqlite(Path.of("runs/odd://name.db")));
        assertThatThrownBy(() -> DatabaseSetting.resolve(Optional.of("svn+ssh://host/runs"), Map.of()))
                .hasMessageContaining("is not supported");
    }

    @Test
    void aFolderIsNotADatabase(@TempDir Path folder) {
        assertThatThrownBy(() -> Database.open(new DatabaseSetting.Sqlite(folder)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aPathThatCannotBeCreatedIsRefused(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Database.open(new DatabaseSetting.Sqlite(file.resolve("history.db"))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the folder");
    }

    @Test
    void aPostgresqlUriOpensTheServerItNames() {
        DatabaseSetting.Postgres jdbc = (DatabaseSetting.Postgres) TestDatabases.fresh(TestDatabases.Kind.POSTGRES);
        // the embedded server's URL as libpq would write it: the user in the authority, not a parameter
        String uri = jdbc.url()
                .replace("jdbc:postgresql://", "postgresql://postgres@")
                .replace("?user=postgres", "");
        assertThat(uri).startsWith("postgresql://postgres@localhost:").doesNotContain("?");
        Database database = Database.open(DatabaseSetting.resolve(Optional.of(uri), Map.of()));
        try {
            assertThat(database.postgres()).isTrue();
            String user = database.jdbi()
                    .withHandle(h -> h.createQuery("SELECT current_user")
                            .mapTo(String.class)
                            .one());
            assertThat(user).isEqualTo("postgres");
        } finally {
            database.close();
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsOneLine() {
        assertThatThrownBy(() -> Database.open(new DatabaseSetting.Postgres(
                        "jdbc:postgresql://127.0.0.1:1/none", Optional.of("u"), Optional.empty())))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to the database")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftUntouched(@TempDir Path folder) throws Exception {
        DatabaseSetting setting = new DatabaseSetting.Sqlite(folder.resolve("history.db"));
        Database database = Database.open(setting);
        database.jdbi()
                .useHandle(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, "
                        + "description, type, script, checksum, installed_by, execution_time, success) VALUES (99, "
                        + "'99', "
                        + "'future', 'SQL', 'V99__future.sql', 0, 'later', 0, 1)"));
        database.close();
        byte[] before = Files.readAllBytes(folder.resolve("history.db"));
        assertThatThrownBy(() -> Database.open(setting))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99, written by a newer runmuscle");
        assertThat(Files.readAllBytes(folder.resolve("history.db"))).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void anOlderSchemaIsBroughtUpToDateOnOpen(TestDatabases.Kind kind) {
        DatabaseSetting setting = TestDatabases.fresh(kind);
        // schema 1, as the first release left it
        var flyway = Flyway.configure()
                .locations(kind == TestDatabases.Kind.POSTGRES ? "classpath:db/postgresql" : "classpath:db/sqlite")
                .target("1");
        if (setting instanceof DatabaseSetting.Postgres pg) {
            flyway.dataSource(pg.url(), pg.user().orElse(null), null);
        } else {
            flyway.dataSource("jdbc:sqlite:" + ((DatabaseSetting.Sqlite) setting).file(), null, null);
        }
        flyway.load().migrate();
        try (Database upgraded = Database.open(setting)) {
            int newest = upgraded.jdbi()
                    .withHandle(
                            h -> h.createQuery("SELECT MAX(CAST(version AS INTEGER)) FROM " + "flyway_schema_history")
                                    .mapTo(Integer.class)
                                    .one());
            assertThat(newest).isEqualTo(Database.SCHEMA_VERSION).isEqualTo(7);
            // V3's and V4's columns, V5's athletes and its covering index, which replaced V3's
            upgraded.jdbi().useHandle(h -> h.execute("SELECT damaging_bw_s, athlete_id FROM muscle_load"));
            upgraded.jdbi().useHandle(h -> h.execute("SELECT name, gear, athlete_id FROM activity"));
            upgraded.jdbi().useHandle(h -> h.execute("DROP INDEX muscle_load_athlete_day"));
            assertThat(new Athletes(upgraded).list()).isEmpty();
        }
    }
}
