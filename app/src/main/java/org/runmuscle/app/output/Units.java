package org.runmuscle.app.output;

import java.util.Locale;
import org.runmuscle.core.activity.Miles;
import org.runmuscle.core.text.Decimals;

/**
 * Durations, distances and paces as a runner reads them. Numbers go through {@link Decimals}:
 * what {@code String.format} writes, without a formatter per number.
 */
public final class Units {
    private Units() {}

    /** 3725 → "1:02:05", 65 → "1:05"; "-" when missing. */
    public static String duration(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        return Decimals.clock(seconds);
    }

    public static String km(Double meters) {
        return meters == null ? "-" : Decimals.fixed(meters / 1000, 2) + " km";
    }

    public static String pace(Double secondsPerKm) {
        return secondsPerKm == null ? "-" : duration(secondsPerKm) + " /km";
    }

    /** Metres in the athlete's unit: "5.03 km", or "3.13 mi" when {@code miles}. */
    public static String distance(Double meters, boolean miles) {
        if (!miles) {
            return km(meters);
        }
        return meters == null ? "-" : Decimals.fixed(meters / Miles.METRES, 2) + " mi";
    }

    /** A pace per km in the athlete's unit: "5:12 /km", or "8:22 /mi" when {@code miles}. */
    public static String pace(Double secondsPerKm, boolean miles) {
        if (!miles || secondsPerKm == null) {
            return pace(secondsPerKm);
        }
        return duration(secondsPerKm * Miles.METRES / 1000) + " /mi";
    }

    public static String number(Double value, String unit) {
        return value == null ? "-" : Decimals.fixed(value, 0) + unit;
    }

    /** A number with {@code digits} decimals and its unit, or "-". */
    public static String number(Double value, int digits, String unit) {
        return value == null ? "-" : Decimals.fixed(Locale.ROOT, value, digits) + unit;
    }
}
