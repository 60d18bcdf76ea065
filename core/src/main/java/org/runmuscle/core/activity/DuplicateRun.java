package org.runmuscle.core.activity;

/**
 * When two recordings of one athlete are the same run (a FIT and a GPX of it, or two services'
 * exports): the same sport, a start within {@link #START_MILLIS} and a distance within
 * {@link #DISTANCE_SHARE} of it, or {@link #DISTANCE_FLOOR_METERS}. The store's import and the batch
 * job both apply this one rule.
 */
public final class DuplicateRun {
    /** The starts differ by at most this much... */
    public static final long START_MILLIS = 60_000;
    /** ...and the distances by this share. Estimated: GPX and FIT distances of one run differ by 1-2 %. */
    public static final double DISTANCE_SHARE = 0.03;
    /** ...or by this much, for short runs. */
    public static final double DISTANCE_FLOOR_METERS = 50;

    private DuplicateRun() {}

    /** How far another recording's distance may be from {@code distanceMeters}; 0 when it is unknown. */
    public static double distanceTolerance(double distanceMeters) {
        return Double.isNaN(distanceMeters) ? 0 : Math.max(DISTANCE_FLOOR_METERS, distanceMeters * DISTANCE_SHARE);
    }
}
