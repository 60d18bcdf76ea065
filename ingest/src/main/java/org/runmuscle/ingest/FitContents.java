package org.runmuscle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.training.RecordedSet;

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
            double descentMeters,
            double poolLengthMeters,
            int subSport) {}

    /** One pool length: when it started and ended (Unix seconds), and whether it was swum or a rest. */
    record Length(double start, double end, boolean active) {}

    /** A timer start (true) or stop (false) at a Unix time. */
    record TimerEvent(double time, boolean start) {}

    final Samples.Builder records;
    final List<Session> sessions = new ArrayList<>();
    final List<TimerEvent> timerEvents = new ArrayList<>();
    final List<Length> lengths = new ArrayList<>();
    /** Active strength sets, in the order recorded (rest sets are left out). */
    final List<RecordedSet> sets = new ArrayList<>();
    /** A strap's stored heart rate, shared by every part of a chain. */
    final FitHeartRates heartRates;

    final List<String> warnings = new ArrayList<>();
    int fileType = -1;
    int manufacturer = -1;
    int product = -1;
    int sportMessageSport = -1;
    double weightKg = Double.NaN;
    /** Whether the device clock was unset: times are seconds since power-on, not dates. */
    boolean relativeTimes;

    FitContents(int expectedRecords, FitHeartRates heartRates) {
        records = Samples.builder(expectedRecords);
        this.heartRates = heartRates;
    }
}
