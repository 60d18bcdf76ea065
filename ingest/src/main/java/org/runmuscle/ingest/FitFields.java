package org.runmuscle.ingest;

/**
 * The field values of the FIT data message being decoded, by field number, with no allocation per
 * message: a value counts only when it was written since {@link #next()} (its stamp is the current
 * generation), so nothing is cleared between messages.
 */
final class FitFields {
    private final long[] raw = new long[256];
    private final int[] stamp = new int[256];
    private int generation;
    /** The last full timestamp seen: compressed timestamps count from it, and records without one take it. */
    private long lastTimestamp = -1;

    /** Starts a new message: every value of the previous one is forgotten. */
    void next() {
        generation++;
    }

    void set(int field, long value) {
        raw[field] = value;
        stamp[field] = generation;
    }

    boolean has(int field) {
        return stamp[field] == generation;
    }

    /** The raw value; only meaningful where {@link #has(int)}. */
    long get(int field) {
        return raw[field];
    }

    long lastTimestamp() {
        return lastTimestamp;
    }

    void lastTimestamp(long timestamp) {
        lastTimestamp = timestamp;
    }
}
