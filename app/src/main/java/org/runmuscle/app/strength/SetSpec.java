package org.runmuscle.app.strength;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.text.Quoted;

/**
 * Reads a line of a session as runners write it in a notebook: {@code nordic-hamstring-curl 3x6},
 * {@code goblet-squat 3x10@16kg}, {@code front-plank 3x40s}, {@code back-squat 5x5@135lb}, and an
 * optional effort at the end ({@code rir2} or {@code rpe8}).
 */
final class SetSpec {
    static final double KG_PER_LB = 0.45359237;
    private static final Pattern LINE =
            Pattern.compile("\\s*([a-z0-9-]+)\\s+(\\d{1,6})\\s*[x×]\\s*(\\d{1,6}(?:\\.\\d+)?)(s?)"
                    + "(?:\\s*@\\s*(-?\\d{1,6}(?:\\.\\d+)?)\\s*(kg|lb|lbs)?)?"
                    + "(?:\\s+(rir|rpe)\\s*(\\d{1,3}(?:\\.\\d+)?))?\\s*");

    private SetSpec() {}

    static SetRequest parse(String text) {
        Matcher m = LINE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UserInputException("cannot read " + Quoted.of(text)
                    + ": write EXERCISE SETSxREPS[@LOAD], e.g. 'goblet-squat 3x10@16kg' or 'front-plank 3x40s'");
        }
        int sets = Integer.parseInt(m.group(2));
        boolean hold = !m.group(4).isEmpty();
        double amount = Double.parseDouble(m.group(3));
        if (!hold && amount != Math.rint(amount)) {
            throw new UserInputException(Quoted.of(text) + ": repetitions are whole numbers");
        }
        double load = m.group(5) == null ? 0 : Double.parseDouble(m.group(5));
        if (m.group(6) != null && m.group(6).startsWith("lb")) {
            load *= KG_PER_LB;
        }
        double rir = Double.NaN;
        double rpe = Double.NaN;
        if (m.group(7) != null) {
            double effort = Double.parseDouble(m.group(8));
            if (m.group(7).equals("rir")) {
                rir = effort;
            } else {
                rpe = effort;
            }
        }
        return new SetRequest(m.group(1), sets, hold ? 0 : (int) amount, hold ? amount : 0, load, rir, rpe);
    }
}
