package org.runmuscle.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;

/**
 * One athlete's logged strength sessions with their sets and per-muscle loads. A session is saved
 * in one transaction with its sets and loads, so a failed save leaves nothing behind.
 */
public final class StrengthLog {
    private final Database database;
    private final long athleteId;

    StrengthLog(Database database, long athleteId) {
        this.database = database;
        this.athleteId = athleteId;
    }

    /** A session to store with its per-muscle loads. */
    public record Entry(StrengthSession session, List<MuscleLoad> loads) {
        public Entry {
            loads = List.copyOf(loads);
        }
    }

    /** Saves a session (its id is ignored) with its loads; the stored session. */
    public StrengthSession add(StrengthSession session, List<MuscleLoad> loads) {
        try {
            return database.jdbi().inTransaction(handle -> session.withId(insert(handle, session, loads)));
        } finally {
            database.changed(athleteId);
        }
    }

    long insert(Handle handle, StrengthSession s, List<MuscleLoad> loads) {
        StrengthDao dao = handle.attach(StrengthDao.class);
        long id = dao.insertSession(
                athleteId,
                s.epochDay(),
                s.start().map(Instant::toEpochMilli).orElse(null),
                s.minutes(),
                Columns.orNull(s.rpe()),
                s.source(),
                s.plannedDay().isPresent() ? s.plannedDay().getAsLong() : null,
                s.contentHash().isEmpty() ? null : s.contentHash(),
                s.note(),
                s.massKg(),
                s.modelVersion(),
                System.currentTimeMillis());
        List<StrengthSet> sets = s.sets();
        if (!sets.isEmpty()) {
            dao.insertSets(
                    id,
                    IntStream.range(0, sets.size()).boxed().toList(),
                    sets,
                    sets.stream().map(x -> Columns.orNull(x.rir())).toList(),
                    sets.stream().map(x -> Columns.orNull(x.rpe())).toList());
        }
        if (!loads.isEmpty()) {
            dao.insertLoads(athleteId, id, s.epochDay(), loads);
        }
        return id;
    }

    /** The sessions of the days {@code fromDay} to {@code toDay}, oldest first, with their sets. */
    public List<StrengthSession> sessions(long fromDay, long toDay) {
        return database.jdbi().withHandle(handle -> {
            StrengthDao dao = handle.attach(StrengthDao.class);
            Map<Long, List<StrengthSet>> sets = new LinkedHashMap<>();
            for (StrengthDao.StrengthSetRow row : dao.sets(athleteId, fromDay, toDay)) {
                sets.computeIfAbsent(row.sessionId(), k -> new ArrayList<>()).add(row.set());
            }
            return dao.sessions(athleteId, fromDay, toDay).stream()
                    .map(s -> withSets(s, sets.getOrDefault(s.id(), List.of())))
                    .toList();
        });
    }

    public Optional<StrengthSession> session(long id) {
        return database.jdbi().withHandle(handle -> {
            StrengthDao dao = handle.attach(StrengthDao.class);
            List<StrengthSet> sets = dao.setsOf(athleteId, id).stream()
                    .map(StrengthDao.StrengthSetRow::set)
                    .toList();
            return dao.session(athleteId, id).stream().findFirst().map(s -> withSets(s, sets));
        });
    }

    private static StrengthSession withSets(StrengthSession s, List<StrengthSet> sets) {
        return new StrengthSession(
                s.id(),
                s.epochDay(),
                s.start(),
                s.minutes(),
                s.rpe(),
                s.source(),
                s.plannedDay(),
                s.contentHash(),
                s.note(),
                s.massKg(),
                s.modelVersion(),
                sets);
    }

    public List<MuscleLoad> loads(long sessionId) {
        return database.jdbi().withExtension(StrengthDao.class, dao -> dao.loads(athleteId, sessionId));
    }

    /** Deletes a session with its sets and loads, in one transaction; false if there was none. */
    public boolean delete(long id) {
        try {
            return database.jdbi().inTransaction(handle -> {
                StrengthDao dao = handle.attach(StrengthDao.class);
                dao.deleteLoads(athleteId, id);
                dao.deleteSets(athleteId, id);
                return dao.deleteSession(athleteId, id) > 0;
            });
        } finally {
            database.changed(athleteId);
        }
    }

    /** Replaces a session's loads (after a model or body-mass change), in one transaction. */
    public void replaceLoads(StrengthSession session, int modelVersion, double massKg, List<MuscleLoad> loads) {
        try {
            database.jdbi().useTransaction(handle -> {
                StrengthDao dao = handle.attach(StrengthDao.class);
                dao.deleteLoads(athleteId, session.id());
                if (!loads.isEmpty()) {
                    dao.insertLoads(athleteId, session.id(), session.epochDay(), loads);
                }
                dao.setModel(athleteId, session.id(), modelVersion, massKg);
            });
        } finally {
            database.changed(athleteId);
        }
    }
}
