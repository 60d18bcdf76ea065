package org.runmuscle.app.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.plan.Plan;

/**
 * The calendar date of each session of a plan that starts in the week of a given Monday: the
 * table, the JSON and the calendar file show the same dates.
 */
final class SessionDates {
    private SessionDates() {}

    static LocalDate of(LocalDate monday, Plan.Week week, Plan.Session session) {
        DayOfWeek day = Days.byId(session.day()).orElseThrow();
        return monday.with(DayOfWeek.MONDAY).plusWeeks(week.week() - 1L).with(day);
    }

    /** The plan's weeks as JSON, each session with its date (field names are API). */
    static List<Map<String, Object>> weeks(Plan plan, LocalDate monday) {
        return plan.weeks().stream()
                .map(w -> Json.object(
                        "week", w.week(),
                        "lighter", w.lighter(),
                        "sessions",
                                w.sessions().stream()
                                        .map(s -> Json.object(
                                                "day", s.day(),
                                                "date", of(monday, w, s).toString(),
                                                "minutes", s.minutes(),
                                                "heavy", s.heavy(),
                                                "focus", s.focus(),
                                                "warmUp", s.warmUp(),
                                                "exercises", s.exercises()))
                                        .toList()))
                .toList();
    }
}
