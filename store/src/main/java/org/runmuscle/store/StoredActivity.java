package org.runmuscle.store;

import java.time.Instant;

/**
 * An imported activity's summary as stored. NaN marks a figure the recording could not give.
 *
 * @param id            the database id, used by {@code runmuscle run ID}
 * @param contentHash   SHA-256 of the file it came from
 * @param sessionIndex  which session of that file (0 for single-session files)
 * @param modelVersion  the load model that produced its muscle loads
 * @param name          its title, "" if it has none
 * @param gear          shoes or bike as the export named them, "" if none
 */
public record StoredActivity(
        long id,
        String contentHash,
        int sessionIndex,
        String sport,
        Instant startTime,
        double elapsedSeconds,
        double movingSeconds,
        double distanceMeters,
        double avgHeartRate,
        double maxHeartRate,
        double avgCadenceSpm,
        double ascentMeters,
        double descentMeters,
        String device,
        double massKg,
        int modelVersion,
        String name,
        String gear) {}
