package org.runmuscle.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the history lives: a SQLite file (the default, {@code ~/.runmuscle/runmuscle.db}) or a
 * PostgreSQL server given as a {@code jdbc:postgresql://} URL, with user and password from
 * {@code RUNMUSCLE_DB_USER} and {@code RUNMUSCLE_DB_PASSWORD}, or as the {@code postgresql://} URI
 * that PostgreSQL's own tools take (and hosting services hand out), which may carry them.
 */
public sealed interface DatabaseSetting permits DatabaseSetting.Sqlite, DatabaseSetting.Postgres {

    record Sqlite(Path file) implements DatabaseSetting {
        @Override
        public String describe() {
            return file.toString();
        }
    }

    record Postgres(String url, Optional<String> user, Optional<String> password) implements DatabaseSetting {
        /** The URL without the value of a {@code password} parameter, which the driver also reads. */
        @Override
        public String describe() {
            return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
        }
    }

    /** For messages: the path or URL (never the password). */
    String describe();

    /** From {@code --db} (may be empty), else {@code RUNMUSCLE_DB}, else the default file. */
    static DatabaseSetting resolve(Optional<String> option, Map<String, String> environment) {
        String value = option.filter(s -> !s.isBlank()).orElseGet(() -> environment.getOrDefault("RUNMUSCLE_DB", ""));
        if (value.startsWith("jdbc:postgresql:")) {
            return new Postgres(
                    value,
                    Optional.ofNullable(environment.get("RUNMUSCLE_DB_USER")),
                    Optional.ofNullable(environment.get("RUNMUSCLE_DB_PASSWORD")));
        }
        if (value.startsWith("postgresql://") || value.startsWith("postgres://")) {
            return PostgresUris.toSetting(value, environment);
        }
        // a URL of any other kind was taken for a file name: 'postgresql:/host/db' made folders here
        if (value.startsWith("jdbc:") || PostgresUris.isUrl(value)) {
            throw new StoreException("database URL '" + PostgresUris.withoutPassword(value) + "' is not supported: "
                    + "give a file path for SQLite, or a jdbc:postgresql:// or postgresql:// URL");
        }
        if (value.isBlank()) {
            return new Sqlite(Path.of(System.getProperty("user.home"), ".runmuscle", "runmuscle.db"));
        }
        return new Sqlite(Path.of(value));
    }
}
