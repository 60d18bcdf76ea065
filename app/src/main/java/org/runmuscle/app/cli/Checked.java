package org.runmuscle.app.cli;

/** Range checks for numeric options, failing with one line that says what is accepted. */
public final class Checked {
    private Checked() {}

    public static double range(String option, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new UserInputException(
                    option + " " + format(value) + " is outside " + format(min) + " to " + format(max) + " " + unit);
        }
        return value;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
