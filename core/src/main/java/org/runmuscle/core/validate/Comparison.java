package org.runmuscle.core.validate;

/**
 * One published result the model is checked against, as {@code validation.json} holds it.
 *
 * @param id        stable kebab-case id
 * @param area      what it checks: level forces, timing, speed, grade, step rate, recovery, contraction
 * @param source    the source id (in the atlas's {@code sources.json})
 * @param condition the condition of the study, in words
 * @param quantity  what is compared, with its unit
 * @param published the published value or range, in words
 * @param low       the lowest model value that agrees
 * @param high      the highest model value that agrees
 * @param measure   what the model is asked for
 * @param expected  {@code pass}, or {@code known-disagreement} when the model does not yet meet it
 * @param reason    why the bounds are what they are, and for a known disagreement, why it fails
 */
record Comparison(
        String id,
        String area,
        String source,
        String condition,
        String quantity,
        String published,
        double low,
        double high,
        Measure measure,
        String expected,
        String reason) {
    static final String PASS = "pass";
    static final String KNOWN_DISAGREEMENT = "known-disagreement";

    Comparison {
        if (!(low <= high)) {
            throw new IllegalArgumentException(id + ": low " + low + " above high " + high);
        }
        if (!expected.equals(PASS) && !expected.equals(KNOWN_DISAGREEMENT)) {
            throw new IllegalArgumentException(id + ": expected must be pass or known-disagreement");
        }
    }
}
