package org.runmuscle.app.output;

import java.util.Locale;

/**
 * The colour of a muscle by its share of the most loaded one: light sand to dark red, the one scale
 * the body maps of the HTML report and of the web app (which reads it from {@code GET
 * /api/v1/groups}) both use.
 */
public final class HeatScale {
    /** The colour of no load, {@code #f4ecde}. */
    public static final int[] FROM = {244, 236, 222};
    /** The colour of the most loaded muscle, {@code #a50f15}. */
    public static final int[] TO = {165, 15, 21};

    private HeatScale() {}

    /** {@code rgb(r,g,b)} for a share from 0 to 1 (clamped). */
    public static String colour(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return String.format(
                Locale.ROOT,
                "rgb(%d,%d,%d)",
                Math.round(FROM[0] + (TO[0] - FROM[0]) * f),
                Math.round(FROM[1] + (TO[1] - FROM[1]) * f),
                Math.round(FROM[2] + (TO[2] - FROM[2]) * f));
    }

    /** An end of the scale as {@code #rrggbb}. */
    public static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
