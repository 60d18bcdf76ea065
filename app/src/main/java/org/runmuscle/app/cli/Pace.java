package org.runmuscle.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmuscle.core.activity.Miles;
import org.runmuscle.core.text.Quoted;

/** Paces as runners write them: "4:45/km", "4:45", "7:38/mi". */
public final class Pace {
    private static final Pattern PACE = Pattern.compile("(\\d{1,2}):([0-5]\\d)(?:\\s*/\\s*(km|mi))?");

    private Pace() {}

    /** Speed in m/s for a pace; a user error for anything else. */
    public static double toSpeed(String text) {
        Matcher m = PACE.matcher(text.strip());
        if (!m.matches()) {
            throw new UserInputException(
                    "pace " + Quoted.of(text) + " is not minutes:seconds per km or mile, e.g. 4:45/km or 7:38/mi");
        }
        int seconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        if (seconds == 0) {
            throw new UserInputException("pace " + Quoted.of(text) + " is zero");
        }
        double meters = "mi".equals(m.group(3)) ? Miles.METRES : 1000;
        return meters / seconds;
    }
}
