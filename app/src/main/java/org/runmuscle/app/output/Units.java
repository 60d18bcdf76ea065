package org.runmuscle.app.output;

import java.util.Locale;
import org.runmuscle.core.activity.Miles;

/** Durations, distances and paces as a runner reads them. */
public final class Units {
    private Units() {}

    /** 3725 → "1:02:05", 65 → "1:05"; "-" when missing. */
    public static String duration(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        long total = Math.round(seconds);
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    public static String km(Double meters) {
        return meters == null ? "-" : String.format("%.2f km", meters / 1000);
    }

    public static String pace(Double secondsPerKm) {
        return secondsPerKm == null ? "-" : duration(secondsPerKm) + " /km";
    }

    /** Metres in the athlete's unit: "5.03 km", or "3.13 mi" when {@code miles}. */
    public static String distance(Double meters, boolean miles) {
        if (!miles) {
            return km(meters);
        }
        return meters == null ? "-" : String.format("%.2f mi", meters / Miles.METRES);
    }

    /** A pace per km in the athlete's unit: "5:12 /km", or "8:22 /mi" when {@code miles}. */
    public static String pace(Double secondsPerKm, boolean miles) {
        if (!miles || secondsPerKm == null) {
            return pace(secondsPerKm);
        }
        return duration(secondsPerKm * Miles.METRES / 1000) + " /mi";
    }

    public static String number(Double value, String unit) {
        return value == null ? "-" : String.format("%.0f%s", value, unit);
    }

    /** A number with {@code digits} decimals and its unit, or "-". */
    public static String number(Double value, int digits, String unit) {
        return value == null ? "-" : String.format(Locale.ROOT, "%." + digits + "f%s", value, unit);
    }
}
