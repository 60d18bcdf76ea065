package org.runmuscle.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A strength session, new or stored.
 *
 * @param id           stored id; 0 before it is stored
 * @param epochDay     the day it was done, in the athlete's time zone
 * @param start        when it started, when known (a watch's file)
 * @param minutes      how long it lasted
 * @param rpe          session RPE (CR-10), NaN when not given
 * @param source       "log", "plan" (ticked off from a plan) or "fit" (a watch's file)
 * @param plannedDay   the plan day it ticks off, when it does
 * @param contentHash  the imported file's hash, for a watch's session; "" otherwise
 * @param note         the athlete's words
 * @param massKg       body mass its loads were computed with
 * @param modelVersion the load model version its loads were computed with
 * @param sets         the sets in the order done
 */
public record StrengthSession(
        long id,
        long epochDay,
        Optional<Instant> start,
        double minutes,
        double rpe,
        String source,
        OptionalLong plannedDay,
        String contentHash,
        String note,
        double massKg,
        int modelVersion,
        List<StrengthSet> sets) {
    public StrengthSession {
        sets = List.copyOf(sets);
        note = note == null ? "" : note;
        contentHash = contentHash == null ? "" : contentHash;
    }

    /** The mean RPE of the sets that carry one; NaN when none does. */
    public double meanSetRpe() {
        return sets.stream()
                .mapToDouble(StrengthSet::rpe)
                .filter(x -> !Double.isNaN(x))
                .average()
                .orElse(Double.NaN);
    }

    /** The mean reps in reserve of the sets that carry them; NaN when none does. */
    public double meanSetRir() {
        return sets.stream()
                .mapToDouble(StrengthSet::rir)
                .filter(x -> !Double.isNaN(x))
                .average()
                .orElse(Double.NaN);
    }

    public StrengthSession withId(long newId) {
        return new StrengthSession(
                newId,
                epochDay,
                start,
                minutes,
                rpe,
                source,
                plannedDay,
                contentHash,
                note,
                massKg,
                modelVersion,
                sets);
    }
}
