package org.runmuscle.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/**
 * Shapes decoded FIT contents into activities: one per session (a triathlon gives swim, bike, run
 * and transitions), each with its records, its timer time and the device's totals.
 */
final class FitActivities {
    private FitActivities() {}

    /**
     * The activities of a FIT chain: each activity part gives its own, a chained settings file is
     * passed over, and parts holding only a strap's stored heart rate feed the others.
     */
    static List<Activity> of(List<FitContents> parts) throws ActivityFormatException {
        FitContents first = parts.get(0);
        if (first.fileType >= 0 && first.fileType != FitProfile.FILE_TYPE_ACTIVITY) {
            String type = FitProfile.FILE_TYPES.getOrDefault(first.fileType, "type " + first.fileType);
            throw ActivityFormatException.notAnActivity(
                    "this is a FIT " + type + " file, not an activity: it holds no run to read");
        }
        Samples strap = first.heartRates.build();
        List<Activity> activities = new ArrayList<>();
        ActivityFormatException firstProblem = null;
        for (FitContents part : parts) {
            boolean otherKind = part.fileType >= 0 && part.fileType != FitProfile.FILE_TYPE_ACTIVITY;
            boolean heartRateOnly = part.records.size() == 0 && part.sessions.isEmpty();
            if (part != first && (otherKind || heartRateOnly)) {
                continue;
            }
            try {
                for (Activity activity : of(part, strap)) {
                    // a chain that repeats its activity (a copy appended) gives it once
                    if (activities.stream()
                            .noneMatch(
                                    a -> a.startTime().equals(activity.startTime()) && a.sport() == activity.sport())) {
                        activities.add(activity);
                    }
                }
            } catch (ActivityFormatException e) {
                if (part == first) {
                    firstProblem = e;
                }
            }
        }
        if (activities.isEmpty()) {
            throw firstProblem != null
                    ? firstProblem
                    : new ActivityFormatException("the FIT file holds no records: there is no recorded point to read");
        }
        return activities;
    }

    private static List<Activity> of(FitContents fit, Samples strap) throws ActivityFormatException {
        Samples decoded = fit.records.build();
        if (decoded.isEmpty()) {
            throw new ActivityFormatException("the FIT file holds no records: there is no recorded point to read");
        }
        ClockJumps jumps = ClockJumps.in(
                decoded,
                fit.sessions.stream()
                        .mapToDouble(FitContents.Session::startTime)
                        .toArray());
        Samples records = jumps.apply(decoded);
        List<FitContents.TimerEvent> events = fit.timerEvents.stream()
                .map(e -> new FitContents.TimerEvent(jumps.correct(e.time()), e.start()))
                .toList();
        List<String> shared = new ArrayList<>(fit.warnings);
        shared.addAll(jumps.describe());
        if (fit.relativeTimes) {
            shared.add("the device clock was not set: times count from when it was switched on, not real dates");
        }
        String device = device(fit);
        OptionalDouble mass = Double.isNaN(fit.weightKg) || fit.weightKg <= 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(fit.weightKg);
        List<FitContents.Session> sessions = new ArrayList<>(
                fit.sessions.stream().map(x -> corrected(x, jumps)).toList());
        sessions.sort(Comparator.comparingDouble(FitContents.Session::startTime));
        List<Activity> activities = new ArrayList<>();
        Samples strapHeartRate = jumps.apply(strap);
        if (sessions.isEmpty()) {
            List<String> warnings = new ArrayList<>(shared);
            warnings.add("the file has no session message: sport and device totals are unknown");
            Sport sport = FitSports.of(fit.sportMessageSport);
            Samples clean = SampleCleaner.clean(records, sport, warnings);
            if (clean.isEmpty()) {
                throw new ActivityFormatException("no record of the FIT file carries any usable data");
            }
            activities.add(activity(
                    sport,
                    clean,
                    events,
                    Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY,
                    DeviceTotals.none(),
                    device,
                    mass,
                    warnings));
            return activities;
        }
        for (int s = 0; s < sessions.size(); s++) {
            FitContents.Session session = sessions.get(s);
            double from = s == 0 ? Double.NEGATIVE_INFINITY : session.startTime();
            double to = s + 1 < sessions.size() ? sessions.get(s + 1).startTime() : Double.POSITIVE_INFINITY;
            Sport sport =
                    FitSports.of(session.sport() >= 0 ? session.sport() : fit.sportMessageSport, session.subSport());
            Samples part = rowsBetween(records, from, to);
            if (part.isEmpty() && !(session.poolLengthMeters() > 0)) {
                continue;
            }
            List<String> warnings = new ArrayList<>(shared);
            Samples clean = part.isEmpty() ? part : SampleCleaner.clean(part, sport, warnings);
            if (session.poolLengthMeters() > 0) {
                clean = PoolLengths.distances(clean, fit.lengths, session);
            }
            // the strap records from when it is put on, often minutes before the session starts
            double sessionEnd = session.startTime() + (session.elapsedSeconds() > 0 ? session.elapsedSeconds() : 0);
            clean = FitHeartRates.merge(
                    clean,
                    strapHeartRate,
                    Math.max(from, session.startTime()),
                    Math.min(to, Math.max(sessionEnd, session.endTime())),
                    sport != Sport.RUNNING);
            if (clean.isEmpty()) {
                // every record of this session was impossible (a corrupted file can do that)
                continue;
            }
            activities.add(activity(
                    sport,
                    clean,
                    events,
                    session.startTime(),
                    session.startTime() + session.elapsedSeconds(),
                    totals(session, sport),
                    device,
                    mass,
                    warnings));
        }
        if (activities.isEmpty()) {
            throw new ActivityFormatException("no usable record of the FIT file falls inside any of its sessions");
        }
        return activities;
    }

    private static Activity activity(
            Sport sport,
            Samples samples,
            List<FitContents.TimerEvent> events,
            double sessionStart,
            double sessionEnd,
            DeviceTotals totals,
            String device,
            OptionalDouble mass,
            List<String> warnings) {
        double start = Double.isFinite(sessionStart) && !Double.isNaN(sessionStart)
                ? Math.min(sessionStart, samples.time(0))
                : samples.time(0);
        double end = Double.isFinite(sessionEnd) && !Double.isNaN(sessionEnd)
                ? Math.max(sessionEnd, samples.time(samples.size() - 1))
                : samples.time(samples.size() - 1);
        return new Activity(
                sport,
                Instant.ofEpochMilli(Math.round(start * 1000)),
                samples,
                timer(timerSeconds(events, start, end), totals, end - start),
                totals,
                device,
                mass,
                warnings);
    }

    /**
     * The timer from the events, unless they account for less than half of the session's own timer
     * total while that total fits in the session: a fēnix 2 multisport file logs timer events for
     * its last session only, which left six of its seven sessions with no moving time
     * (shared/data/activities-more: tormoder-fit activity-large-fenxi2-multisport.fit).
     */
    static OptionalDouble timer(OptionalDouble fromEvents, DeviceTotals totals, double span) {
        double session = totals.timerSeconds();
        boolean plausible = session > 0 && session <= span + 1;
        if (plausible && (fromEvents.isEmpty() || fromEvents.getAsDouble() < session / 2)) {
            return OptionalDouble.of(session);
        }
        return fromEvents;
    }

    /** Rows with {@code from <= time < to}; records are in file order, which is time order. */
    private static Samples rowsBetween(Samples records, double from, double to) {
        int first = 0;
        while (first < records.size() && records.time(first) < from) {
            first++;
        }
        int last = first;
        while (last < records.size() && records.time(last) < to) {
            last++;
        }
        return first == 0 && last == records.size() ? records : records.slice(first, last);
    }

    /**
     * Seconds the timer ran within [start, end]: the overlap with every start→stop interval of the
     * timer events. Empty when the file has no timer events. When the first event is a stop, the
     * timer was started before the device logged events (it happens): it ran from {@code start}.
     */
    static OptionalDouble timerSeconds(List<FitContents.TimerEvent> events, double start, double end) {
        if (events.isEmpty()) {
            return OptionalDouble.empty();
        }
        double total = 0;
        double runningSince = events.get(0).start() ? Double.NaN : start;
        for (FitContents.TimerEvent event : events) {
            if (event.start()) {
                if (Double.isNaN(runningSince)) {
                    runningSince = event.time();
                }
            } else if (!Double.isNaN(runningSince)) {
                total += overlap(runningSince, event.time(), start, end);
                runningSince = Double.NaN;
            }
        }
        if (!Double.isNaN(runningSince)) {
            total += overlap(runningSince, end, start, end);
        }
        return OptionalDouble.of(total);
    }

    private static double overlap(double a, double b, double start, double end) {
        return Math.max(0, Math.min(b, end) - Math.max(a, start));
    }

    private static FitContents.Session corrected(FitContents.Session s, ClockJumps jumps) {
        if (jumps.isEmpty()) {
            return s;
        }
        return new FitContents.Session(
                jumps.correct(s.startTime()),
                jumps.correct(s.endTime()),
                s.sport(),
                s.elapsedSeconds(),
                s.timerSeconds(),
                s.distanceMeters(),
                s.avgHeartRate(),
                s.maxHeartRate(),
                s.avgCadence(),
                s.ascentMeters(),
                s.descentMeters(),
                s.poolLengthMeters(),
                s.subSport());
    }

    private static DeviceTotals totals(FitContents.Session s, Sport sport) {
        double cadence = sport.countsStrides() ? s.avgCadence() * 2 : s.avgCadence();
        return new DeviceTotals(
                s.elapsedSeconds(),
                s.timerSeconds(),
                s.distanceMeters(),
                s.avgHeartRate(),
                s.maxHeartRate(),
                cadence,
                s.ascentMeters(),
                s.descentMeters());
    }

    private static String device(FitContents fit) {
        if (fit.manufacturer < 0) {
            return "";
        }
        String maker = FitProfile.MANUFACTURERS.getOrDefault(fit.manufacturer, "manufacturer " + fit.manufacturer);
        return fit.product < 0 ? maker : maker + " product " + fit.product;
    }
}
