package org.runmuscle.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.training.Recovery;
import org.runmuscle.store.Contribution;
import org.runmuscle.store.DailyLoad;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "history",
        description = {
            "Shows, per muscle, what running has asked of it: load per day (a sparkline), the last 7 and 28 "
                    + "days and their ratio, readiness (100 %% = fully recovered) and the risk of soreness, with the runs that "
                    + "caused them.",
            "",
            "Readiness and soreness come from a recovery model whose constants are estimates: fatigue from "
                    + "shortening work fades in about a day, from lengthening (eccentric) work in about three; "
                    + "soreness peaks a day or two after unaccustomed eccentric work, less if the muscle did the "
                    + "same work in the weeks before."
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle history", "  runmuscle history --days 90 --format json"})
final class HistoryCommand implements Callable<Integer> {
    @Option(
            names = "--days",
            defaultValue = "42",
            paramLabel = "N",
            description = "Days to show, 1 to 3650 (default 42).")
    int days;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The day to evaluate (YYYY-MM-DD, UTC; default today).")
    String asOf;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Spec
    CommandSpec spec;

    /** One muscle's line of the JSON (field names are API). */
    record MuscleView(
            String id,
            double acute7dBwSeconds,
            double chronic28dBwSeconds,
            Double acuteChronicRatio,
            double readinessPercent,
            Recovery.SorenessRisk sorenessRisk,
            List<Long> runs) {}

    record DayView(String date, Map<String, Recovery.DayLoad> muscles) {}

    @Override
    public Integer call() {
        if (days < 1 || days > 3650) {
            throw new UserInputException("--days " + days + " is outside 1 to 3650");
        }
        long today = (asOf == null ? LocalDate.now(ZoneOffset.UTC) : DateOption.parse("--as-of", asOf)).toEpochDay();
        try (HistoryStore store = database.open()) {
            History history = History.load(store, today, days);
            PrintWriter out = spec.commandLine().getOut();
            if (output.json()) {
                Json.print(out, history.json(today, days));
            } else {
                history.print(out, today, days);
            }
            return 0;
        }
    }

    /** The loads of a window of days, and each muscle's state at its end. */
    record History(Atlas atlas, Map<String, NavigableMap<Long, Recovery.DayLoad>> byMuscle, List<MuscleView> muscles) {
        /** Enough days back for 28-day loads and for slow eccentric fatigue, plus the days shown. */
        static final int LOOKBACK = 60;

        static History load(HistoryStore store, long today, int days) {
            Atlas atlas = Atlas.load();
            return load(store, atlas, LoadModel.load(atlas).referenceDay(), today, days);
        }

        /** {@code reference}: each muscle's load on a reference day ({@link LoadModel#referenceDay()}). */
        static History load(HistoryStore store, Atlas atlas, Map<String, Double> reference, long today, int days) {
            long from = today - Math.max(days, LOOKBACK);
            Map<String, NavigableMap<Long, Recovery.DayLoad>> byMuscle = new LinkedHashMap<>();
            atlas.muscles().forEach(m -> byMuscle.put(m.id(), new TreeMap<>()));
            for (DailyLoad load : store.dailyLoads(from, today)) {
                byMuscle.computeIfAbsent(load.muscle(), k -> new TreeMap<>())
                        .put(load.epochDay(), new Recovery.DayLoad(load.loadBwSeconds(), load.eccentricBwSeconds()));
            }
            Map<String, Map<Long, Double>> causes = new LinkedHashMap<>();
            for (Contribution c : store.contributions(today - 6, today)) {
                causes.computeIfAbsent(c.muscle(), k -> new LinkedHashMap<>())
                        .merge(c.activityId(), c.loadBwSeconds(), Double::sum);
            }
            List<MuscleView> muscles = new ArrayList<>();
            for (Muscle muscle : atlas.muscles()) {
                Recovery.State state =
                        Recovery.state(byMuscle.get(muscle.id()), today, reference.getOrDefault(muscle.id(), 1.0));
                List<Long> runs = causes.getOrDefault(muscle.id(), Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                        .limit(3)
                        .map(Map.Entry::getKey)
                        .toList();
                muscles.add(new MuscleView(
                        muscle.id(),
                        round(state.acute7dBwSeconds()),
                        round(state.chronic28dBwSeconds()),
                        ActivityView.round(state.acuteChronicRatio(), 2),
                        ActivityView.round(state.readinessPercent(), 1),
                        state.sorenessRisk(),
                        runs));
            }
            return new History(atlas, byMuscle, muscles);
        }

        /** The JSON of {@code history --format json} (field names are API). */
        Object json(long today, int days) {
            return Json.object("muscles", muscles, "days", days(today, days));
        }

        List<DayView> days(long today, int days) {
            List<DayView> views = new ArrayList<>();
            for (long day = today - days + 1; day <= today; day++) {
                Map<String, Recovery.DayLoad> loads = new LinkedHashMap<>();
                for (var entry : byMuscle.entrySet()) {
                    Recovery.DayLoad load = entry.getValue().get(day);
                    if (load != null) {
                        loads.put(
                                entry.getKey(),
                                new Recovery.DayLoad(round(load.loadBwSeconds()), round(load.eccentricBwSeconds())));
                    }
                }
                views.add(new DayView(LocalDate.ofEpochDay(day).toString(), loads));
            }
            return views;
        }

        void print(PrintWriter out, long today, int days) {
            out.println("Muscle load from running, " + LocalDate.ofEpochDay(today - days + 1) + " to "
                    + LocalDate.ofEpochDay(today) + " (body-weight seconds)");
            int width = Math.min(days, 42);
            out.println(Text.pad("MUSCLE", 26) + Text.pad("LOAD PER DAY", width + 2) + Text.pad("7 DAYS", 9)
                    + Text.pad("28 DAYS", 9) + Text.pad("A:C", 6) + Text.pad("READY", 7) + Text.pad("SORENESS", 10)
                    + "RUNS");
            List<MuscleView> shown = muscles.stream()
                    .filter(m -> m.chronic28dBwSeconds() > 0 || m.acute7dBwSeconds() > 0)
                    .sorted(Comparator.comparingDouble(MuscleView::readinessPercent))
                    .toList();
            for (MuscleView m : shown) {
                double[] series = series(byMuscle.get(m.id()), today, days);
                out.println(Text.pad(m.id(), 26)
                        + Text.pad(Spark.line(series, width), width + 2)
                        + Text.pad(String.format("%.0f", m.acute7dBwSeconds()), 9)
                        + Text.pad(String.format("%.0f", m.chronic28dBwSeconds()), 9)
                        + Text.pad(
                                m.acuteChronicRatio() == null ? "-" : String.format("%.2f", m.acuteChronicRatio()), 6)
                        + Text.pad(String.format("%.0f%%", m.readinessPercent()), 7)
                        + Text.pad(m.sorenessRisk().id(), 10)
                        + m.runs().stream().map(id -> "#" + id).collect(java.util.stream.Collectors.joining(" ")));
            }
            if (shown.isEmpty()) {
                out.println("No running in the history for these days. 'runmuscle import FOLDER' brings it in.");
            } else {
                out.println();
                out.println("Least recovered first. A:C is the 7-day load against the weekly average of 28 days; above "
                        + "about 1.5 is a sharp rise. 'runmuscle run ID' shows a run.");
            }
        }

        private static double[] series(NavigableMap<Long, Recovery.DayLoad> loads, long today, int days) {
            double[] series = new double[days];
            double max = 0;
            for (int i = 0; i < days; i++) {
                Recovery.DayLoad load = loads.get(today - days + 1 + i);
                series[i] = load == null ? 0 : load.loadBwSeconds();
                max = Math.max(max, series[i]);
            }
            for (int i = 0; i < days; i++) {
                series[i] = max > 0 ? series[i] / max : 0;
            }
            return series;
        }
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
