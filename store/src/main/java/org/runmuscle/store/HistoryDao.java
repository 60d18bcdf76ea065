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

    @SqlQuery("SELECT COUNT(*) FROM source_file WHERE content_hash = :hash")
    int fileCount(@Bind("hash") String hash);

    @SqlUpdate("INSERT INTO source_file (content_hash, file_name, format, imported_at, activities, duplicates) "
            + "VALUES (:hash, :name, :format, :at, :activities, :duplicates)")
    void insertFile(
            @Bind("hash") String hash,
            @Bind("name") String name,
            @Bind("format") String format,
            @Bind("at") long at,
            @Bind("activities") int activities,
            @Bind("duplicates") int duplicates);

    @SqlUpdate("INSERT INTO activity (content_hash, session_index, sport, start_time, elapsed_s, moving_s, distance_m, "
            + "avg_hr, max_hr, avg_cadence, ascent_m, descent_m, device, mass_kg, model_version, samples, name, gear) "
            + "VALUES (:hash, "
            + ":session, :sport, :start, :elapsed, :moving, :distance, :avgHr, :maxHr, :cadence, :ascent, :descent, "
            + ":device, :mass, :model, :samples, :name, :gear)")
    @GetGeneratedKeys
    long insertActivity(
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
    @SqlBatch("INSERT INTO muscle_load (activity_id, day, muscle, load_bw_s, concentric_bw_s, eccentric_bw_s, "
            + "isometric_bw_s, damaging_bw_s) VALUES (:activity, :day, :m.muscle, :m.loadBwSeconds, "
            + ":m.concentricBwSeconds, :m.eccentricBwSeconds, :m.isometricBwSeconds, :m.damagingBwSeconds)")
    void insertMuscleLoads(
            @Bind("activity") long activity, @Bind("day") long day, @BindMethods("m") List<MuscleLoad> loads);

    @SqlQuery("SELECT COUNT(*) FROM activity WHERE sport = :sport AND start_time BETWEEN :from AND :to "
            + "AND (distance_m IS NULL OR :distance IS NULL OR ABS(distance_m - :distance) <= :tolerance)")
    int similarCount(
            @Bind("sport") String sport,
            @Bind("from") long from,
            @Bind("to") long to,
            @Bind("distance") Double distance,
            @Bind("tolerance") double tolerance);

    @SqlQuery("SELECT " + ACTIVITY_COLUMNS + " FROM activity WHERE start_time >= :since ORDER BY start_time, id")
    List<StoredActivity> activitiesSince(@Bind("since") long since);

    @SqlQuery("SELECT " + ACTIVITY_COLUMNS + " FROM activity WHERE content_hash = :hash ORDER BY session_index")
    List<StoredActivity> activitiesOfFile(@Bind("hash") String hash);

    @SqlQuery("SELECT " + ACTIVITY_COLUMNS + " FROM activity WHERE id = :id")
    List<StoredActivity> activity(@Bind("id") long id);

    @SqlQuery("SELECT samples FROM activity WHERE id = :id")
    List<byte[]> samples(@Bind("id") long id);

    @SqlQuery(
            "SELECT muscle, load_bw_s, concentric_bw_s, eccentric_bw_s, isometric_bw_s, damaging_bw_s FROM muscle_load "
                    + "WHERE activity_id = :id ORDER BY muscle")
    List<MuscleLoad> muscleLoads(@Bind("id") long id);

    @SqlQuery("SELECT day, muscle, SUM(load_bw_s) AS load_bw_s, SUM(eccentric_bw_s) AS eccentric_bw_s, "
            + "SUM(damaging_bw_s) AS damaging_bw_s FROM muscle_load "
            + "WHERE day BETWEEN :from AND :to GROUP BY day, muscle ORDER BY day, muscle")
    List<DailyLoad> dailyLoads(@Bind("from") long from, @Bind("to") long to);

    @SqlQuery("SELECT activity_id, day, muscle, load_bw_s, eccentric_bw_s FROM muscle_load "
            + "WHERE day BETWEEN :from AND :to ORDER BY day, activity_id, muscle")
    List<Contribution> contributions(@Bind("from") long from, @Bind("to") long to);

    @SqlUpdate("DELETE FROM muscle_load WHERE activity_id = :id")
    void deleteMuscleLoads(@Bind("id") long id);

    @SqlUpdate("UPDATE activity SET model_version = :model, mass_kg = :mass WHERE id = :id")
    void setModel(@Bind("id") long id, @Bind("model") int model, @Bind("mass") double mass);

    @SqlUpdate("DELETE FROM activity WHERE id = :id")
    int deleteActivity(@Bind("id") long id);

    @SqlUpdate("UPDATE activity SET sport = :sport, name = :name WHERE id = :id")
    int updateActivity(@Bind("id") long id, @Bind("sport") String sport, @Bind("name") String name);

    @SqlQuery("SELECT id FROM activity WHERE sport = 'running' ORDER BY id")
    List<Long> runningIds();

    @SqlQuery("SELECT mass_kg, level, equipment FROM athlete WHERE id = 1")
    List<Athlete> athlete();

    @SqlUpdate("INSERT INTO athlete (id, mass_kg, level, equipment) VALUES (1, :mass, :level, :equipment) "
            + "ON CONFLICT (id) DO UPDATE SET mass_kg = excluded.mass_kg, level = excluded.level, "
            + "equipment = excluded.equipment")
    void saveAthlete(@Bind("mass") double mass, @Bind("level") String level, @Bind("equipment") String equipment);

    @SqlQuery("SELECT COUNT(*) FROM activity")
    int activityCount();

    @SqlQuery("SELECT COUNT(*) FROM activity a WHERE a.sport = 'running' AND NOT EXISTS "
            + "(SELECT 1 FROM muscle_load m WHERE m.activity_id = a.id)")
    int runsWithoutLoads();
}
