package org.runmuscle.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open history database, its schema brought up to date by Flyway. Every way it can fail to
 * open (a folder where the file should be, no permission, no server, a schema from a newer
 * runmuscle) is a {@link StoreException} with one line, and changes nothing.
 */
public final class Database implements AutoCloseable {
    /** The newest schema version this runmuscle knows (the last migration). */
    static final int SCHEMA_VERSION = 7;

    /**
     * Flyway reports every migration step through java.util.logging at INFO; a command line must
     * print only its own lines, so only its warnings pass. The reference is kept because JUL holds
     * loggers weakly and would forget the level. Set only when Flyway runs: starting JUL's
     * LogManager took 30-40 ms of every history command on a current schema.
     */
    private static Logger flywayLog;

    private static synchronized void quietFlyway() {
        if (flywayLog == null) {
            flywayLog = Logger.getLogger("org.flywaydb");
            flywayLog.setLevel(Level.WARNING);
        }
    }

    /** Made on first use: see {@link #jdbi()}. Volatile: every request's thread reads it. */
    private volatile Jdbi jdbi;

    private final DatabaseSetting setting;
    private final boolean postgres;
    private final HikariDataSource pool;
    private final Map<Long, AtomicLong> changes = new ConcurrentHashMap<>();

    private Database(DatabaseSetting setting, boolean postgres, HikariDataSource pool) {
        this.setting = setting;
        this.postgres = postgres;
        this.pool = pool;
    }

    public static Database open(DatabaseSetting setting) {
        boolean postgres = setting instanceof DatabaseSetting.Postgres;
        DataSource source = setting instanceof DatabaseSetting.Postgres pg
                ? postgres(pg)
                : sqlite(((DatabaseSetting.Sqlite) setting).file());
        checkConnects(source, setting);
        int found = schemaVersion(source, setting);
        if (found > SCHEMA_VERSION) {
            throw new StoreException("the database " + setting.describe() + " has schema version " + found
                    + ", written by a newer runmuscle; this one knows up to version " + SCHEMA_VERSION
                    + ". Update runmuscle; nothing was changed.");
        }
        if (found < SCHEMA_VERSION) {
            migrate(source, setting, postgres);
        }
        return new Database(setting, postgres, pool(source, postgres));
    }

    /**
     * Flyway runs only when the schema is behind: loading and validating it took 0.6 s of a 1.1 s
     * command on a current database (measured), for nothing.
     */
    private static void migrate(DataSource source, DatabaseSetting setting, boolean postgres) {
        try {
            quietFlyway();
            Flyway.configure()
                    .dataSource(source)
                    .locations(postgres ? "classpath:db/postgresql" : "classpath:db/sqlite")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the database " + setting.describe() + ": " + oneLine(e), e);
        }
    }

    /**
     * Connections are kept open: opening a SQLite connection reads the schema again and every
     * statement is prepared anew, which cost more than the import itself (profiled with JFR). One
     * connection for SQLite, which has a single writer anyway; a few for PostgreSQL.
     */
    private static HikariDataSource pool(DataSource source, boolean postgres) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setPoolName("runmuscle");
        config.setMaximumPoolSize(postgres ? 4 : 1);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    /** Closes the connections. */
    @Override
    public void close() {
        pool.close();
    }

    private static DataSource sqlite(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new StoreException(
                    "database path " + file + " is a folder; give a file path, e.g. " + file.resolve("runmuscle.db"));
        }
        Path folder = absolute.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + folder + " for the database: " + e.getMessage(), e);
        }
        if (!Files.isWritable(folder) || Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new StoreException("database " + file + " is not writable: check the permissions of " + folder);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // Every transaction of ours writes, and most read first (is this file imported already?). A
        // deferred one holding a read snapshot cannot wait for another writer's commit: SQLite
        // answers SQLITE_BUSY at once, whatever the timeout, and an import beside 'serve' failed
        // with 'database is locked'. Begun immediate, a transaction takes the write lock first and
        // waits its turn.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + absolute);
        return source;
    }

    private static DataSource postgres(DatabaseSetting.Postgres setting) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(setting.url());
        setting.user().ifPresent(source::setUser);
        setting.password().ifPresent(source::setPassword);
        source.setConnectTimeout(10);
        return source;
    }

    private static void checkConnects(DataSource source, DatabaseSetting setting) {
        try (Connection connection = source.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database " + setting.describe() + ": " + oneLine(e), e);
        }
    }

    /** The newest schema version applied to this database; 0 for a new one. */
    private static int schemaVersion(DataSource source, DatabaseSetting setting) {
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement()) {
            ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null);
            if (!tables.next()) {
                return 0;
            }
            try (ResultSet versions = statement.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL")) {
                int newest = 0;
                while (versions.next()) {
                    newest = Math.max(
                            newest, Integer.parseInt(versions.getString(1).split("\\.")[0]));
                }
                return newest;
            }
        } catch (SQLException | NumberFormatException e) {
            throw new StoreException("cannot read the database " + setting.describe() + ": " + oneLine(e), e);
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(message);
    }

    /**
     * JDBI over the pool, made on first use: with its mappers and the SqlObject plugin, making it
     * and running its first statement cost 0.2-0.3 s (its SQL parser, the JFR event it opens for
     * every statement, the DAO proxies), which {@code serve} would otherwise spend before its first
     * answer (measured: docs/benchmarks.md, fourth pass). {@code serve} warms it once it listens.
     */
    public Jdbi jdbi() {
        Jdbi made = jdbi;
        return made != null ? made : makeJdbi();
    }

    private synchronized Jdbi makeJdbi() {
        if (jdbi == null) {
            jdbi = Jdbi.create(pool)
                    .installPlugin(new SqlObjectPlugin())
                    .registerRowMapper(StoredActivity.class, new StoredActivityMapper())
                    .registerRowMapper(MuscleLoad.class, new MuscleLoadMapper())
                    .registerRowMapper(DailyLoad.class, new DailyLoadMapper())
                    .registerRowMapper(Contribution.class, new ContributionMapper())
                    .registerRowMapper(Athlete.class, new AthleteMapper())
                    .registerRowMapper(Account.class, new AccountMapper())
                    .registerRowMapper(Credential.class, new CredentialMapper())
                    .registerRowMapper(ApiToken.class, new ApiTokenMapper())
                    .registerRowMapper(FileRecord.class, new FileRecordMapper())
                    .registerRowMapper(StrengthSession.class, new StrengthSessionMapper())
                    .registerRowMapper(StrengthDao.StrengthSetRow.class, new StrengthSetRowMapper());
        }
        return jdbi;
    }

    /**
     * The one number a query without parameters answers, through plain JDBC: {@code serve} asks
     * whether accounts exist before its first answer, and JDBI's first statement would cost 0.15-0.2
     * s of it against 13 ms this way (measured).
     */
    int count(String sql) {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read the database " + setting.describe() + ": " + oneLine(e), e);
        }
    }

    /**
     * How many times this process changed an athlete's history: a cache of anything computed from
     * it is current while this number is the one it was computed at. Changes made by another
     * process on the same database are not counted.
     */
    public long changes(long athleteId) {
        AtomicLong count = changes.get(athleteId);
        return count == null ? 0 : count.get();
    }

    void changed(long athleteId) {
        changes.computeIfAbsent(athleteId, id -> new AtomicLong()).incrementAndGet();
    }

    public boolean postgres() {
        return postgres;
    }

    public String describe() {
        return setting.describe();
    }
}
