package org.runmuscle.app.training;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.history.History;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.RunningHistory;
import org.runmuscle.core.training.plan.DoubleProgression;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.StrengthSet;

/** What the plan takes from the history: the athlete's level and equipment, and recent running and strength work. */
final class PlanHistory {
    private PlanHistory() {}

    /**
     * What the plan takes from the history.
     *
     * @param done     each logged exercise's last session, for double progression
     * @param today    today in the athlete's time zone (or the day asked for)
     * @param monday   the Monday the plan starts
     * @param owner    whose plan it is ("a" and the athlete's id; "" without a history), for calendar UIDs
     */
    record Context(
            RunningHistory history,
            Optional<Level> level,
            Optional<String> equipment,
            Map<String, DoubleProgression.Done> done,
            LocalDate today,
            LocalDate monday,
            String owner) {
        /** A plan without a history, from the week of {@code start} or the Monday after {@code today}. */
        static Context none(LocalDate today, String start, String option) {
            return new Context(
                    RunningHistory.none(),
                    Optional.empty(),
                    Optional.empty(),
                    Map.of(),
                    today,
                    TrainingService.startDate(start, option, today),
                    "");
        }

        /** The plan's first day: its Monday, or today when the Monday has passed. */
        LocalDate firstDay() {
            return monday.isAfter(today) ? monday : today;
        }
    }

    /** How far back the log is read for the last session of each exercise: longer than that is starting over. */
    static final int LOG_DAYS = 90;

    /** Each exercise's most recent logged session up to {@code today}: its sets, reps, load and effort. */
    static Map<String, DoubleProgression.Done> lastDone(HistoryStore store, long today) {
        Map<String, DoubleProgression.Done> done = new LinkedHashMap<>();
        for (StrengthSession session : store.strength().sessions(today - LOG_DAYS, today)) {
            Map<String, List<StrengthSet>> byExercise = new LinkedHashMap<>();
            session.sets()
                    .forEach(set -> byExercise
                            .computeIfAbsent(set.exercise(), k -> new ArrayList<>())
                            .add(set));
            byExercise.forEach((exercise, sets) -> {
                double rpe = sets.stream()
                        .mapToDouble(StrengthSet::rpe)
                        .filter(x -> !Double.isNaN(x))
                        .average()
                        .orElse(session.rpe());
                done.put(
                        exercise,
                        new DoubleProgression.Done(
                                LocalDate.ofEpochDay(session.epochDay()),
                                sets.size(),
                                sets.stream().mapToInt(StrengthSet::reps).min().orElse(0),
                                sets.stream()
                                        .mapToDouble(StrengthSet::seconds)
                                        .min()
                                        .orElse(0),
                                sets.stream()
                                        .mapToDouble(StrengthSet::loadKg)
                                        .max()
                                        .orElse(0),
                                sets.stream()
                                        .mapToDouble(StrengthSet::rir)
                                        .filter(x -> !Double.isNaN(x))
                                        .average()
                                        .orElse(Double.NaN),
                                rpe));
            });
        }
        return done;
    }

    /**
     * From the history at {@code --db} when there is one (no database is created for it): today is
     * {@code asOf}, else today in the athlete's time zone; the plan starts the week of {@code start},
     * else the Monday after today.
     */
    static Context read(DbOption database, AthleteOption athlete, Optional<LocalDate> asOf, String start) {
        Optional<HistoryStore> opened = athlete.openIfPresent(database);
        if (opened.isEmpty()) {
            return Context.none(asOf.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)), start, "--start");
        }
        try (HistoryStore store = opened.get()) {
            return of(HistoryService.of(store), asOf, start, "--start");
        }
    }

    /** As {@link #read}, over an open history; {@code option} names the start in messages. */
    static Context of(HistoryService service, Optional<LocalDate> asOf, String start, String option) {
        LocalDate today = asOf.orElseGet(() -> service.today(Clock.systemUTC()));
        LocalDate monday = TrainingService.startDate(start, option, today);
        return of(service, today, monday);
    }

    /** Each muscle's readiness on {@code day}, with no more training before it (today's when it is not later). */
    private static Map<String, Double> readinessOn(HistoryService service, History today, long todayDay, long day) {
        History projected = day > todayDay ? service.projected(today, day) : today;
        Map<String, Double> readiness = new LinkedHashMap<>();
        for (History.MuscleView muscle : projected.muscles()) {
            readiness.put(muscle.id(), muscle.readinessPercent());
        }
        return readiness;
    }

    /**
     * From an open history: the loads of the 28 days to {@code today}, and each muscle's readiness
     * projected to the plan's first day ({@code firstDay}, not before today) with no more running
     * in between, and to each day of its first week. A plan that starts next Monday does not ease a
     * group that will have recovered by then, nor a Thursday session for a group recovered by Thursday;
     * a coach rejected sets cut on Monday from today's readiness for a session a week away.
     */
    public static Context of(HistoryService service, LocalDate todayDate, LocalDate monday) {
        long today = todayDate.toEpochDay();
        long firstDay = Math.max(today, monday.toEpochDay());
        HistoryStore store = service.store();
        var athlete = store.athlete();
        Optional<Level> level = Level.byId(athlete.level());
        Optional<String> equipment = Optional.of(athlete.equipment());
        Instant from =
                LocalDate.ofEpochDay(today - 27).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to =
                LocalDate.ofEpochDay(today + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int runs = (int) store.activities(Optional.of(from)).stream()
                .filter(a -> a.sport().equals("running") && a.startTime().isBefore(to))
                .count();
        History history = service.history(today, 28);
        Map<String, Double> acute = new LinkedHashMap<>();
        Map<String, Double> chronic = new LinkedHashMap<>();
        Map<String, Double> readiness = new LinkedHashMap<>();
        for (History.MuscleView muscle : history.muscles()) {
            acute.put(muscle.id(), muscle.acute7dBwSeconds());
            chronic.put(muscle.id(), muscle.chronic28dBwSeconds());
        }
        readiness.putAll(readinessOn(service, history, today, firstDay));
        // each day of the first week, so that each session is eased for its own day
        Map<DayOfWeek, Map<String, Double>> byDay = new EnumMap<>(DayOfWeek.class);
        // a session's date is its weekday in the plan's first week (SessionDates); one already past
        // takes today's readiness
        long first = monday.toEpochDay();
        for (long day = first; day < first + 7; day++) {
            byDay.put(LocalDate.ofEpochDay(day).getDayOfWeek(), readinessOn(service, history, today, day));
        }
        RunningHistory running =
                RunningHistory.of(service.atlas(), service.model(), runs, acute, chronic, readiness, byDay);
        return new Context(
                running, level, equipment, lastDone(store, today), todayDate, monday, "a" + store.athleteId());
    }
}
