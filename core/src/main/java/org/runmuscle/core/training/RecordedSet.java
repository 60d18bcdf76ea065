package org.runmuscle.core.training;

/**
 * A set as a watch recorded it (a FIT {@code set} message of type active).
 *
 * @param startUnixSeconds when it started, Unix seconds; NaN when not recorded
 * @param seconds          how long it lasted; NaN when not recorded
 * @param repetitions      repetitions counted; -1 when not recorded
 * @param weightKg         the weight entered, kg; NaN when none
 * @param category         the FIT profile's exercise category; -1 when the set has none
 * @param subtype          the exercise name within the category; -1 when none
 */
public record RecordedSet(
        double startUnixSeconds, double seconds, int repetitions, double weightKg, int category, int subtype) {}
