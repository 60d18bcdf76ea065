/**
 * The exercise catalog feature: {@code exercises} and {@code exercise}, the exercise routes, and
 * {@code ExerciseService}, which both call.
 */
package org.runmuscle.app.exercises;
