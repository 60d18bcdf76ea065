package org.runmuscle.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.runmuscle.core.text.Quoted;

/** Dates as runners type them: YYYY-MM-DD. */
public final class DateOption {
    private DateOption() {}

    public static LocalDate parse(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException(
                    option + " " + Quoted.of(text) + " is not a date; use YYYY-MM-DD, e.g. 2026-01-01");
        }
    }
}
