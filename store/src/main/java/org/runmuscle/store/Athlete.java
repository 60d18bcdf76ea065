package org.runmuscle.store;

/** The runner's profile: body mass, training level and equipment (comma-separated ids). */
public record Athlete(double massKg, String level, String equipment) {}
