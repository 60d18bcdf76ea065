package org.runmuscle.core.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A runner's answers to the self-tests; any may be missing.
 *
 * @param singleLegSquat    what happened in a slow single-leg squat
 * @param hipDropSeen       whether the hip on the swing side drops on landing (seen on video or by a friend)
 * @param calfRaisesLeft    single-leg calf raises to fatigue on the left
 * @param calfRaisesRight   ... on the right
 * @param sidePlankSeconds  side-plank hold, the weaker side
 * @param hamstringQuadRatio conventional concentric hamstring-to-quadriceps strength ratio, if measured
 * @param soreGroups        muscle groups that are sore after runs (atlas group ids)
 * @param contactBalanceLeft the left foot's share of ground contact time over recent runs, percent, as a
 *                          watch with running dynamics measures it (50 is even)
 */
public record AssessmentAnswers(
        Optional<SquatResult> singleLegSquat,
        Optional<Boolean> hipDropSeen,
        OptionalInt calfRaisesLeft,
        OptionalInt calfRaisesRight,
        OptionalInt sidePlankSeconds,
        OptionalDouble hamstringQuadRatio,
        List<String> soreGroups,
        OptionalDouble contactBalanceLeft) {
    public AssessmentAnswers {
        soreGroups = List.copyOf(soreGroups);
        check(calfRaisesLeft, 0, 200, "calf raises (left)");
        check(calfRaisesRight, 0, 200, "calf raises (right)");
        check(sidePlankSeconds, 0, 1200, "side-plank seconds");
        if (hamstringQuadRatio.isPresent()
                && !(hamstringQuadRatio.getAsDouble() >= 0.1 && hamstringQuadRatio.getAsDouble() <= 2.0)) {
            throw new IllegalArgumentException(
                    "hamstring-to-quadriceps ratio " + hamstringQuadRatio.getAsDouble() + " is outside 0.1 to 2.0");
        }
        if (contactBalanceLeft.isPresent()
                && !(contactBalanceLeft.getAsDouble() >= 30 && contactBalanceLeft.getAsDouble() <= 70)) {
            throw new IllegalArgumentException("contact-time balance " + contactBalanceLeft.getAsDouble()
                    + " % is outside 30 to 70 (the left foot's share of ground contact time)");
        }
    }

    private static void check(OptionalInt value, int min, int max, String what) {
        if (value.isPresent() && (value.getAsInt() < min || value.getAsInt() > max)) {
            throw new IllegalArgumentException(what + " " + value.getAsInt() + " is outside " + min + " to " + max);
        }
    }

    /** The same answers with the contact-time balance a watch measured. */
    public AssessmentAnswers withContactBalanceLeft(double percent) {
        return new AssessmentAnswers(
                singleLegSquat,
                hipDropSeen,
                calfRaisesLeft,
                calfRaisesRight,
                sidePlankSeconds,
                hamstringQuadRatio,
                soreGroups,
                OptionalDouble.of(percent));
    }

    public static AssessmentAnswers none() {
        return new AssessmentAnswers(
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                List.of(),
                OptionalDouble.empty());
    }

    /** What a slow single-leg squat shows. */
    public enum SquatResult {
        GOOD,
        KNEE_CAVES_IN,
        HIP_DROPS,
        TRUNK_LEANS,
        WOBBLES;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<SquatResult> byId(String id) {
            return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
        }
    }
}
