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
    LONGITUDE,
    // Running dynamics (a chest strap or foot pod), appended: stored samples keep their channel
    // numbers, so histories written before these existed decode unchanged.
    /** Milliseconds a foot is on the ground in a step (ground contact time, stance time). */
    GROUND_CONTACT,
    /** The left foot's share of the two feet's ground contact time, percent (50 is even). */
    CONTACT_BALANCE_LEFT,
    /** Millimetres the body rises and falls in a step. */
    VERTICAL_OSCILLATION,
    /** Metres from one foot's landing to the other's. */
    STEP_LENGTH
}
