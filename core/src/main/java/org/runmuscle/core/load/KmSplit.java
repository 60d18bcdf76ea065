package org.runmuscle.core.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One kilometre of a run: its running time and the distance run in it (the last one is usually
 * short).
 *
 * @param index   the kilometre, counting from 0
 * @param seconds running time in it, stops left out
 * @param meters  distance run in it
 */
record KmSplit(int index, double seconds, double meters) {
    /** A kilometre counts as whole from 900 m: GPS distance of a full kilometre can fall short. */
    static final double WHOLE_METERS = 900;

    double paceSecondsPerKm() {
        return seconds / meters * 1000;
    }

    boolean whole() {
        return meters >= WHOLE_METERS;
    }

    /**
     * Sums running time and distance by kilometre during the analysis pass. Plain arrays, since it
     * is called for every interval of every run.
     */
    static final class Accumulator {
        private double[] seconds = new double[16];
        private double[] meters = new double[16];
        private int count;

        void add(int km, double dt, double dd) {
            if (km >= seconds.length) {
                int size = Math.max(km + 1, seconds.length * 2);
                seconds = Arrays.copyOf(seconds, size);
                meters = Arrays.copyOf(meters, size);
            }
            seconds[km] += dt;
            meters[km] += dd;
            count = Math.max(count, km + 1);
        }

        List<KmSplit> splits() {
            List<KmSplit> splits = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                splits.add(new KmSplit(k, seconds[k], meters[k]));
            }
            return splits;
        }
    }
}
