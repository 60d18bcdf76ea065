package org.runmuscle.ingest;

import java.nio.DoubleBuffer;
import java.util.List;
import java.util.stream.IntStream;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/**
 * Repairs what real devices write, the same way for every format, and says what it did. One pass
 * over the points.
 *
 * <p>Rows:
 * <ul>
 * <li>points with the same time are merged: some devices (Suunto) write two records a second, one
 *     with position and one with heart rate; each missing value of the first is taken from the second;</li>
 * <li>a point whose time is before the previous kept point (the clock stepping back) is dropped;</li>
 * <li>a point that carries nothing but a time is dropped.</li>
 * </ul>
 * Values:
 * <ul>
 * <li>heart rate and cadence of 0 become missing: a strap that reads 0 has lost contact, and a
 *     cadence of 0 is a standstill the moving averages should not count;</li>
 * <li>foot-sport cadence is doubled from strides to steps per minute, unless the file already
 *     holds steps (a median above {@link #ALREADY_STEPS_MEDIAN}, which no stride rate reaches);</li>
 * <li>altitude outside {@link #MIN_ALTITUDE_METERS}..{@link #MAX_ALTITUDE_METERS} becomes missing:
 *     some devices write -500 m (a raw 0) when they have no altitude;</li>
 * <li>distance that goes backwards is held at its last value.</li>
 * </ul>
 */
final class SampleCleaner {
    /**
     * Estimated: over a whole run the median stride rate stays below 100 per minute (200 steps),
     * while step rates run 100-130 walking and 150-190 running, so a median stored cadence above
     * 105 can only be steps (treadmill exports that double already; shared/data's
     * Treadmill-doubled-cadence.tcx has a median of 118).
     */
    static final double ALREADY_STEPS_MEDIAN = 105;
    /** The shore of the Dead Sea, about -430 m, is the lowest land; a little margin below it. */
    static final double MIN_ALTITUDE_METERS = -450;
    /** Above the highest summit, 8,849 m. */
    static final double MAX_ALTITUDE_METERS = 9000;

    private static final Channel[] CHANNELS = Channel.values();
    private static final int TIME = Channel.TIME.ordinal();
    private static final int ALTITUDE = Channel.ALTITUDE.ordinal();
    private static final int HEART_RATE = Channel.HEART_RATE.ordinal();
    private static final int CADENCE = Channel.CADENCE.ordinal();
    private static final int DISTANCE = Channel.DISTANCE.ordinal();

    private SampleCleaner() {}

    /**
     * Reads the columns through views and writes plain arrays that become the result: a profile
     * showed per-value accessor calls, row building and column copies at a quarter of reading time
     * when done through the builder.
     */
    static Samples clean(Samples raw, Sport sport, List<String> warnings) {
        int n = raw.size();
        int channels = CHANNELS.length;
        DoubleBuffer[] in = new DoubleBuffer[channels];
        double[][] out = new double[channels][];
        // Only the channels the recording has are walked row by row: most files carry 5 to 9 of the
        // 13, and the empty ones cost as much per row as the full ones (decode 20 % slower when the
        // running-dynamics channels came in).
        int[] present =
                IntStream.range(1, channels).filter(c -> raw.has(CHANNELS[c])).toArray();
        in[TIME] = raw.view(Channel.TIME);
        out[TIME] = new double[n];
        for (int c : present) {
            in[c] = raw.view(CHANNELS[c]);
            out[c] = new double[n];
        }
        double cadenceFactor =
                in[CADENCE] != null && sport.countsStrides() && medianCadence(in[CADENCE], n) <= ALREADY_STEPS_MEDIAN
                        ? 2
                        : 1;
        DoubleBuffer time = in[TIME];
        double lastTime = Double.NEGATIVE_INFINITY;
        double lastDistance = Double.NaN;
        int kept = 0;
        int dropped = 0;
        int badAltitude = 0;
        int distanceHeld = 0;
        for (int i = 0; i < n; i++) {
            double t = time.get(i);
            if (Double.isNaN(t) || t < lastTime) {
                dropped++;
                continue;
            }
            if (!carriesData(in, present, i)) {
                continue;
            }
            if (t > lastTime) {
                for (int c : present) {
                    out[c][kept] = Double.NaN;
                }
                out[TIME][kept] = t;
                kept++;
                lastTime = t;
            }
            int row = kept - 1;
            for (int c : present) {
                double value = in[c].get(i);
                if (value != value || out[c][row] == out[c][row]) {
                    continue; // missing here, or already set by an earlier record of the same second
                }
                if (c == ALTITUDE && (value < MIN_ALTITUDE_METERS || value > MAX_ALTITUDE_METERS)) {
                    badAltitude++;
                    value = Double.NaN;
                } else if (c == HEART_RATE && !(value > 0)) {
                    value = Double.NaN;
                } else if (c == CADENCE) {
                    value = value > 0 ? value * cadenceFactor : Double.NaN;
                } else if (c == DISTANCE) {
                    if (value < lastDistance) {
                        distanceHeld++;
                        value = lastDistance;
                    } else {
                        lastDistance = value;
                    }
                }
                out[c][row] = value;
            }
        }
        if (dropped > 0) {
            warnings.add(dropped + " points whose time went back before the previous point were dropped");
        }
        if (badAltitude > 0) {
            warnings.add(badAltitude + " altitudes outside -450..9000 m were treated as missing");
        }
        if (distanceHeld > 0) {
            warnings.add(distanceHeld + " points where distance went backwards were held at the previous distance");
        }
        return Samples.ofColumns(out, kept);
    }

    private static boolean carriesData(DoubleBuffer[] columns, int[] present, int row) {
        for (int c : present) {
            double value = columns[c].get(row);
            if (value == value) {
                return true;
            }
        }
        return false;
    }

    /** Median of the positive cadences from a histogram of whole values: linear, no sort. */
    private static double medianCadence(DoubleBuffer cadences, int n) {
        int[] histogram = new int[512];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double cadence = cadences.get(i);
            if (cadence > 0) {
                histogram[(int) Math.min(511, Math.round(cadence))]++;
                count++;
            }
        }
        int seen = 0;
        for (int value = 0; value < histogram.length; value++) {
            seen += histogram[value];
            if (seen > count / 2) {
                return value;
            }
        }
        return 0;
    }
}
