package org.runmuscle.ingest;

import java.util.Arrays;
import java.util.TreeMap;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

/**
 * The heart rate a chest strap (HRM-Tri, HRM-Swim, HRM-Pro) stored while the watch could not hear
 * it and sent afterwards: {@code hr} messages (132), appended to the activity as further chained
 * FIT parts. Each holds up to eight beats-per-minute values with their event times in 1/1024 s;
 * the first message of a run of them anchors event time to clock time (its {@code timestamp} and
 * {@code fractional_timestamp} against its one event timestamp), later ones pack their event times
 * as 12-bit values that roll over every 4 s ({@code event_timestamp_12}), accumulated onto the
 * last event time. Field numbers and scales are the FIT profile's.
 */
final class FitHeartRates {
    private static final int FRACTIONAL_TIMESTAMP = 0;
    private static final int FILTERED_BPM = 6;
    private static final int EVENT_TIMESTAMP = 9;
    private static final int EVENT_TIMESTAMP_12 = 10;
    private static final double EVENT_UNITS_PER_SECOND = 1024;

    private final Samples.Builder samples = Samples.builder(256);
    private double anchorTime = Double.NaN;
    private long anchorEvent = -1;
    private long lastEvent = -1;

    /** Reads one hr message whose fields start at {@code p}. */
    void read(byte[] bytes, int p, FitDefinition definition) {
        long timestamp = -1;
        double fraction = 0;
        int bpmAt = -1;
        int bpmCount = 0;
        int eventsAt = -1;
        int eventsCount = 0;
        int packedAt = -1;
        int packedSize = 0;
        for (int i = 0; i < definition.fieldCount; i++) {
            int at = p + definition.offset[i];
            switch (definition.fieldNumber[i]) {
                case FitProfile.TIMESTAMP -> timestamp = FitBytes.u32(bytes, at, definition.bigEndian);
                case FRACTIONAL_TIMESTAMP -> fraction = FitBytes.u16(bytes, at, definition.bigEndian) / 32768.0;
                case FILTERED_BPM -> {
                    bpmAt = at;
                    bpmCount = definition.size[i];
                }
                case EVENT_TIMESTAMP -> {
                    eventsAt = at;
                    eventsCount = definition.size[i] / 4;
                }
                case EVENT_TIMESTAMP_12 -> {
                    packedAt = at;
                    packedSize = definition.size[i];
                }
                default -> {}
            }
        }
        boolean anchors = timestamp >= 0 && timestamp != 0xFFFFFFFFL;
        long[] events = new long[Math.max(eventsCount, packedSize * 8 / 12)];
        int n = 0;
        if (eventsAt >= 0) {
            for (int k = 0; k < eventsCount; k++) {
                long value = FitBytes.u32(bytes, eventsAt + 4 * k, definition.bigEndian);
                if (value != 0xFFFFFFFFL) {
                    events[n++] = value;
                    lastEvent = value;
                }
            }
        } else if (packedAt >= 0 && lastEvent >= 0) {
            for (int k = 0; k < packedSize * 8 / 12; k++) {
                int bit = 12 * k;
                int low = bytes[packedAt + bit / 8] & 0xFF;
                int high = bytes[packedAt + bit / 8 + 1] & 0xFF;
                int raw = ((high << 8 | low) >> (bit % 8)) & 0xFFF;
                lastEvent += (raw - lastEvent) & 0xFFF;
                events[n++] = lastEvent;
            }
        }
        if (anchors && n > 0) {
            anchorTime = timestamp + FitProfile.FIT_EPOCH_UNIX_SECONDS + fraction;
            anchorEvent = events[0];
        }
        if (Double.isNaN(anchorTime) || bpmAt < 0) {
            return;
        }
        for (int k = 0; k < Math.min(n, bpmCount); k++) {
            int bpm = bytes[bpmAt + k] & 0xFF;
            if (bpm == 0xFF || bpm == 0) {
                continue;
            }
            double time = anchorTime + (events[k] - anchorEvent) / EVENT_UNITS_PER_SECOND;
            if (samples.size() > 0 && !(time > samples.current(Channel.TIME))) {
                continue; // times must increase; a repeated or earlier event is the same beat again
            }
            samples.newRow().set(Channel.TIME, time).set(Channel.HEART_RATE, bpm);
        }
    }

    /** The stored samples: time (Unix seconds) and heart rate, times increasing. */
    Samples build() {
        return samples.build();
    }

    /** A stored sample this close to a record is that record's heart rate. */
    static final double SAME_MOMENT_SECONDS = 2;

    /**
     * The strap's heart rate in a session's rows: it replaces the record's value (the watch's own
     * optical reading, or a gap) at the nearest moment within 2 s, since the strap is what the
     * device's own session totals use (shared/data/activities-more/README.md: each file's session
     * maximum equals the highest stored sample). Where no record lies that close, as between the
     * lengths of a swim, a row of heart rate alone is added, unless {@code addRows} is false
     * (runs keep their rows as recorded for the load model).
     */
    static Samples merge(Samples rows, Samples strap, double from, double to, boolean addRows) {
        if (strap.isEmpty()) {
            return rows;
        }
        TreeMap<Double, double[]> merged = new TreeMap<>();
        Channel[] channels = Channel.values();
        for (int r = 0; r < rows.size(); r++) {
            double[] values = new double[channels.length];
            for (Channel c : channels) {
                values[c.ordinal()] = rows.get(c, r);
            }
            merged.put(rows.time(r), values);
        }
        boolean changed = false;
        for (int s = 0; s < strap.size(); s++) {
            double time = strap.time(s);
            if (time < from || time >= to) {
                continue;
            }
            var before = merged.floorEntry(time);
            var after = merged.ceilingEntry(time);
            var nearest = before == null
                    ? after
                    : after == null || time - before.getKey() <= after.getKey() - time ? before : after;
            if (nearest != null && Math.abs(nearest.getKey() - time) <= SAME_MOMENT_SECONDS) {
                nearest.getValue()[Channel.HEART_RATE.ordinal()] = strap.get(Channel.HEART_RATE, s);
                changed = true;
            } else if (addRows) {
                double[] values = new double[channels.length];
                Arrays.fill(values, Double.NaN);
                values[Channel.TIME.ordinal()] = time;
                values[Channel.HEART_RATE.ordinal()] = strap.get(Channel.HEART_RATE, s);
                merged.put(time, values);
                changed = true;
            }
        }
        if (!changed) {
            return rows;
        }
        Samples.Builder out = Samples.builder(merged.size());
        for (double[] values : merged.values()) {
            out.newRow();
            for (Channel c : channels) {
                out.set(c, values[c.ordinal()]);
            }
        }
        return out.build();
    }
}
