package org.runmuscle.app.output;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.text.Quoted;

/**
 * How a table shows distances, paces and moments: the athlete's unit and time zone. JSON never
 * goes through this (it stays metres, seconds per km and UTC), so programs read one form.
 *
 * @param miles miles instead of kilometres
 * @param zone  the zone clock times are given in
 */
public record Display(boolean miles, ZoneId zone) {
    /** Kilometres and UTC: what a file on its own is shown in unless asked otherwise. */
    public static final Display METRIC_UTC = new Display(false, ZoneOffset.UTC);

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** From a stored profile, whose unit ("km"/"mi") and zone were checked when they were saved. */
    public static Display of(String units, String timeZone) {
        return new Display(miles(units), ZoneId.of(timeZone));
    }

    /** Whether a stored unit is miles. */
    public static boolean miles(String units) {
        return "mi".equals(units);
    }

    /** A unit as typed: "km" (or "metric") or "mi" ("miles", "imperial"); {@code name} says where. */
    public static String units(String text, String name) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "km", "metric" -> "km";
            case "mi", "miles", "imperial" -> "mi";
            default -> throw new UserInputException(name + " " + Quoted.of(text) + " is not a unit; accepted: km, mi");
        };
    }

    /** A zone as typed, as its id; {@code name} says where it was typed. */
    public static String zone(String text, String name) {
        try {
            return ZoneId.of(text.strip()).getId();
        } catch (DateTimeException e) {
            throw new UserInputException(
                    name + " " + Quoted.of(text) + " is not a time zone; give a region such as Europe/Berlin or UTC");
        }
    }

    public String distance(Double meters) {
        return Units.distance(meters, miles);
    }

    public String pace(Double secondsPerKm) {
        return Units.pace(secondsPerKm, miles);
    }

    /** "2026-11-02 08:10:01 Europe/Paris"; UTC is written "UTC". */
    public String moment(Instant instant) {
        String id = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        return SECOND.format(instant.atZone(zone)) + " " + id;
    }
}
