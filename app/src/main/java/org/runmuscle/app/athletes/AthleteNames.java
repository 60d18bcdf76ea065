package org.runmuscle.app.athletes;

import org.runmuscle.app.cli.UserInputException;

/** An athlete's name as typed: what it may be, checked in one place for the CLI and the API. */
final class AthleteNames {
    static final int MAX_LENGTH = 60;

    private AthleteNames() {}

    /** The name stripped of surrounding spaces, or a refusal naming {@code field}. */
    static String check(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new UserInputException(field + " is empty; give the athlete a name");
        }
        String stripped = name.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new UserInputException(field + " is longer than " + MAX_LENGTH + " characters");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new UserInputException(field + " holds a control character; use letters, digits and spaces");
        }
        return stripped;
    }
}
