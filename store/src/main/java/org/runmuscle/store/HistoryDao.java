package org.runmuscle.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of the history, one statement per method; used inside {@link HistoryStore}'s transactions. */
interface HistoryDao {
    String ACTIVITY_COLUMNS =
            "id, content_hash, session_index, sport, start_time, elapsed_s, moving_s, distance_m, avg_hr, "
                    + "max_hr, avg_cadence, ascent_m, descent_m, device, mass_kg, model_version, name, gear";

    @SqlQuery("SELECT COUNT(*) FROM source_file WHERE athlete_id = :athlete AND content_hash = :hash")
    int fileCount(@Bind("athlete") long athlete, @Bind("hash") String hash);

    @SqlUpdate("INSERT INTO source_file (athlete_id, content_hash, file_name, format, imported_at, activities, "
            + "duplicates) "
            + "VALUES (:athlete, :hash, :name, :format, :at, :activities, :duplicates)")
    void insertFile(
            @Bind("athlete") long athlete,
            @Bind("hash") String hash,
            @Bind("name") String name,
            @Bind("format") String format,
            @Bind("at") long at,
            @Bind("activities") int activities,
            @Bind("duplicates") int duplicates);

    @SqlUpdate("INSERT INTO activity (athlete_id, content_hash, session_index, sport, start_time, elapsed_s, "
            + "moving_s, distance_m, "
            + "avg_hr, max_hr, avg_cadence, ascent_m, descent_m, device, mass_kg, model_version, "
            + "samples, name, gear) "
            + "VALUES (:athlete, :hash, "
            + ":session, :sport, :start, :elapsed, :moving, :distance, :avgHr, :maxHr, :cadence, "
            + ":ascent, :descent, "
            + ":device, :mass, :model, :samples, :name, :gear)")
    @GetGeneratedKeys
    long insertActivity(
            @Bind("athlete") long athlete,
            @Bind("hash") String hash,
            @Bind("session") int session,
            @Bind("sport") String sport,
            @Bind("start") long start,
            @Bind("elapsed") double elapsed,
            @Bind("moving") double moving,
            @Bind("distance") Double distance,
            @Bind("avgHr") Double avgHr,
            @Bind("maxHr") Double maxHr,
            @Bind("cadence") Double cadence,
            @Bind("ascent") Double ascent,
            @Bind("descent") Double descent,
            @Bind("device") String device,
            @Bind("mass") double mass,
            @Bind("model") int model,
            @Bind("samples") byte[] samples,
            @Bind("name") String name,
            @Bind("gear") String gear);

    /** One statement sent as a batch: 44 single inserts per run were a tenth of the import's time. */
    @SqlBatch("INSERT INTO muscle_load (athlete_id, activity_id, day, muscle, load_bw_s, concentric_bw_s, "
            + "eccentric_bw_s, "
            + "isometric_bw_s, damaging_bw_s) VALUES (:athlete, :activity, :day, :m.muscle, :m.loadBwSeconds, "
            + ":m.concentricBwSeconds, :m.eccentricBwSeconds, :m.isometricBwSeconds, :m.damagingBwSeconds)")
    void insertMuscleLoads(
            @Bind("athlete") long athlete,
            @Bind("activity") long activity,
            @Bind("day") long day,
            @BindMethods("m") List<MuscleLoad> loads);

    @SqlQuery("SELECT COUNT(*) FROM activity WHERE athlete_id = :athlete AND sport = :sport AND start_time "
            + "BETWEEN :from AND :to "
            + "AND (distance_m IS NULL OR :distance IS NULL OR ABS(distance_m - :distance) <= :tolerance)")
    int similarCount(
            @Bind("athlete") long athlete,
            @Bind("sport") String sport,
            @Bind("from") long from,
            @Bind("to") long to,
            @Bind("distance") Double distance,
            @Bind("tolerance") double tolerance);

    @SqlQuery("SELECT " + ACTIVITY_COLUMNS + " FROM activity WHERE athlete_id = :athlete AND start_time >= :since "
            + "ORDER BY start_time, id")
    List<StoredActivity> activitiesSince(@Bind("athlete") long athlete, @Bind("since") long since);

    @SqlQuery("SELECT " + ACTIVITY_COLUMNS + " FROM activity WHERE athlete_id = :athlete AND content_hash = :hash "
            + "ORDER BY session_index")
    List<StoredActivity> activitiesOfFile(@Bind("athlete") long athlete, @Bind("hash") String hash);

    @SqlQuery("SELECT " + ACTIVITY_COLUMNS + " FROM activity WHERE athlete_id = :athlete AND id = :id")
    List<StoredActivity> activity(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlQuery("SELECT samples FROM activity WHERE athlete_id = :athlete AND id = :id")
    List<byte[]> samples(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlQuery(
            "SELECT muscle, load_bw_s, concentric_bw_s, eccentric_bw_s, isometric_bw_s, damaging_bw_s FROM muscle_load "
                    + "WHERE athlete_id = :athlete AND activity_id = :id ORDER BY muscle")
    List<MuscleLoad> muscleLoads(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlQuery("SELECT day, muscle, SUM(load_bw_s) AS load_bw_s, SUM(eccentric_bw_s) AS eccentric_bw_s, "
            + "SUM(damaging_bw_s) AS damaging_bw_s FROM muscle_load "
            + "WHERE athlete_id = :athlete AND day BETWEEN :from AND :to GROUP BY day, muscle ORDER BY day, muscle")
    List<DailyLoad> dailyLoads(@Bind("athlete") long athlete, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("SELECT day, muscle, SUM(load_bw_s) AS load_bw_s, SUM(eccentric_bw_s) AS eccentric_bw_s, "
            + "SUM(damaging_bw_s) AS damaging_bw_s FROM strength_load "
            + "WHERE athlete_id = :athlete AND day BETWEEN :from AND :to GROUP BY day, muscle ORDER BY day, muscle")
    List<DailyLoad> dailyStrengthLoads(@Bind("athlete") long athlete, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("SELECT activity_id, day, muscle, load_bw_s, eccentric_bw_s FROM muscle_load "
            + "WHERE athlete_id = :athlete AND day BETWEEN :from AND :to ORDER BY day, activity_id, muscle")
    List<Contribution> contributions(@Bind("athlete") long athlete, @Bind("from") long from, @Bind("to") long to);

    @SqlUpdate("DELETE FROM muscle_load WHERE athlete_id = :athlete AND activity_id = :id")
    void deleteMuscleLoads(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlUpdate("UPDATE activity SET model_version = :model, mass_kg = :mass WHERE athlete_id = :athlete AND id = :id")
    void setModel(
            @Bind("athlete") long athlete, @Bind("id") long id, @Bind("model") int model, @Bind("mass") double mass);

    @SqlUpdate("DELETE FROM activity WHERE athlete_id = :athlete AND id = :id")
    int deleteActivity(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlUpdate("UPDATE activity SET sport = :sport, name = :name WHERE athlete_id = :athlete AND id = :id")
    int updateActivity(
            @Bind("athlete") long athlete, @Bind("id") long id, @Bind("sport") String sport, @Bind("name") String name);

    @SqlQuery("SELECT id FROM activity WHERE athlete_id = :athlete AND sport = 'running' ORDER BY id")
    List<Long> runningIds(@Bind("athlete") long athlete);

    @SqlQuery("SELECT COUNT(*) FROM activity WHERE athlete_id = :athlete")
    int activityCount(@Bind("athlete") long athlete);

    @SqlQuery("SELECT COUNT(*) FROM activity a WHERE a.athlete_id = :athlete AND a.sport = 'running' AND NOT EXISTS "
            + "(SELECT 1 FROM muscle_load m WHERE m.activity_id = a.id)")
    int runsWithoutLoads(@Bind("athlete") long athlete);

    @SqlUpdate("INSERT INTO original_file (athlete_id, content_hash, deflated) VALUES (:athlete, :hash, :bytes)")
    void insertOriginal(@Bind("athlete") long athlete, @Bind("hash") String hash, @Bind("bytes") byte[] deflated);

    @SqlQuery("SELECT deflated FROM original_file WHERE athlete_id = :athlete AND content_hash = :hash")
    List<byte[]> original(@Bind("athlete") long athlete, @Bind("hash") String hash);

    @SqlQuery("SELECT f.content_hash, f.file_name, f.format, f.imported_at, "
            + "EXISTS (SELECT 1 FROM original_file o WHERE o.athlete_id = f.athlete_id "
            + "AND o.content_hash = f.content_hash) AS original "
            + "FROM source_file f WHERE f.athlete_id = :athlete ORDER BY f.imported_at, f.content_hash")
    List<FileRecord> files(@Bind("athlete") long athlete);
}
