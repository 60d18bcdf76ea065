package org.runmuscle.app.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.WholeBodyLoad;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.Work;

/**
 * Each session's whole-body load, and fitness, fatigue and form by day ({@link WholeBodyLoad} says
 * which formulas): what runners know from their watch, next to the per-muscle view.
 */
public record WholeBody(List<SessionLoad> sessions, List<WholeBodyLoad.Day> days) {
    /** One session's load (field names are API); {@code kind} is the activity's sport or "strength". */
    public record SessionLoad(
            String date, String kind, long id, WholeBodyLoad.Method method, double minutes, double load) {}

    /** Each session's whole-body load, and fitness, fatigue and form over {@code days} days to {@code today}. */
    public static WholeBody of(HistoryService service, long today, int days, Work work) {
        return load(service.store(), service.athlete(), today, days, work);
    }

    static WholeBody load(HistoryStore store, Athlete athlete, long today, int days, Work work) {
        long from = today - days + 1;
        long first = from - WholeBodyLoad.WARM_UP_DAYS;
        double[] loads = new double[(int) (today - first + 1)];
        List<SessionLoad> sessions = new ArrayList<>();
        // a watch's strength session is also an activity: its heart rate counts it once, not twice
        Set<String> counted = new HashSet<>();
        if (work != Work.STRENGTH) {
            Level level = Level.byId(athlete.level()).orElse(Level.BEGINNER);
            Instant since =
                    LocalDate.ofEpochDay(first).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (StoredActivity a : store.activities(Optional.of(since))) {
                long day = a.startTime().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
                boolean running = a.sport().equals("running");
                if (day > today || (work == Work.RUNNING && !running)) {
                    continue;
                }
                session(a, running, level, athlete).ifPresent(s -> {
                    counted.add(a.contentHash());
                    loads[(int) (day - first)] += s.load();
                    if (day >= from) {
                        sessions.add(s);
                    }
                });
            }
        }
        if (work != Work.RUNNING) {
            for (StrengthSession s : store.strength().sessions(first, today)) {
                if (counted.contains(s.contentHash())) {
                    continue;
                }
                double rpe = WholeBodyLoad.strengthRpe(s.rpe(), s.meanSetRpe(), s.meanSetRir());
                double load = WholeBodyLoad.fromSessionRpe(s.minutes(), rpe);
                loads[(int) (s.epochDay() - first)] += load;
                if (s.epochDay() >= from) {
                    sessions.add(new SessionLoad(
                            LocalDate.ofEpochDay(s.epochDay()).toString(),
                            "strength",
                            s.id(),
                            WholeBodyLoad.Method.SESSION_RPE,
                            Numbers.tenths(s.minutes()),
                            Numbers.tenths(load)));
                }
            }
        }
        sessions.sort((a, b) -> a.date().compareTo(b.date()));
        return new WholeBody(sessions, WholeBodyLoad.series(loads, first, from, today));
    }

    /** A recorded activity's load: from heart rate where it has one, from pace for a run without. */
    private static Optional<SessionLoad> session(StoredActivity a, boolean running, Level level, Athlete athlete) {
        double minutes = a.movingSeconds() / 60;
        WholeBodyLoad.Method method;
        double load;
        if (!Double.isNaN(a.avgHeartRate())) {
            method = WholeBodyLoad.Method.HEART_RATE;
            load = WholeBodyLoad.fromHeartRate(minutes, a.avgHeartRate(), athlete.hrRest(), athlete.hrMax());
        } else if (running && !Double.isNaN(a.distanceMeters())) {
            method = WholeBodyLoad.Method.PACE;
            load = WholeBodyLoad.fromPace(minutes, a.distanceMeters(), a.ascentMeters(), level);
        } else {
            return Optional.empty();
        }
        return Optional.of(new SessionLoad(
                a.startTime().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                a.sport(),
                a.id(),
                method,
                Numbers.tenths(minutes),
                Numbers.tenths(load)));
    }

    /** Today's fitness, fatigue and form. */
    public WholeBodyLoad.Day last() {
        return days.get(days.size() - 1);
    }

    /** The JSON (field names are API). */
    Map<String, Object> json() {
        return Json.object(
                "unit",
                "trimp",
                "fitnessDays",
                WholeBodyLoad.FITNESS_DAYS,
                "fatigueDays",
                WholeBodyLoad.FATIGUE_DAYS,
                "sessions",
                sessions,
                "days",
                days.stream()
                        .map(d -> new WholeBodyLoad.Day(
                                d.date(),
                                Numbers.tenths(d.load()),
                                Numbers.tenths(d.fitness()),
                                Numbers.tenths(d.fatigue()),
                                Numbers.tenths(d.form())))
                        .toList());
    }
}
