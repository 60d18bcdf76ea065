package org.runmuscle.core.load;

import java.util.Map;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.gait.StrideTiming;

/**
 * One muscle's work over one stride at a given timing.
 *
 * @param muscle                 atlas id
 * @param timing                 the stride
 * @param forceBw                force at each 1 % of the cycle from initial contact, 0..100 (101 values;
 *                               the last equals the first), in body weights
 * @param contraction            how the muscle contracts at each of those points
 * @param peakForceBw            the highest force in each period
 * @param loadPerStrideBwSeconds the time integral of force over the stride, body-weight seconds
 * @param concentricBwSeconds    the part of that load while shortening
 * @param eccentricBwSeconds     ... while lengthening
 * @param isometricBwSeconds     ... while holding
 */
public record MuscleCycle(
        String muscle,
        StrideTiming timing,
        double[] forceBw,
        Contraction[] contraction,
        Map<Period, Double> peakForceBw,
        double loadPerStrideBwSeconds,
        double concentricBwSeconds,
        double eccentricBwSeconds,
        double isometricBwSeconds) {

    /** Force relative to the stride's highest force, 0..1, per 1 % of the cycle. */
    public double[] activation() {
        double max = 0;
        for (double f : forceBw) {
            max = Math.max(max, f);
        }
        double[] activation = new double[forceBw.length];
        for (int i = 0; i < forceBw.length; i++) {
            activation[i] = max > 0 ? forceBw[i] / max : 0;
        }
        return activation;
    }

    public double loadPerKmBwSeconds() {
        return loadPerStrideBwSeconds * timing.stridesPerKm();
    }

    public double share(Contraction type) {
        double part = switch (type) {
            case CONCENTRIC -> concentricBwSeconds;
            case ECCENTRIC -> eccentricBwSeconds;
            case ISOMETRIC -> isometricBwSeconds;
        };
        return loadPerStrideBwSeconds > 0 ? part / loadPerStrideBwSeconds : 0;
    }
}
