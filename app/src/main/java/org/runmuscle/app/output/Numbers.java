package org.runmuscle.app.output;

/** Rounding for what is shown: JSON and tables carry the same rounded figures. */
public final class Numbers {
    private Numbers() {}

    /** {@code value} to {@code decimals} places; {@code null} (shown as JSON null or '-') when it is not a number. */
    public static Double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** To one decimal, for loads that are always finite (a NaN becomes 0). */
    public static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
