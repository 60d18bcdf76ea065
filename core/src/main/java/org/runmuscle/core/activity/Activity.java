package org.runmuscle.core.activity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One recorded session: a run, or one leg of a triathlon.
 *
 * @param sport         what it was
 * @param startTime     when it started
 * @param samples       the recorded points, times strictly increasing, cadence in steps/min for foot sports
 * @param timerSeconds  time the device's timer ran, from its start/stop events, when the file has them
 * @param deviceTotals  the device's own totals, NaN where absent
 * @param device        manufacturer and product, or the exporting application, as far as known ("" if not)
 * @param bodyMassKg    body mass from the file's user profile, when it has one
 * @param warnings      what the reader repaired or left out, one plain line each
 * @param name          the title the file or its export gives the activity ("Morning Run"), "" if none
 */
public record Activity(
        Sport sport,
        Instant startTime,
        Samples samples,
        OptionalDouble timerSeconds,
        DeviceTotals deviceTotals,
        String device,
        OptionalDouble bodyMassKg,
        List<String> warnings,
        String name) {
    public Activity {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(timerSeconds, "timerSeconds");
        Objects.requireNonNull(deviceTotals, "deviceTotals");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(bodyMassKg, "bodyMassKg");
        warnings = List.copyOf(warnings);
        name = name == null ? "" : name.strip();
    }

    /** An activity without a title. */
    public Activity(
            Sport sport,
            Instant startTime,
            Samples samples,
            OptionalDouble timerSeconds,
            DeviceTotals deviceTotals,
            String device,
            OptionalDouble bodyMassKg,
            List<String> warnings) {
        this(sport, startTime, samples, timerSeconds, deviceTotals, device, bodyMassKg, warnings, "");
    }

    public Activity withName(String title) {
        return new Activity(sport, startTime, samples, timerSeconds, deviceTotals, device, bodyMassKg, warnings, title);
    }

    public Activity withSport(Sport newSport) {
        return new Activity(
                newSport, startTime, samples, timerSeconds, deviceTotals, device, bodyMassKg, warnings, name);
    }
}
