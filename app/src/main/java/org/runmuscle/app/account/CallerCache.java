package org.runmuscle.app.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.runmuscle.app.web.Caller;

/**
 * Whom a session or token names, remembered for {@value #FRESH_MILLIS} ms: without it every
 * request read the session from the database first, a third of the queries of a history read
 * (bench/server.sh). Anything this server does that ends a session or token (logout, a new
 * password, a revoked token, a removed account) forgets everything at once; the same done by
 * another process (the 'user' command) takes effect here within that time.
 */
final class CallerCache {
    static final long FRESH_MILLIS = 10_000;
    private static final int MAX_ENTRIES = 100_000;

    private record Entry(Caller caller, long checkedAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<Caller> get(String key, long now, Supplier<Optional<Caller>> load) {
        Entry entry = entries.get(key);
        if (entry != null && now - entry.checkedAt() < FRESH_MILLIS) {
            return Optional.of(entry.caller());
        }
        Optional<Caller> caller = load.get();
        if (caller.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(caller.get(), now));
        } else {
            entries.remove(key);
        }
        return caller;
    }

    void clear() {
        entries.clear();
    }
}
