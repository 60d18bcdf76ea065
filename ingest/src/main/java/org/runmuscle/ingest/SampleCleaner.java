package org.runmuscle.ingest;

import java.util.List;
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

    private final Samples raw;
    private final Samples.Builder kept;
    private final double cadenceFactor;
    private double lastDistance = Double.NaN;
    private int distanceHeld;
    private int badAltitude;

    private SampleCleaner(Samples raw, Sport sport) {
        this.raw = raw;
        this.kept = Samples.builder(raw.size());
        this.cadenceFactor = sport.countsStrides() && medianCadence(raw) <= ALREADY_STEPS_MEDIAN ? 2 : 1;
    }

    static Samples clean(Samples raw, Sport sport, List<String> warnings) {
        return new SampleCleaner(raw, sport).run(warnings);
    }

    private Samples run(List<String> warnings) {
        double lastTime = Double.NEGATIVE_INFINITY;
        int dropped = 0;
        for (int i = 0; i < raw.size(); i++) {
            double time = raw.time(i);
            if (Double.isNaN(time) || time < lastTime) {
                dropped++;
                continue;
            }
            if (!carriesData(i)) {
                continue;
            }
            if (time > lastTime) {
                kept.newRow();
                lastTime = time;
            }
            for (Channel channel : CHANNELS) {
                double value = raw.get(channel, i);
                if (!Double.isNaN(value) && Double.isNaN(kept.current(channel))) {
                    kept.set(channel, cleaned(channel, value));
                }
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
        return kept.build();
    }

    private double cleaned(Channel channel, double value) {
        switch (channel) {
            case ALTITUDE:
                if (value < MIN_ALTITUDE_METERS || value > MAX_ALTITUDE_METERS) {
                    badAltitude++;
                    return Double.NaN;
                }
                return value;
            case HEART_RATE:
                return value > 0 ? value : Double.NaN;
            case CADENCE:
                return value > 0 ? value * cadenceFactor : Double.NaN;
            case DISTANCE:
                if (value < lastDistance) {
                    distanceHeld++;
                    return lastDistance;
                }
                lastDistance = value;
                return value;
            default:
                return value;
        }
    }

    private boolean carriesData(int row) {
        for (Channel channel : CHANNELS) {
            if (channel != Channel.TIME && !Double.isNaN(raw.get(channel, row))) {
                return true;
            }
        }
        return false;
    }

    /** Median of the positive cadences from a histogram of whole values: linear, no sort. */
    private static double medianCadence(Samples samples) {
        int[] histogram = new int[512];
        int count = 0;
        for (int i = 0; i < samples.size(); i++) {
            double cadence = samples.get(Channel.CADENCE, i);
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
