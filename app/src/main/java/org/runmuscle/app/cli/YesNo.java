package org.runmuscle.app.cli;

import java.util.Locale;
import java.util.Optional;
import org.runmuscle.core.text.Quoted;

/** A yes or no as a person types it, in an option, an answer or a query parameter. */
public final class YesNo {
    private YesNo() {}

    /** Empty for nothing typed; {@code option} names what was asked, for the refusal. */
    public static Optional<Boolean> parse(String value, String option) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Optional.of(true);
            case "no", "n", "false" -> Optional.of(false);
            default ->
                throw new UserInputException(option + " " + Quoted.of(value) + " is not an answer; accepted: yes, no");
        };
    }
}
