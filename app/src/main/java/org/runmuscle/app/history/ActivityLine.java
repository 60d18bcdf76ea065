package org.runmuscle.app.history;

import org.runmuscle.app.output.Numbers;
import org.runmuscle.store.StoredActivity;

/**
 * One line of the activity list: {@code runs --format json} and {@code GET /api/v1/activities} (field names are API).
 */
public record ActivityLine(
        long id,
        String startTime,
        String sport,
        Double distanceMeters,
        Double movingSeconds,
        String name,
        String gear) {
    public static ActivityLine of(StoredActivity a) {
        return new ActivityLine(
                a.id(),
                a.startTime().toString(),
                a.sport(),
                Numbers.round(a.distanceMeters(), 1),
                Numbers.round(a.movingSeconds(), 1),
                a.name(),
                a.gear());
    }
}
