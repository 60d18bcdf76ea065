package org.runmuscle.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The athletes of one history database: listing, adding, renaming and removing them, and each
 * one's history. Names are unique whatever their case ("Anna" and "anna" are one athlete).
 */
public final class Athletes {
    /** The athlete a history gets when it is first used without naming one. */
    public static final String DEFAULT_NAME = "me";

    private final Database database;

    public Athletes(Database database) {
        this.database = database;
    }

    public List<Athlete> list() {
        return database.jdbi().withExtension(AthleteDao.class, AthleteDao::all);
    }

    public Optional<Athlete> byId(long id) {
        return database.jdbi().withExtension(AthleteDao.class, dao -> dao.byId(id)).stream()
                .findFirst();
    }

    public Optional<Athlete> byName(String name) {
        return database.jdbi().withExtension(AthleteDao.class, dao -> dao.byName(name)).stream()
                .findFirst();
    }

    /** Adds an athlete with a default profile; a taken name is a {@link StoreException}. */
    public Athlete add(String name) {
        try {
            long id = database.jdbi().inTransaction(handle -> {
                AthleteDao dao = handle.attach(AthleteDao.class);
                if (!dao.byName(name).isEmpty()) {
                    throw new StoreException(taken(name));
                }
                return dao.insert(name, System.currentTimeMillis());
            });
            return byId(id).orElseThrow();
        } catch (UnableToExecuteStatementException e) {
            throw new StoreException(taken(name), e); // added concurrently
        }
    }

    /** Renames an athlete; false when there is none with that id; a taken name is a {@link StoreException}. */
    public boolean rename(long id, String name) {
        try {
            return database.jdbi().inTransaction(handle -> {
                AthleteDao dao = handle.attach(AthleteDao.class);
                if (dao.byName(name).stream().anyMatch(a -> a.id() != id)) {
                    throw new StoreException(taken(name));
                }
                return dao.rename(id, name) > 0;
            });
        } catch (UnableToExecuteStatementException e) {
            throw new StoreException(taken(name), e);
        }
    }

    private static String taken(String name) {
        return "an athlete named '" + name + "' already exists";
    }

    /** Saves the profile fields of {@code athlete} (not its name); false when there is no such athlete. */
    public boolean saveProfile(Athlete athlete) {
        return database.jdbi()
                        .withExtension(
                                AthleteDao.class,
                                dao -> dao.saveProfile(
                                        athlete.id(),
                                        Columns.orNull(athlete.massKg()),
                                        athlete.level(),
                                        athlete.equipment(),
                                        Columns.orNull(athlete.hrMax()),
                                        Columns.orNull(athlete.hrRest()),
                                        athlete.timeZone(),
                                        athlete.units()))
                > 0;
    }

    /**
     * Removes an athlete with their files, activities and loads, in one transaction; the number of
     * activities removed, or empty when there was no such athlete.
     */
    public Optional<Integer> remove(long id) {
        try {
            return database.jdbi().inTransaction(handle -> {
                AthleteDao dao = handle.attach(AthleteDao.class);
                dao.deleteLoads(id);
                int activities = dao.deleteActivities(id);
                dao.deleteFiles(id);
                return dao.delete(id) > 0 ? Optional.of(activities) : Optional.empty();
            });
        } finally {
            database.changed(id);
        }
    }

    public int activityCount(long id) {
        return database.jdbi().withExtension(AthleteDao.class, dao -> dao.activityCount(id));
    }

    /** One athlete's history. */
    public HistoryStore history(Athlete athlete) {
        return history(athlete.id());
    }

    /** The history of the athlete with this id (an id known to exist: a removed athlete's history is empty). */
    public HistoryStore history(long athleteId) {
        return new HistoryStore(database, athleteId);
    }

    /**
     * The only athlete, added as {@value #DEFAULT_NAME} when there is none yet; empty when there
     * are several and one must be named.
     */
    public Optional<Athlete> only() {
        List<Athlete> all = list();
        if (all.isEmpty()) {
            try {
                return Optional.of(add(DEFAULT_NAME));
            } catch (StoreException e) {
                return byName(DEFAULT_NAME); // added by a concurrent command
            }
        }
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    public Database database() {
        return database;
    }
}
