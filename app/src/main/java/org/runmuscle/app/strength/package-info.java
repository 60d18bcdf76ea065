/**
 * The strength log: sessions done, by hand, ticked off from a plan or from a watch, with their sets,
 * per-muscle loads (the same unit as a run's) and whole-body load; the {@code log} and {@code logs}
 * commands and the {@code /api/v1/strength} routes both call {@link org.runmuscle.app.strength.StrengthService}.
 */
package org.runmuscle.app.strength;
