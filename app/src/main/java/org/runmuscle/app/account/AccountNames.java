package org.runmuscle.app.account;

import org.runmuscle.app.cli.UserInputException;

/** Account names and token labels as typed: 1 to 60 characters, no control characters. */
final class AccountNames {
    static final int MAX_LENGTH = 60;

    private AccountNames() {}

    static String check(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new UserInputException(field + " is empty");
        }
        String stripped = name.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new UserInputException(field + " is longer than " + MAX_LENGTH + " characters");
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserInputException(field + " holds a control character");
        }
        return stripped;
    }
}
