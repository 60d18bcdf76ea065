package org.runmuscle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.activity.Samples;

/**
 * What the FIT decoder found, before it is shaped into activities: every record message as a row
 * (cadence still as stored, per leg), the sessions, the timer events and the file's identity.
 */
final class FitContents {
    /** A session message's values; NaN where absent. Times are Unix seconds. */
    record Session(
            double startTime,
            double endTime,
            int sport,
            double elapsedSeconds,
            double timerSeconds,
            double distanceMeters,
            double avgHeartRate,
            double maxHeartRate,
            double avgCadence,
            double ascentMeters,
            double descentMeters) {}

    /** A timer start (true) or stop (false) at a Unix time. */
    record TimerEvent(double time, boolean start) {}

    final Samples.Builder records;
    final List<Session> sessions = new ArrayList<>();
    final List<TimerEvent> timerEvents = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int fileType = -1;
    int manufacturer = -1;
    int product = -1;
    int sportMessageSport = -1;
    double weightKg = Double.NaN;
    /** Whether the device clock was unset: times are seconds since power-on, not dates. */
    boolean relativeTimes;

    FitContents(int expectedRecords) {
        records = Samples.builder(expectedRecords);
    }
}
