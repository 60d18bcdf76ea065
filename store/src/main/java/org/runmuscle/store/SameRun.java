package org.runmuscle.store;

/**
 * Whether an activity is one already stored from another file: the same run exported twice (FIT
 * and GPX, say), or by two services.
 */
final class SameRun {
    /** The same run exported twice (FIT and GPX, say) starts within this much... */
    static final long DUPLICATE_START_MILLIS = 60_000;
    /** ...and has a distance within this share. Estimated: GPX and FIT distances of one run differ by 1-2 %. */
    static final double DUPLICATE_DISTANCE_SHARE = 0.03;

    private SameRun() {}

    static boolean stored(HistoryDao dao, long athlete, NewActivity activity) {
        long start = activity.activity().startTime().toEpochMilli();
        double distance = activity.summary().distanceMeters();
        double tolerance = Double.isNaN(distance) ? 0 : Math.max(50, distance * DUPLICATE_DISTANCE_SHARE);
        return dao.similarCount(
                        athlete,
                        activity.activity().sport().id(),
                        start - DUPLICATE_START_MILLIS,
                        start + DUPLICATE_START_MILLIS,
                        Columns.orNull(distance),
                        tolerance)
                > 0;
    }
}
