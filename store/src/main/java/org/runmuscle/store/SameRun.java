package org.runmuscle.store;

import org.runmuscle.core.activity.DuplicateRun;

/** Whether an activity is one already stored from another file, by {@link DuplicateRun}'s rule. */
final class SameRun {
    private SameRun() {}

    static boolean stored(HistoryDao dao, long athlete, NewActivity activity) {
        long start = activity.activity().startTime().toEpochMilli();
        double distance = activity.summary().distanceMeters();
        return dao.similarCount(
                        athlete,
                        activity.activity().sport().id(),
                        start - DuplicateRun.START_MILLIS,
                        start + DuplicateRun.START_MILLIS,
                        Columns.orNull(distance),
                        DuplicateRun.distanceTolerance(distance))
                > 0;
    }
}
