package org.runmuscle.app.history;

import java.util.Locale;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.store.Work;

/** Reads which work a view counts, for the option and the query parameter alike. */
final class Works {
    private Works() {}

    /** {@code text} as a {@link Work}; absent is all of it. */
    static Work parse(String option, String text) {
        if (text == null || text.isBlank()) {
            return Work.ALL;
        }
        return Work.byId(text.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() ->
                        new UserInputException(option + " " + Quoted.of(text) + " is not all, running or strength"));
    }
}
