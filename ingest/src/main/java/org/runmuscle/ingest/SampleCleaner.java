package org.runmuscle.ingest;

import java.util.Arrays;
import java.util.List;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/**
 * Repairs what real devices write, the same way for every format, and says what it did.
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

    private SampleCleaner() {
    }

    static Samples clean(Samples raw, Sport sport, List<String> warnings) {
        Samples rows = mergeRows(raw, warnings);
        double cadenceFactor = sport.countsStrides() && median(rows, Channel.CADENCE) <= ALREADY_STEPS_MEDIAN ? 2 : 1;
        Samples.Builder clean = Samples.builder(rows.size());
        double lastDistance = Double.NaN;
        int distanceHeld = 0;
        int badAltitude = 0;
        for (int i = 0; i < rows.size(); i++) {
            clean.newRow();
            for (Channel channel : CHANNELS) {
                clean.set(channel, rows.get(channel, i));
            }
            double altitude = rows.get(Channel.ALTITUDE, i);
            if (altitude < MIN_ALTITUDE_METERS || altitude > MAX_ALTITUDE_METERS) {
                clean.set(Channel.ALTITUDE, Double.NaN);
                badAltitude++;
            }
            double heartRate = rows.get(Channel.HEART_RATE, i);
            clean.set(Channel.HEART_RATE, heartRate > 0 ? heartRate : Double.NaN);
            double cadence = rows.get(Channel.CADENCE, i);
            clean.set(Channel.CADENCE, cadence > 0 ? cadence * cadenceFactor : Double.NaN);
            double distance = rows.get(Channel.DISTANCE, i);
            if (distance < lastDistance) {
                clean.set(Channel.DISTANCE, lastDistance);
                distanceHeld++;
            } else if (!Double.isNaN(distance)) {
                lastDistance = distance;
            }
        }
        if (badAltitude > 0) {
            warnings.add(badAltitude + " altitudes outside -450..9000 m were treated as missing");
        }
        if (distanceHeld > 0) {
            warnings.add(distanceHeld + " points where distance went backwards were held at the previous distance");
        }
        return clean.build();
    }

    private static Samples mergeRows(Samples raw, List<String> warnings) {
        Samples.Builder rows = Samples.builder(raw.size());
        double lastTime = Double.NEGATIVE_INFINITY;
        int dropped = 0;
        for (int i = 0; i < raw.size(); i++) {
            double time = raw.time(i);
            if (Double.isNaN(time) || time < lastTime) {
                dropped++;
                continue;
            }
            if (!carriesData(raw, i)) {
                continue;
            }
            if (time > lastTime) {
                rows.newRow();
                lastTime = time;
            }
            for (Channel channel : CHANNELS) {
                if (Double.isNaN(rows.current(channel))) {
                    rows.set(channel, raw.get(channel, i));
                }
            }
        }
        if (dropped > 0) {
            warnings.add(dropped + " points whose time went back before the previous point were dropped");
        }
        return rows.build();
    }

    private static boolean carriesData(Samples samples, int row) {
        for (Channel channel : CHANNELS) {
            if (channel != Channel.TIME && !Double.isNaN(samples.get(channel, row))) {
                return true;
            }
        }
        return false;
    }

    private static double median(Samples samples, Channel channel) {
        double[] values = Arrays.stream(samples.column(channel)).filter(v -> v > 0).sorted().toArray();
        return values.length == 0 ? 0 : values[values.length / 2];
    }
}
