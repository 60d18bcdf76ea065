package org.runmuscle.store;

/** How much one activity added to one muscle's load on its day. */
public record Contribution(
        long activityId, long epochDay, String muscle, double loadBwSeconds, double eccentricBwSeconds) {}
