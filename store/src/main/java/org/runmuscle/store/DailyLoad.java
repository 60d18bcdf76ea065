package org.runmuscle.store;

/** One muscle's summed load on one day (epoch day, UTC), with its eccentric and its damaging parts. */
public record DailyLoad(
        long epochDay, String muscle, double loadBwSeconds, double eccentricBwSeconds, double damagingBwSeconds) {}
