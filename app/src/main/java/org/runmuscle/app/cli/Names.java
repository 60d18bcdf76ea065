package org.runmuscle.app.cli;

/**
 * A name a person types for something (an athlete, an account, a token's label): what it may be,
 * checked in one place for the CLI and the API.
 */
public final class Names {
    public static final int MAX_LENGTH = 60;

    private Names() {}

    /** The name stripped of surrounding spaces, or a refusal naming {@code field}. */
    public static String check(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new UserInputException(field + " is empty");
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
