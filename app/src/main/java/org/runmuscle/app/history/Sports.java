package org.runmuscle.app.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.text.Quoted;

/** A sport and a name as the runner types them, for {@code edit} and the activity routes alike. */
final class Sports {
    static final int MAX_NAME = 200;

    private Sports() {}

    static Sport parse(String what, String text) {
        String id = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Sport.values())
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UserInputException(what + " " + Quoted.of(text) + " is not a sport; use one of "
                        + Arrays.stream(Sport.values()).map(Sport::id).collect(Collectors.joining(", "))));
    }

    static String name(String what, String text) {
        String name = text.strip();
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new UserInputException(
                    what + " must be one line: it holds a line break or another control character");
        }
        if (name.length() > MAX_NAME) {
            throw new UserInputException(what + " must be at most " + MAX_NAME + " characters, not " + name.length());
        }
        return name;
    }
}
