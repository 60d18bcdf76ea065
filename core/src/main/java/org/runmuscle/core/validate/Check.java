package org.runmuscle.core.validate;

/**
 * The model against one published result (field names are API).
 *
 * @param modelValue what the model gives, in the comparison's unit
 * @param pass       whether it lies within the published bounds
 * @param expected   {@code pass} or {@code known-disagreement}, as the project last recorded it
 */
public record Check(
        String id,
        String area,
        String source,
        String condition,
        String quantity,
        String published,
        double low,
        double high,
        double modelValue,
        boolean pass,
        String expected,
        String reason) {

    /** A comparison recorded as passing that fails now: the model got worse. */
    public boolean regressed() {
        return !pass && expected.equals(Comparison.PASS);
    }

    /** A known disagreement that passes now: the record should say so. */
    public boolean newlyPassing() {
        return pass && expected.equals(Comparison.KNOWN_DISAGREEMENT);
    }
}
