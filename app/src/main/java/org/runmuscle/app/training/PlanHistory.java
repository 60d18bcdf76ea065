package org.runmuscle.app.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.history.History;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.RunningHistory;
import org.runmuscle.store.HistoryStore;

/** What the plan takes from the history: the athlete's level and equipment, and running's recent load. */
final class PlanHistory {
    private PlanHistory() {}

    record Context(RunningHistory history, Optional<Level> level, Optional<String> equipment) {
        static final Context NONE = new Context(RunningHistory.none(), Optional.empty(), Optional.empty());
    }

    /** From the history at {@code --db} when there is one; no database is created for it. */
    static Context read(DbOption database, AthleteOption athlete, Atlas atlas, long today, long firstDay) {
        Optional<HistoryStore> opened = athlete.openIfPresent(database);
        if (opened.isEmpty()) {
            return Context.NONE;
        }
        try (HistoryStore store = opened.get()) {
            return of(HistoryService.of(store), today, firstDay);
        }
    }

    /**
     * From an open history: the loads of the 28 days to {@code today}, and each muscle's readiness
     * projected to the plan's first day ({@code firstDay}, not before today) with no more running
     * in between. A plan that starts next Monday does not ease a group that will have recovered by
     * then; a coach rejected sets cut on Monday from today's readiness for a session a week away.
     */
    public static Context of(HistoryService service, long today, long firstDay) {
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
        History projected = firstDay > today ? service.history(firstDay, 28) : history;
        for (History.MuscleView muscle : projected.muscles()) {
            readiness.put(muscle.id(), muscle.readinessPercent());
        }
        RunningHistory running = RunningHistory.of(service.atlas(), service.model(), runs, acute, chronic, readiness);
        return new Context(running, level, equipment);
    }
}
