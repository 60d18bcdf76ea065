package org.runmuscle.app.history;

import static org.runmuscle.app.output.Numbers.tenths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.app.output.Spark;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.training.Recovery;
import org.runmuscle.store.Contribution;
import org.runmuscle.store.DailyLoad;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.Work;

/**
 * The loads of a window of days, and each muscle's state at its end: what {@code history}, the
 * history route, the plan and the benchmark all read.
 */
public record History(
        Atlas atlas, Map<String, NavigableMap<Long, Recovery.DayLoad>> byMuscle, List<MuscleView> muscles) {

    /** One muscle's line of the JSON (field names are API). */
    public record MuscleView(
            String id,
            double acute7dBwSeconds,
            double chronic28dBwSeconds,
            Double acuteChronicRatio,
            double readinessPercent,
            double readyInHours,
            Recovery.SorenessRisk sorenessRisk,
            List<Long> runs) {
        /** A muscle's state as shown: loads to tenths, the ratio to hundredths, readiness to tenths. */
        static MuscleView of(String id, Recovery.State state, List<Long> runs) {
            return new MuscleView(
                    id,
                    tenths(state.acute7dBwSeconds()),
                    tenths(state.chronic28dBwSeconds()),
                    Numbers.round(state.acuteChronicRatio(), 2),
                    Numbers.round(state.readinessPercent(), 1),
                    state.readyInHours(),
                    state.sorenessRisk(),
                    runs);
        }
    }

    /**
     * A primary group's state (field names are API): its readiness, the mean of its muscles' weighted
     * by their 28-day load (equal weights without one), ready again when its slowest muscle is,
     * and its highest soreness risk.
     */
    public record GroupView(
            String id,
            double readinessPercent,
            double readyInHours,
            String readyAgain,
            Recovery.SorenessRisk sorenessRisk) {}

    /** "now", "in about 20 h" or "in about 3 days": the words the CLI and the web pages both show. */
    static String readyAgain(double hours) {
        if (hours <= 0) {
            return "now";
        }
        return hours < 48 ? "in about " + Math.round(hours) + " h" : "in about " + Math.round(hours / 24) + " days";
    }

    /** One day's loads by muscle (field names are API). */
    public record DayView(String date, Map<String, Recovery.DayLoad> muscles) {}

    /**
     * {@code reference}: each muscle's load on a reference day ({@code LoadModel.referenceDay()});
     * {@code work}: running, strength or both.
     */
    static History load(
            HistoryStore store, Atlas atlas, Map<String, Double> reference, long today, int days, Work work) {
        // Readiness must not depend on the days shown: always load what Recovery reads.
        long from = today - Math.max(days, Recovery.LOOKBACK_DAYS);
        Map<String, NavigableMap<Long, Recovery.DayLoad>> byMuscle = new LinkedHashMap<>();
        atlas.muscles().forEach(m -> byMuscle.put(m.id(), new TreeMap<>()));
        for (DailyLoad load : store.dailyLoads(from, today, work)) {
            byMuscle.computeIfAbsent(load.muscle(), k -> new TreeMap<>())
                    .put(
                            load.epochDay(),
                            new Recovery.DayLoad(
                                    load.loadBwSeconds(), load.eccentricBwSeconds(), load.damagingBwSeconds()));
        }
        Map<String, Map<Long, Double>> causes = new LinkedHashMap<>();
        for (Contribution c : store.contributions(today - 6, today)) {
            causes.computeIfAbsent(c.muscle(), k -> new LinkedHashMap<>())
                    .merge(c.activityId(), c.loadBwSeconds(), Double::sum);
        }
        List<MuscleView> muscles = new ArrayList<>();
        for (Muscle muscle : atlas.muscles()) {
            Recovery.State state = Recovery.state(
                    byMuscle.get(muscle.id()), today, reference.getOrDefault(muscle.id(), 1.0), muscle.group());
            List<Long> runs = causes.getOrDefault(muscle.id(), Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                    .limit(3)
                    .map(Map.Entry::getKey)
                    .toList();
            muscles.add(MuscleView.of(muscle.id(), state, runs));
        }
        return new History(atlas, byMuscle, muscles);
    }

    /**
     * The muscles' state at the end of a later {@code day}, with no more training before it: the same
     * loads, recovery run on. The window of loads read for today covers what {@link Recovery} reads
     * for any later day (it looks back {@value Recovery#LOOKBACK_DAYS} days from it, and nothing lies
     * after today), so no query is needed; the plan projects readiness to each day of its first week so.
     */
    History projected(Map<String, Double> reference, long day) {
        List<MuscleView> later = new ArrayList<>();
        for (MuscleView now : muscles) {
            Muscle muscle = atlas.muscle(now.id()).orElseThrow();
            Recovery.State state = Recovery.state(
                    byMuscle.get(muscle.id()), day, reference.getOrDefault(muscle.id(), 1.0), muscle.group());
            later.add(MuscleView.of(now.id(), state, now.runs()));
        }
        return new History(atlas, byMuscle, later);
    }

    /** The JSON of {@code history --format json} (field names are API). */
    public Map<String, Object> json(long today, int days) {
        return Json.object("groups", groups(), "muscles", muscles, "days", days(today, days));
    }

    /** The groups that carry running, in their usual order. */
    public List<GroupView> groups() {
        List<GroupView> groups = new ArrayList<>();
        for (String group : Groups.PRIMARY) {
            List<MuscleView> of = muscles.stream()
                    .filter(m -> atlas.muscle(m.id()).orElseThrow().group().equals(group))
                    .toList();
            double weights =
                    of.stream().mapToDouble(MuscleView::chronic28dBwSeconds).sum();
            double readiness = of.stream()
                            .mapToDouble(m -> m.readinessPercent() * (weights > 0 ? m.chronic28dBwSeconds() : 1))
                            .sum()
                    / (weights > 0 ? weights : of.size());
            double readyIn =
                    of.stream().mapToDouble(MuscleView::readyInHours).max().orElse(0);
            Recovery.SorenessRisk risk = of.stream()
                    .map(MuscleView::sorenessRisk)
                    .max(Comparator.naturalOrder())
                    .orElse(Recovery.SorenessRisk.LOW);
            groups.add(new GroupView(group, Numbers.round(readiness, 1), readyIn, readyAgain(readyIn), risk));
        }
        return groups;
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
                            new Recovery.DayLoad(
                                    tenths(load.loadBwSeconds()),
                                    tenths(load.eccentricBwSeconds()),
                                    tenths(load.damagingBwSeconds())));
                }
            }
            views.add(new DayView(LocalDate.ofEpochDay(day).toString(), loads));
        }
        return views;
    }

    /** A muscle's daily loads over the window, scaled to its largest day (0..1), for a sparkline. */
    double[] series(String muscle, long today, int days) {
        NavigableMap<Long, Recovery.DayLoad> loads = byMuscle.get(muscle);
        double[] series = new double[days];
        for (int i = 0; i < days; i++) {
            Recovery.DayLoad load = loads.get(today - days + 1 + i);
            series[i] = load == null ? 0 : load.loadBwSeconds();
        }
        return Spark.scaled(series);
    }
}
