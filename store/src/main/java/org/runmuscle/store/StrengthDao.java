package org.runmuscle.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of the strength log, one statement per method; used inside {@link StrengthLog}'s transactions. */
interface StrengthDao {
    String SESSION_COLUMNS =
            "id, day, start_time, minutes, rpe, source, planned_day, content_hash, note, mass_kg, " + "model_version";

    @SqlUpdate("INSERT INTO strength_session (athlete_id, day, start_time, minutes, rpe, source, planned_day, "
            + "content_hash, note, mass_kg, model_version, created_at) VALUES (:athlete, :day, :start, :minutes, "
            + ":rpe, :source, :planned, :hash, :note, :mass, :model, :at)")
    @GetGeneratedKeys
    long insertSession(
            @Bind("athlete") long athlete,
            @Bind("day") long day,
            @Bind("start") Long start,
            @Bind("minutes") double minutes,
            @Bind("rpe") Double rpe,
            @Bind("source") String source,
            @Bind("planned") Long planned,
            @Bind("hash") String contentHash,
            @Bind("note") String note,
            @Bind("mass") double mass,
            @Bind("model") int model,
            @Bind("at") long at);

    @SqlBatch("INSERT INTO strength_set (session_id, set_index, exercise, reps, seconds, load_kg, rir, rpe) "
            + "VALUES (:session, :index, :s.exercise, :s.reps, :s.seconds, :s.loadKg, :rir, :rpe)")
    void insertSets(
            @Bind("session") long session,
            @Bind("index") List<Integer> index,
            @BindMethods("s") List<StrengthSet> sets,
            @Bind("rir") List<Double> rir,
            @Bind("rpe") List<Double> rpe);

    @SqlBatch("INSERT INTO strength_load (athlete_id, session_id, day, muscle, load_bw_s, concentric_bw_s, "
            + "eccentric_bw_s, isometric_bw_s, damaging_bw_s) VALUES (:athlete, :session, :day, :m.muscle, "
            + ":m.loadBwSeconds, :m.concentricBwSeconds, :m.eccentricBwSeconds, :m.isometricBwSeconds, "
            + ":m.damagingBwSeconds)")
    void insertLoads(
            @Bind("athlete") long athlete,
            @Bind("session") long session,
            @Bind("day") long day,
            @BindMethods("m") List<MuscleLoad> loads);

    @SqlQuery("SELECT " + SESSION_COLUMNS + " FROM strength_session WHERE athlete_id = :athlete "
            + "AND day BETWEEN :from AND :to ORDER BY day, id")
    List<StrengthSession> sessions(@Bind("athlete") long athlete, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("SELECT " + SESSION_COLUMNS + " FROM strength_session WHERE athlete_id = :athlete AND id = :id")
    List<StrengthSession> session(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlQuery("SELECT s.session_id, s.exercise, s.reps, s.seconds, s.load_kg, s.rir, s.rpe FROM strength_set s "
            + "JOIN strength_session p ON p.id = s.session_id WHERE p.athlete_id = :athlete "
            + "AND p.day BETWEEN :from AND :to ORDER BY s.session_id, s.set_index")
    List<StrengthSetRow> sets(@Bind("athlete") long athlete, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("SELECT s.session_id, s.exercise, s.reps, s.seconds, s.load_kg, s.rir, s.rpe FROM strength_set s "
            + "JOIN strength_session p ON p.id = s.session_id WHERE p.athlete_id = :athlete AND p.id = :id "
            + "ORDER BY s.set_index")
    List<StrengthSetRow> setsOf(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlQuery("SELECT muscle, load_bw_s, concentric_bw_s, eccentric_bw_s, isometric_bw_s, damaging_bw_s "
            + "FROM strength_load WHERE athlete_id = :athlete AND session_id = :id ORDER BY muscle")
    List<MuscleLoad> loads(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlUpdate("DELETE FROM strength_load WHERE athlete_id = :athlete AND session_id = :id")
    void deleteLoads(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlUpdate("DELETE FROM strength_set WHERE session_id IN "
            + "(SELECT id FROM strength_session WHERE athlete_id = :athlete AND id = :id)")
    void deleteSets(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlUpdate("DELETE FROM strength_session WHERE athlete_id = :athlete AND id = :id")
    int deleteSession(@Bind("athlete") long athlete, @Bind("id") long id);

    @SqlUpdate("UPDATE strength_session SET model_version = :model, mass_kg = :mass "
            + "WHERE athlete_id = :athlete AND id = :id")
    void setModel(
            @Bind("athlete") long athlete, @Bind("id") long id, @Bind("model") int model, @Bind("mass") double mass);

    @SqlQuery("SELECT COUNT(*) FROM strength_session WHERE athlete_id = :athlete AND content_hash = :hash")
    int sessionsOfFile(@Bind("athlete") long athlete, @Bind("hash") String hash);

    /** A set with the session it belongs to, as read back. */
    record StrengthSetRow(long sessionId, StrengthSet set) {}
}
