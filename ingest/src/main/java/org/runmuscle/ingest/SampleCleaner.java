package org.runmuscle.ingest;

import java.util.Arrays;
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
     * Works column by column on plain arrays: first which output row each point goes to (by its
     * time, and whether it carries anything), then each channel's values into their rows. Every
     * channel's repairs depend only on its own earlier values, so this is the row-by-row pass's
     * result exactly; done row by row through buffer views it was a third of FIT decoding (Flight
     * Recorder, JMH {@code DecodeBenchmark}).
     */
    static Samples clean(Samples raw, Sport sport, List<String> warnings) {
        int n = raw.size();
        double[][] in = new double[CHANNELS.length][];
        // Only the channels the recording has: most files carry 5 to 9 of the 13.
        int[] present = IntStream.range(1, CHANNELS.length)
                .filter(c -> raw.has(CHANNELS[c]))
                .toArray();
        for (int c : present) {
            in[c] = raw.column(CHANNELS[c]);
        }
        double[] time = raw.column(Channel.TIME);
        int[] target = new int[n];
        int kept = rows(time, in, present, target, warnings);
        // Every point its own row, as in most files: a channel with nothing to repair is its copy as it is.
        boolean oneToOne = kept == n;
        double[][] out = new double[CHANNELS.length][];
        out[TIME] = oneToOne ? time : new double[kept];
        for (int i = 0; !oneToOne && i < n; i++) {
            if (target[i] >= 0) {
                out[TIME][target[i]] = time[i];
            }
        }
        double cadenceFactor =
                in[CADENCE] != null && sport.countsStrides() && medianCadence(in[CADENCE], n) <= ALREADY_STEPS_MEDIAN
                        ? 2
                        : 1;
        int badAltitude = 0;
        int distanceHeld = 0;
        for (int c : present) {
            double[] values = in[c];
            if (oneToOne && c != ALTITUDE && c != HEART_RATE && c != CADENCE && c != DISTANCE) {
                out[c] = values;
                continue;
            }
            double[] column = new double[kept];
            Arrays.fill(column, Double.NaN);
            double lastDistance = Double.NaN;
            for (int i = 0; i < n; i++) {
                int row = target[i];
                double value = values[i];
                if (row < 0 || value != value || column[row] == column[row]) {
                    continue; // dropped, missing here, or already set by an earlier record of the same second
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
                column[row] = value;
            }
            out[c] = column;
        }
        if (badAltitude > 0) {
            warnings.add(badAltitude + " altitudes outside -450..9000 m were treated as missing");
        }
        if (distanceHeld > 0) {
            warnings.add(distanceHeld + " points where distance went backwards were held at the previous distance");
        }
        return Samples.ofColumns(out, kept);
    }

    /**
     * The output row of each point into {@code target} (-1 for none), and how many rows there are:
     * a point with the time of the row before merges into it, one whose time went back (or has
     * none) is dropped with a warning, one that carries nothing but a time is left out.
     */
    private static int rows(double[] time, double[][] in, int[] present, int[] target, List<String> warnings) {
        int n = time.length;
        double lastTime = Double.NEGATIVE_INFINITY;
        int kept = 0;
        int dropped = 0;
        for (int i = 0; i < n; i++) {
            double t = time[i];
            target[i] = -1;
            if (Double.isNaN(t) || t < lastTime) {
                dropped++;
                continue;
            }
            if (!carriesData(in, present, i)) {
                continue;
            }
            if (t > lastTime) {
                kept++;
                lastTime = t;
            }
            target[i] = kept - 1;
        }
        if (dropped > 0) {
            warnings.add(dropped + " points whose time went back before the previous point were dropped");
        }
        return kept;
    }

    /** Whether a point has any value besides its time; most have one in their first channel. */
    private static boolean carriesData(double[][] in, int[] present, int row) {
        for (int c : present) {
            double value = in[c][row];
            if (value == value) {
                return true;
            }
        }
        return false;
    }

    /** Median of the positive cadences from a histogram of whole values: linear, no sort. */
    private static double medianCadence(double[] cadences, int n) {
        int[] histogram = new int[512];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double cadence = cadences[i];
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
