package org.runmuscle.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A fresh, empty database of each kind: a SQLite file, and a database on a real (embedded)
 * PostgreSQL. Public, in the store's test jar, for the app's command tests.
 */
public final class TestDatabases {
    public enum Kind {
        SQLITE,
        POSTGRES
    }

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** This JVM's SQLite files, under one folder removed when it exits: a run of the suite left 60 behind. */
    private static Path sqliteFolder;

    private TestDatabases() {}

    public static Stream<Kind> both() {
        return Stream.of(Kind.SQLITE, Kind.POSTGRES);
    }

    public static DatabaseSetting fresh(Kind kind) {
        try {
            if (kind == Kind.SQLITE) {
                return new DatabaseSetting.Sqlite(
                        Files.createTempDirectory(sqliteFolder(), "db").resolve("history.db"));
            }
            EmbeddedPostgres server = server();
            String name = "history_" + COUNTER.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new DatabaseSetting.Postgres(
                    server.getJdbcUrl("postgres", name), Optional.of("postgres"), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a user would give to {@code --db}: the file path, or the URL (it names the user). */
    public static String cliValue(Kind kind) {
        DatabaseSetting setting = fresh(kind);
        return setting.describe();
    }

    static Database open(Kind kind) {
        return Database.open(fresh(kind));
    }

    private static synchronized Path sqliteFolder() throws IOException {
        if (sqliteFolder == null) {
            Path folder = Files.createTempDirectory("runmuscle-db");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
            sqliteFolder = folder;
        }
        return sqliteFolder;
    }

    /** Deletes a folder and all it holds, as far as it can: a file still open elsewhere stays. */
    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting, or the folder is gone already
        }
    }

    private static synchronized EmbeddedPostgres server() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return postgres;
    }
}
