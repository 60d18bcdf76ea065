package org.runmuscle.store;

/**
 * One set as done.
 *
 * @param exercise catalog id of the exercise
 * @param reps     repetitions (per side for one-sided work); 0 for a hold
 * @param seconds  seconds held, for a hold; 0 when counted in reps
 * @param loadKg   external load, kg; 0 for body weight
 * @param rir      reps in reserve, NaN when not given
 * @param rpe      rating of perceived exertion of the set (CR-10), NaN when not given
 */
public record StrengthSet(String exercise, int reps, double seconds, double loadKg, double rir, double rpe) {}
