package org.runmuscle.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/** The common last step of the GPX and TCX readers: from collected points to a clean activity. */
final class XmlActivities {
    private XmlActivities() {}

    /**
     * Faster on average than this is not a run: the marathon world record is 5.9 m/s and a whole
     * recording includes its slower parts, so 6 m/s (21.6 km/h, 2:47 /km) over a track's length
     * means a bike. (Our own bound from the record, not a published threshold.)
     */
    static final double FASTEST_RUN_METERS_PER_SECOND = 6.0;

    /**
     * 1980-01-01: no GPS recording is older (GPS time starts on 1980-01-06). GPSBabel writes
     * 1901-12-13, the most negative 32-bit Unix time, when it has no time at all
     * (shared/data/activities-more: gpxpy Mojstrovka.gpx).
     */
    static final double EARLIEST_RECORDING_SECONDS = 315_532_800;

    /**
     * Builds one activity. A file that does not name its sport is taken as a run, since runners'
     * apps often leave it out, and a warning says so; unless it moves faster than anyone runs.
     */
    static Activity of(Sport named, Samples raw, DeviceTotals totals, String device, List<String> warnings, String what)
            throws ActivityFormatException {
        if (raw.isEmpty()) {
            throw ActivityFormatException.notAnActivity("no timing data: the " + what + " has points without times "
                    + "(a planned route, not a recorded activity)");
        }
        if (raw.time(raw.size() - 1) < EARLIEST_RECORDING_SECONDS) {
            throw new ActivityFormatException("every time in the " + what + " is before 1980 (the first is "
                    + Instant.ofEpochSecond((long) raw.time(0)).toString().substring(0, 10)
                    + "): the device wrote placeholder times, so the activity cannot be dated");
        }
        ClockJumps jumps = ClockJumps.in(raw);
        warnings.addAll(jumps.describe());
        Samples located = Geo.fillDistance(jumps.apply(raw));
        Sport sport = named;
        if (named == Sport.GENERIC) {
            double speed = averageSpeed(located);
            if (speed > FASTEST_RUN_METERS_PER_SECOND) {
                sport = Sport.CYCLING;
                warnings.add(String.format(
                        Locale.ROOT,
                        "the file does not say which sport it records; "
                                + "taken as cycling, since it averages %.1f km/h, faster than anyone runs",
                        speed * 3.6));
            } else {
                sport = Sport.RUNNING;
                warnings.add("the file does not say which sport it records; taken as running");
            }
        }
        Samples samples = SampleCleaner.clean(located, sport, warnings);
        if (samples.isEmpty()) {
            throw new ActivityFormatException(
                    "no recorded point in the " + what + " carries any data besides its time");
        }
        return new Activity(
                sport,
                Instant.ofEpochMilli(Math.round(samples.time(0) * 1000)),
                samples,
                OptionalDouble.empty(),
                totals,
                device,
                OptionalDouble.empty(),
                warnings);
    }

    /** Metres per second from the first to the last point that has a distance; 0 if none. */
    static double averageSpeed(Samples samples) {
        int first = -1;
        int last = -1;
        for (int row = 0; row < samples.size(); row++) {
            if (!Double.isNaN(samples.get(Channel.DISTANCE, row))) {
                if (first < 0) {
                    first = row;
                }
                last = row;
            }
        }
        if (first < 0 || samples.time(last) <= samples.time(first)) {
            return 0;
        }
        return (samples.get(Channel.DISTANCE, last) - samples.get(Channel.DISTANCE, first))
                / (samples.time(last) - samples.time(first));
    }
}
