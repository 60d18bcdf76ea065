package org.runmuscle.ingest;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/** The common last step of the GPX and TCX readers: from collected points to a clean activity. */
final class XmlActivities {
    private XmlActivities() {
    }

    /**
     * Builds one activity. A file that does not name its sport is taken as a run, since runners'
     * apps often leave it out, and a warning says so.
     */
    static Activity of(Sport named, Samples raw, DeviceTotals totals, String device, List<String> warnings,
                       String what) throws ActivityFormatException {
        if (raw.isEmpty()) {
            throw new ActivityFormatException("no timing data: the " + what + " has points without times "
                    + "(a planned route, not a recorded activity)");
        }
        Sport sport = named;
        if (named == Sport.GENERIC) {
            sport = Sport.RUNNING;
            warnings.add("the file does not say which sport it records; taken as running");
        }
        ClockJumps jumps = ClockJumps.in(raw);
        warnings.addAll(jumps.describe());
        Samples samples = SampleCleaner.clean(Geo.fillDistance(jumps.apply(raw)), sport, warnings);
        if (samples.isEmpty()) {
            throw new ActivityFormatException("no recorded point in the " + what + " carries any data besides its time");
        }
        return new Activity(sport, Instant.ofEpochMilli(Math.round(samples.time(0) * 1000)), samples,
                OptionalDouble.empty(), totals, device, OptionalDouble.empty(), warnings);
    }
}
