package org.runmuscle.core.text;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers with a fixed count of decimals, written exactly as {@code String.format} writes
 * {@code %.Nf}, {@code %+.Nf}, {@code %W.Nf} and {@code %0Wd} in the same locale, without a
 * {@link java.util.Formatter} per call. A run's notes format a few hundred numbers; through
 * {@code String.format} that was a seventh of {@code analyze} of the shared FIT folder in a fresh
 * JVM (Flight Recorder).
 *
 * <p>Exact by construction rather than by imitation. {@code Formatter} rounds half up on the
 * double's shortest decimal digits, which differ from the double's exact value by less than half
 * its ulp; both therefore round to the same number unless the value lies within that error of a
 * tie ({@code 0.15} to one decimal). Such values, anything large, infinities, NaN and locales
 * whose digits or decimal separator are not ASCII's go to {@code String.format} itself.
 */
public final class Decimals {
    private static final long[] SCALE = {1, 10, 100, 1000};
    /**
     * The fast path's largest scaled value: below it a double's ulp is under 1.2e-7, so the
     * scaling's rounding error and the shortest digits' distance from the value stay far below
     * {@link #TIE}.
     */
    private static final double LARGEST = 1e9;
    /** How near a tie a scaled value must come to be left to {@code String.format}. */
    private static final double TIE = 1e-6;

    /** The last locale asked about and its answer, kept together so that threads see them as one. */
    private record Checked(Locale locale, boolean plain) {}

    private static volatile Checked checked = new Checked(Locale.ROOT, true);

    private Decimals() {}

    /**
     * {@code String.format("%.Nf", value)} with N = {@code decimals}: 0 to 3 are written here, more
     * through {@code String.format}.
     */
    public static String fixed(double value, int decimals) {
        return format(locale(), value, decimals, false, 0);
    }

    /** {@code String.format("%+.Nf", value)}: a sign always. */
    public static String signed(double value, int decimals) {
        return format(locale(), value, decimals, true, 0);
    }

    /** {@code String.format("%W.Nf", value)}: right-aligned in at least {@code width} characters. */
    public static String fixed(double value, int decimals, int width) {
        return format(locale(), value, decimals, false, width);
    }

    /** {@code String.format(locale, "%.Nf", value)}. */
    public static String fixed(Locale locale, double value, int decimals) {
        return format(locale, value, decimals, false, 0);
    }

    /** {@code String.format("%0Wd", value)}: at least {@code width} digits, zeros in front. */
    public static String zeroPadded(long value, int width) {
        Locale locale = locale();
        if (!plain(locale) || value < 0) {
            return String.format(locale, "%0" + width + "d", value);
        }
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** {@code String.format("%d", value)}. */
    public static String integer(long value) {
        Locale locale = locale();
        return plain(locale) ? Long.toString(value) : String.format(locale, "%d", value);
    }

    /**
     * A duration as a runner reads it, rounded to the second: {@code m:ss}, or {@code h:mm:ss}
     * from an hour (65 s is "1:05", 3725 s "1:02:05").
     */
    public static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? integer(s / 3600) + ":" + zeroPadded(s % 3600 / 60, 2) + ":" + zeroPadded(s % 60, 2)
                : integer(s / 60) + ":" + zeroPadded(s % 60, 2);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    private static String format(Locale locale, double value, int decimals, boolean plus, int width) {
        String fast = plain(locale) ? fast(value, decimals, plus) : null;
        if (fast == null) {
            return String.format(
                    locale, "%" + (plus ? "+" : "") + (width > 0 ? width : "") + "." + decimals + "f", value);
        }
        return fast.length() >= width ? fast : " ".repeat(width - fast.length()) + fast;
    }

    /** The figure, or null when {@code String.format} must write it. */
    static String fast(double value, int decimals, boolean plus) {
        if (decimals < 0 || decimals >= SCALE.length) {
            return null;
        }
        double scaled = Math.abs(value) * SCALE[decimals];
        if (!(scaled < LARGEST)) {
            return null; // large, infinite or NaN
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        // Without decimals the scaled value is the value itself, exactly: a fraction of one half
        // is a true tie, whose shortest digits end in 5 and round up, and any other fraction lies
        // on the same side of the tie as the digits do. Cadences of 97.5 steps/min are common.
        if (decimals > 0 && Math.abs(fraction - 0.5) <= TIE) {
            return null;
        }
        long units = (long) whole + (fraction >= 0.5 ? 1 : 0);
        // Formatter's own test: -0.0 and values that round to zero keep their minus sign
        boolean negative = Double.compare(value, 0.0) < 0;
        StringBuilder text = new StringBuilder(16);
        if (negative) {
            text.append('-');
        } else if (plus) {
            text.append('+');
        }
        long scale = SCALE[decimals];
        text.append(units / scale);
        if (decimals > 0) {
            String fractionDigits = Long.toString(units % scale + scale);
            text.append('.').append(fractionDigits, 1, fractionDigits.length());
        }
        return text.toString();
    }

    /** Whether the locale writes ASCII digits and a '.' (most do; the answer is kept per locale). */
    private static boolean plain(Locale locale) {
        Checked last = checked;
        if (last.locale() == locale) {
            return last.plain();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        boolean plain = symbols.getZeroDigit() == '0' && symbols.getDecimalSeparator() == '.';
        checked = new Checked(locale, plain);
        return plain;
    }
}
