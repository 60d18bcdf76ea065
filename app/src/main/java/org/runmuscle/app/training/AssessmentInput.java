package org.runmuscle.app.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.cli.YesNo;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.AssessmentAnswers;
import org.runmuscle.core.training.AssessmentAnswers.SquatResult;

/**
 * The self-test results as typed, on the command line or posted as JSON (field names are API);
 * any may be null. {@code sore} is a comma-separated list of groups or lay names; {@code contactBalanceLeft}
 * is the left foot's share of ground contact time, percent, from a watch with running dynamics.
 */
public record AssessmentInput(
        String singleLegSquat,
        String hipDrop,
        Integer calfRaisesLeft,
        Integer calfRaisesRight,
        Integer sidePlankSeconds,
        Double hamstringQuadRatio,
        String sore,
        Double contactBalanceLeft) {

    AssessmentInput withContactBalanceLeft(double percent) {
        return new AssessmentInput(
                singleLegSquat,
                hipDrop,
                calfRaisesLeft,
                calfRaisesRight,
                sidePlankSeconds,
                hamstringQuadRatio,
                sore,
                percent);
    }

    AssessmentAnswers answers(Atlas atlas) {
        try {
            return new AssessmentAnswers(
                    squat(),
                    YesNo.parse(hipDrop, "--hip-drop"),
                    calfRaisesLeft == null ? OptionalInt.empty() : OptionalInt.of(calfRaisesLeft),
                    calfRaisesRight == null ? OptionalInt.empty() : OptionalInt.of(calfRaisesRight),
                    sidePlankSeconds == null ? OptionalInt.empty() : OptionalInt.of(sidePlankSeconds),
                    hamstringQuadRatio == null ? OptionalDouble.empty() : OptionalDouble.of(hamstringQuadRatio),
                    sore == null || sore.isBlank() ? List.of() : SoreGroups.parse(atlas, sore),
                    contactBalanceLeft == null ? OptionalDouble.empty() : OptionalDouble.of(contactBalanceLeft));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    Optional<SquatResult> squat() {
        if (singleLegSquat == null || singleLegSquat.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SquatResult.byId(singleLegSquat.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UserInputException(
                        "--single-leg-squat " + Quoted.of(singleLegSquat) + " is not a result; accepted: "
                                + Arrays.stream(SquatResult.values())
                                        .map(SquatResult::id)
                                        .collect(Collectors.joining(", ")))));
    }
}
