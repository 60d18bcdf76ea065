package org.runmuscle.app.cli;

import java.nio.file.Files;
import java.util.Optional;
import org.runmuscle.store.Database;
import org.runmuscle.store.DatabaseSetting;
import org.runmuscle.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --db PATH|URL}, shared by the commands that use the history. */
public final class DbOption {
    @Option(
            names = "--db",
            paramLabel = "PATH|URL",
            description = "The history database: a SQLite file (default "
                    + "~/.runmuscle/runmuscle.db, or RUNMUSCLE_DB) or a PostgreSQL URL: jdbc:postgresql://HOST/DB "
                    + "(user and password from RUNMUSCLE_DB_USER and RUNMUSCLE_DB_PASSWORD) or "
                    + "postgresql://USER:PASSWORD@HOST/DB.")
    String db;

    /** Whether there is a history to read: a SQLite file that does not exist yet is none. */
    public boolean exists() {
        DatabaseSetting setting;
        try {
            setting = DatabaseSetting.resolve(Optional.ofNullable(db), System.getenv());
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
        return !(setting instanceof DatabaseSetting.Sqlite sqlite && !Files.exists(sqlite.file()));
    }

    /** Opens the database with all its athletes (brought to this release's schema). */
    public Database openDatabase() {
        try {
            return Database.open(DatabaseSetting.resolve(Optional.ofNullable(db), System.getenv()));
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
