package org.runmuscle.app.history;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.runmuscle.store.Work;

/**
 * Histories already computed, shared by a server's requests: a coach's roster and the history page
 * read the same athletes over and over, and on 2 cores the computation (two queries, 44 muscles'
 * recovery) capped a server at about 1,000 history reads a second (bench/server.sh). An entry is
 * used while the athlete's history is unchanged in this process ({@code Database.changes}) and
 * for at most {@value #FRESH_MILLIS} ms, which bounds how long a change made by another process
 * (an import at the command line) goes unseen.
 */
final class HistoryCache {
    static final long FRESH_MILLIS = 10_000;
    private static final int MAX_ENTRIES = 2_000;

    private record Key(long athleteId, long changes, long today, int days, Work work) {}

    private record Entry(History history, long madeAt) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    History get(long athleteId, long changes, long today, int days, Work work, Supplier<History> compute) {
        Key key = new Key(athleteId, changes, today, days, work);
        long now = System.currentTimeMillis();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.madeAt() < FRESH_MILLIS) {
            return entry.history();
        }
        History history = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(history, now));
        return history;
    }
}
