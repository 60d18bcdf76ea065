package org.runmuscle.app;

import java.util.Optional;
import org.runmuscle.store.Database;
import org.runmuscle.store.DatabaseSetting;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --db PATH|URL}, shared by the commands that use the history. */
final class DbOption {
    @Option(names = "--db", paramLabel = "PATH|URL", description = "The history database: a SQLite file (default "
            + "~/.runmuscle/runmuscle.db, or RUNMUSCLE_DB) or a jdbc:postgresql:// URL (user and password from "
            + "RUNMUSCLE_DB_USER and RUNMUSCLE_DB_PASSWORD).")
    String db;

    HistoryStore open() {
        try {
            return new HistoryStore(Database.open(DatabaseSetting.resolve(Optional.ofNullable(db), System.getenv())));
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
