package org.runmuscle.app.strength;

/**
 * One line of a logged session, as typed or posted: {@code sets} sets of one exercise, each of
 * {@code reps} repetitions or a hold of {@code seconds}, at {@code loadKg} on top of body weight.
 *
 * @param rir reps in reserve, NaN when not given
 * @param rpe the sets' RPE (CR-10), NaN when not given
 */
public record SetRequest(String exercise, int sets, int reps, double seconds, double loadKg, double rir, double rpe) {}
