package org.runmuscle.app.output;

/** Sparklines: a row of block characters for a curve, for terminals. */
public final class Spark {
    private static final char[] BLOCKS = {
        ' ', '\u2581', '\u2582', '\u2583', '\u2584', '\u2585', '\u2586', '\u2587', '\u2588'
    };

    private Spark() {}

    /** {@code values} scaled to their largest (0..1), in place; all zero when none is above zero. */
    public static double[] scaled(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = max > 0 ? values[i] / max : 0;
        }
        return values;
    }

    /** {@code values} in 0..1, drawn in {@code width} characters (each the maximum of its slice). */
    public static String line(double[] values, int width) {
        StringBuilder line = new StringBuilder(width);
        for (int c = 0; c < width; c++) {
            int from = c * values.length / width;
            int to = Math.max(from + 1, (c + 1) * values.length / width);
            double max = 0;
            for (int i = from; i < to && i < values.length; i++) {
                max = Math.max(max, values[i]);
            }
            line.append(BLOCKS[(int) Math.round(Math.max(0, Math.min(1, max)) * (BLOCKS.length - 1))]);
        }
        return line.toString();
    }
}
