package org.runmuscle.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.runmuscle.core.activity.ActivitySummary;
import org.runmuscle.core.activity.Samples;

/**
 * The runner's history: imported files, activities with their samples, per-muscle loads and the
 * athlete profile. Saving a file is one transaction: all of it or nothing, so a killed import
 * leaves the database consistent and the next import finishes the job.
 */
public final class HistoryStore implements AutoCloseable {

    private final Database database;
    private final long athleteId;

    /** The history of one athlete ({@link Athletes#history} makes one). */
    HistoryStore(Database database, long athleteId) {
        this.database = database;
        this.athleteId = athleteId;
    }

    /** The history of the only athlete, added when there is none; for single-athlete tools and tests. */
    public static HistoryStore single(Database database) {
        Athletes athletes = new Athletes(database);
        Athlete athlete =
                athletes.only().orElseThrow(() -> new StoreException("the history holds several athletes; name one"));
        return athletes.history(athlete);
    }

    public long athleteId() {
        return athleteId;
    }

    /** This process's count of changes to this history ({@link Database#changes}). */
    public long changes() {
        return database.changes(athleteId);
    }

    /** Closes the database's connections (shared with every other athlete's store of the database). */
    @Override
    public void close() {
        database.close();
    }

    /** This athlete's strength sessions. */
    public StrengthLog strength() {
        return new StrengthLog(database, athleteId);
    }

    public boolean hasFile(String contentHash) {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.fileCount(athleteId, contentHash) > 0);
    }

    /**
     * Saves one file and its activities in one transaction. Sessions that are the same run as one
     * already stored (same sport, start within a minute, distance within 3 %) are counted as
     * duplicates and not stored again. A file already imported (its hash is known, perhaps saved
     * by a concurrent import) changes nothing.
     */
    public SavedFile save(String contentHash, String fileName, String format, List<NewActivity> activities) {
        return save(contentHash, fileName, format, activities, null);
    }

    /**
     * As {@link #save(String, String, String, List)}, keeping the file's bytes too, already deflated
     * ({@link Deflation#deflate}, which the importer runs beside the decoding).
     */
    public SavedFile save(
            String contentHash, String fileName, String format, List<NewActivity> activities, byte[] deflated) {
        return save(contentHash, fileName, format, activities, deflated, List.of());
    }

    /** As {@link #save(String, String, String, List, byte[])}, with the file's strength sessions too. */
    public SavedFile save(
            String contentHash,
            String fileName,
            String format,
            List<NewActivity> activities,
            byte[] deflated,
            List<StrengthLog.Entry> strength) {
        try {
            return database.jdbi().inTransaction(handle -> {
                SavedFile saved = saveIn(handle, contentHash, fileName, format, activities);
                if (!saved.alreadyImported() && deflated != null) {
                    handle.attach(HistoryDao.class).insertOriginal(athleteId, contentHash, deflated);
                }
                if (!saved.alreadyImported()) {
                    StrengthLog log = strength();
                    for (StrengthLog.Entry entry : strength) {
                        log.insert(handle, entry.session(), entry.loads());
                    }
                }
                return saved;
            });
        } catch (UnableToExecuteStatementException e) {
            if (hasFile(contentHash)) {
                return new SavedFile(0, 0, true);
            }
            throw new StoreException("cannot save " + fileName + ": " + Database.oneLine(e), e);
        } finally {
            database.changed(athleteId); // after the write: a reader's cache made before it is then stale
        }
    }

    private SavedFile saveIn(Handle handle, String hash, String name, String format, List<NewActivity> activities) {
        HistoryDao dao = handle.attach(HistoryDao.class);
        if (dao.fileCount(athleteId, hash) > 0) {
            return new SavedFile(0, 0, true);
        }
        int duplicates = 0;
        List<NewActivity> fresh = new ArrayList<>();
        for (NewActivity activity : activities) {
            if (SameRun.stored(dao, athleteId, activity)) {
                duplicates++;
            } else {
                fresh.add(activity);
            }
        }
        dao.insertFile(athleteId, hash, name, format, System.currentTimeMillis(), fresh.size(), duplicates);
        for (NewActivity a : fresh) {
            ActivitySummary s = a.summary();
            long start = a.activity().startTime().toEpochMilli();
            long id = dao.insertActivity(
                    athleteId,
                    hash,
                    a.sessionIndex(),
                    a.activity().sport().id(),
                    start,
                    s.elapsedSeconds(),
                    s.movingSeconds(),
                    Columns.orNull(s.distanceMeters()),
                    Columns.orNull(s.avgHeartRate()),
                    Columns.orNull(s.maxHeartRate()),
                    Columns.orNull(s.avgCadenceSpm()),
                    Columns.orNull(s.ascentMeters()),
                    Columns.orNull(s.descentMeters()),
                    a.activity().device(),
                    a.massKg(),
                    a.modelVersion(),
                    SampleCodec.encode(a.activity().samples()),
                    a.activity().name(),
                    a.gear());
            insertLoads(dao, athleteId, id, epochDay(a.activity().startTime()), a.muscleLoads());
        }
        return new SavedFile(fresh.size(), duplicates, false);
    }

    private static void insertLoads(HistoryDao dao, long athlete, long activityId, long day, List<MuscleLoad> loads) {
        if (!loads.isEmpty()) {
            dao.insertMuscleLoads(athlete, activityId, day, loads);
        }
    }

    static long epochDay(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    public List<StoredActivity> activities(Optional<Instant> since) {
        long from = since.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.activitiesSince(athleteId, from));
    }

    /** The activities stored from one file (by its content hash), in session order. */
    public List<StoredActivity> activitiesOfFile(String contentHash) {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.activitiesOfFile(athleteId, contentHash));
    }

    public Optional<StoredActivity> activity(long id) {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.activity(athleteId, id)).stream()
                .findFirst();
    }

    public Samples samples(long id) {
        byte[] stored = database.jdbi().withExtension(HistoryDao.class, dao -> dao.samples(athleteId, id)).stream()
                .findFirst()
                .orElseThrow(() -> new StoreException("no activity " + id));
        return SampleCodec.decode(stored);
    }

    public List<MuscleLoad> muscleLoads(long activityId) {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.muscleLoads(athleteId, activityId));
    }

    /** Per muscle and day, the summed load (running and strength) of the days {@code fromDay} to {@code toDay}. */
    public List<DailyLoad> dailyLoads(long fromDay, long toDay) {
        return dailyLoads(fromDay, toDay, Work.ALL);
    }

    /** As {@link #dailyLoads(long, long)}, of running only, strength only, or both. */
    public List<DailyLoad> dailyLoads(long fromDay, long toDay, Work work) {
        return database.jdbi().withExtension(HistoryDao.class, dao -> switch (work) {
            case RUNNING -> dao.dailyLoads(athleteId, fromDay, toDay);
            case STRENGTH -> dao.dailyStrengthLoads(athleteId, fromDay, toDay);
            // Two queries merged here: each reads its covering index in (day, muscle) order and groups
            // as it goes, where one UNION ALL query sorted every row again (77 ms for a year of 1,000
            // runs; bench import).
            case ALL ->
                DailyLoads.merged(
                        dao.dailyLoads(athleteId, fromDay, toDay), dao.dailyStrengthLoads(athleteId, fromDay, toDay));
        });
    }

    public List<Contribution> contributions(long fromDay, long toDay) {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.contributions(athleteId, fromDay, toDay));
    }

    /** Replaces an activity's muscle loads (after a model change), in one transaction. */
    public void replaceLoads(long activityId, Instant start, int modelVersion, double massKg, List<MuscleLoad> loads) {
        try {
            database.jdbi().useTransaction(handle -> {
                HistoryDao dao = handle.attach(HistoryDao.class);
                dao.deleteMuscleLoads(athleteId, activityId);
                insertLoads(dao, athleteId, activityId, epochDay(start), loads);
                dao.setModel(athleteId, activityId, modelVersion, massKg);
            });
        } finally {
            database.changed(athleteId);
        }
    }

    /**
     * Deletes an activity and its muscle loads, in one transaction; false if there was none. Its
     * file stays known, so importing the same file again does not bring the activity back.
     */
    public boolean deleteActivity(long id) {
        try {
            return database.jdbi().inTransaction(handle -> {
                HistoryDao dao = handle.attach(HistoryDao.class);
                dao.deleteMuscleLoads(athleteId, id);
                return dao.deleteActivity(athleteId, id) > 0;
            });
        } finally {
            database.changed(athleteId);
        }
    }

    /**
     * Sets an activity's sport and name. An activity that is no longer a run loses its muscle
     * loads in the same transaction; one that becomes a run is given them by the caller.
     */
    public boolean updateActivity(long id, String sport, String name) {
        try {
            return database.jdbi().inTransaction(handle -> {
                HistoryDao dao = handle.attach(HistoryDao.class);
                if (!sport.equals("running")) {
                    dao.deleteMuscleLoads(athleteId, id);
                }
                return dao.updateActivity(athleteId, id, sport, name) > 0;
            });
        } finally {
            database.changed(athleteId);
        }
    }

    /** The bytes of a file as it was imported; empty when the history did not keep them (before 0.4). */
    public Optional<byte[]> original(String contentHash) {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.original(athleteId, contentHash)).stream()
                .findFirst()
                .map(Deflation::inflate);
    }

    /** Every file imported for this athlete, oldest first. */
    public List<FileRecord> files() {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.files(athleteId));
    }

    public List<Long> runningIds() {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.runningIds(athleteId));
    }

    /** This athlete and their profile. */
    public Athlete athlete() {
        return new Athletes(database)
                .byId(athleteId)
                .orElseThrow(() -> new StoreException("athlete " + athleteId + " was removed"));
    }

    /** Saves this athlete's profile (all but the name and id, which stay). */
    public void saveAthlete(Athlete athlete) {
        new Athletes(database).saveProfile(athlete.withId(athleteId));
        database.changed(athleteId);
    }

    public int activityCount() {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.activityCount(athleteId));
    }

    /** Running activities without muscle loads: none, in a consistent history. */
    public int runsWithoutLoads() {
        return database.jdbi().withExtension(HistoryDao.class, dao -> dao.runsWithoutLoads(athleteId));
    }
}
