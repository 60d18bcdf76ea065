package org.runmuscle.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of the athletes and their profiles. */
interface AthleteDao {
    String COLUMNS = "id, name, mass_kg, level, equipment, hr_max, hr_rest, time_zone, units";

    @SqlQuery("SELECT " + COLUMNS + " FROM athlete ORDER BY lower(name), id")
    List<Athlete> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM athlete WHERE id = :id")
    List<Athlete> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM athlete WHERE lower(name) = lower(:name)")
    List<Athlete> byName(@Bind("name") String name);

    @SqlUpdate("INSERT INTO athlete (name, created_at) VALUES (:name, :at)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("at") long at);

    @SqlUpdate("UPDATE athlete SET name = :name WHERE id = :id")
    int rename(@Bind("id") long id, @Bind("name") String name);

    @SqlUpdate("UPDATE athlete SET mass_kg = :mass, level = :level, equipment = :equipment, hr_max = :hrMax, "
            + "hr_rest = :hrRest, time_zone = :zone, units = :units WHERE id = :id")
    int saveProfile(
            @Bind("id") long id,
            @Bind("mass") Double mass,
            @Bind("level") String level,
            @Bind("equipment") String equipment,
            @Bind("hrMax") Double hrMax,
            @Bind("hrRest") Double hrRest,
            @Bind("zone") String zone,
            @Bind("units") String units);

    /** Loads go first: they are not keyed to the athlete row, only through the activity. */
    @SqlUpdate("DELETE FROM muscle_load WHERE athlete_id = :id")
    int deleteLoads(@Bind("id") long id);

    @SqlUpdate("DELETE FROM activity WHERE athlete_id = :id")
    int deleteActivities(@Bind("id") long id);

    @SqlUpdate("DELETE FROM source_file WHERE athlete_id = :id")
    int deleteFiles(@Bind("id") long id);

    @SqlUpdate("DELETE FROM athlete WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM activity WHERE athlete_id = :id")
    int activityCount(@Bind("id") long id);
}
