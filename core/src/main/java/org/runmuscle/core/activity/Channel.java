package org.runmuscle.core.activity;

/** One column of {@link Samples}, with its unit. */
public enum Channel {
    /** Seconds since 1970-01-01T00:00:00Z, fractional where the file has sub-second times. */
    TIME,
    /** Metres from the start of the activity, cumulative. */
    DISTANCE,
    /** Metres above sea level. */
    ALTITUDE,
    /** Metres per second. */
    SPEED,
    /** Beats per minute. */
    HEART_RATE,
    /** Steps per minute for foot sports (both legs), revolutions per minute otherwise. */
    CADENCE,
    /** Watts. */
    POWER,
    /** Degrees north, WGS 84. */
    LATITUDE,
    /** Degrees east, WGS 84. */
    LONGITUDE
}
