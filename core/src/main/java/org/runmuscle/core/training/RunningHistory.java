package org.runmuscle.core.training;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.MuscleCycle;

/**
 * What running has lately asked of each muscle group, as the planner needs it: how recovered each
 * group is today, and how its share of the last four weeks' running load compares with the share a
 * varied running week would give it. A runner who only jogs easy and flat gives hamstrings and hip
 * flexors less than running fast would; strength work can make up for it.
 *
 * @param runsLast28Days    runs in the four weeks before today; 0 means no running to judge shares by
 * @param readinessPercent  per group, 0-100 (100 = recovered), the acute-load-weighted mean of its muscles
 * @param loadShareRatio    per group, its share of the runner's 28-day load over its share in a varied week
 * @param readinessOn       per day of the plan's first week, each group's readiness projected to that day
 *                          (empty when unknown: {@code readinessPercent} then holds for the whole week)
 */
public record RunningHistory(
        int runsLast28Days,
        Map<String, Double> readinessPercent,
        Map<String, Double> loadShareRatio,
        Map<DayOfWeek, Map<String, Double>> readinessOn) {
    /**
     * Below this readiness a group is still recovering, and the first week gives it less. Readiness
     * is 100 % less the expected strength loss (model version 2): over 10 % lost, as on the evening
     * of a long run or for two days after downhill running, is worth easing heavy work for.
     * Estimated. (It was 70 when readiness fell to 50-70 % after any long run.)
     */
    public static final double RECOVERING_BELOW = 90;
    /**
     * A primary group whose share of running's load is below this fraction of its share in a varied
     * week is under-loaded, and gets more strength work. Estimated from the model's shares: running
     * only slowly (2.5 m/s, 6:40 /km) gives hamstrings 0.85 and hip flexors 0.81; only fast (4.5 m/s)
     * gives calves 0.88 and quadriceps 0.89; a steady 3.0 m/s stays within 0.94-1.02 and flags none.
     */
    public static final double UNDER_LOADED_BELOW = 0.92;
    /**
     * Groups with less than this share of running's load (arms, chest, shoulders, upper back: well
     * under 1 % in the model) are not judged by it: their readiness says nothing about running.
     */
    static final double MEANINGFUL_SHARE = 0.01;

    /**
     * The varied week the shares are compared with: share of running time at a speed (m/s) and
     * grade (%). Estimated, as a coach's balanced week: mostly easy, some fast, some hills.
     */
    static final List<double[]> VARIED_WEEK = List.of(
            new double[] {0.70, 3.0, 0}, new double[] {0.15, 4.5, 0},
            new double[] {0.075, 2.7, 6}, new double[] {0.075, 3.2, -6});

    public RunningHistory {
        // sorted by group id, so the same history always prints the same
        readinessPercent = Collections.unmodifiableMap(new TreeMap<>(readinessPercent));
        loadShareRatio = Collections.unmodifiableMap(new TreeMap<>(loadShareRatio));
        readinessOn = Collections.unmodifiableMap(new TreeMap<>(readinessOn == null ? Map.of() : readinessOn));
    }

    /** A history whose readiness holds for every day of the first week. */
    public RunningHistory(
            int runsLast28Days, Map<String, Double> readinessPercent, Map<String, Double> loadShareRatio) {
        this(runsLast28Days, readinessPercent, loadShareRatio, Map.of());
    }

    public static RunningHistory none() {
        return new RunningHistory(0, Map.of(), Map.of());
    }

    /**
     * As {@link #of(Atlas, LoadModel, int, Map, Map, Map)}, with each muscle's readiness projected to
     * each day of the plan's first week as well, so that each session is eased for its own day.
     */
    public static RunningHistory of(
            Atlas atlas,
            LoadModel model,
            int runsLast28Days,
            Map<String, Double> acute,
            Map<String, Double> chronic,
            Map<String, Double> readiness,
            Map<DayOfWeek, Map<String, Double>> readinessOn) {
        RunningHistory base = of(atlas, model, runsLast28Days, acute, chronic, readiness);
        Map<DayOfWeek, Map<String, Double>> byDay = new EnumMap<>(DayOfWeek.class);
        readinessOn.forEach((day, muscles) -> byDay.put(day, groupReadiness(atlas, model, acute, muscles)));
        return new RunningHistory(base.runsLast28Days, base.readinessPercent, base.loadShareRatio, byDay);
    }

    /**
     * From per-muscle states: {@code acute} and {@code chronic} are the 7- and 28-day loads,
     * {@code readiness} each muscle's readiness.
     */
    public static RunningHistory of(
            Atlas atlas,
            LoadModel model,
            int runsLast28Days,
            Map<String, Double> acute,
            Map<String, Double> chronic,
            Map<String, Double> readiness) {
        Map<String, Double> groupChronic = new LinkedHashMap<>();
        chronic.forEach((muscle, load) ->
                atlas.muscle(muscle).ifPresent(m -> groupChronic.merge(m.group(), load, Double::sum)));
        Map<String, Double> reference = variedWeekShares(atlas, model);
        Map<String, Double> groupReadiness = groupReadiness(atlas, model, acute, readiness);
        double total =
                groupChronic.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> ratios = new LinkedHashMap<>();
        if (total > 0) {
            reference.forEach((group, share) -> {
                if (share >= MEANINGFUL_SHARE) {
                    ratios.put(group, groupChronic.getOrDefault(group, 0.0) / total / share);
                }
            });
        }
        return new RunningHistory(runsLast28Days, groupReadiness, ratios);
    }

    /** Each group's readiness: its muscles' weighted by their 7-day load; groups running hardly loads are left out. */
    private static Map<String, Double> groupReadiness(
            Atlas atlas, LoadModel model, Map<String, Double> acute, Map<String, Double> readiness) {
        Map<String, double[]> weightedReadiness = new LinkedHashMap<>();
        readiness.forEach((muscle, ready) -> atlas.muscle(muscle).ifPresent(m -> {
            double weight = acute.getOrDefault(muscle, 0.0);
            double[] sums = weightedReadiness.computeIfAbsent(m.group(), g -> new double[2]);
            sums[0] += weight * ready;
            sums[1] += weight;
        }));
        Map<String, Double> reference = variedWeekShares(atlas, model);
        Map<String, Double> groupReadiness = new LinkedHashMap<>();
        weightedReadiness.forEach((group, sums) -> {
            if (reference.getOrDefault(group, 0.0) >= MEANINGFUL_SHARE) {
                groupReadiness.put(group, sums[1] > 0 ? sums[0] / sums[1] : 100.0);
            }
        });
        return groupReadiness;
    }

    /** Each group's share of the load of the varied week, from the muscle force model. */
    static Map<String, Double> variedWeekShares(Atlas atlas, LoadModel model) {
        Map<String, Double> loads = new LinkedHashMap<>();
        for (double[] part : VARIED_WEEK) {
            StrideTiming timing = StrideTiming.of(part[1], part[2]);
            for (MuscleCycle cycle : model.forces().cycles(timing)) {
                double perSecond = cycle.loadPerStrideBwSeconds() / timing.strideSeconds();
                loads.merge(atlas.muscle(cycle.muscle()).orElseThrow().group(), part[0] * perSecond, Double::sum);
            }
        }
        double total = loads.values().stream().mapToDouble(Double::doubleValue).sum();
        loads.replaceAll((group, load) -> load / total);
        return loads;
    }

    /** Whether there is any recent running to plan around. */
    public boolean known() {
        return runsLast28Days > 0;
    }

    /**
     * Groups below {@link #RECOVERING_BELOW} readiness, least recovered first. Readiness counts strength
     * sessions as well as runs, so it holds without any run.
     */
    public List<String> recovering() {
        return readinessPercent.entrySet().stream()
                .filter(e -> e.getValue() < RECOVERING_BELOW)
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Of {@code groups}, those running under-loaded, most under-loaded first. */
    public List<String> underLoaded(Collection<String> groups) {
        if (!known()) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>(groups);
        return loadShareRatio.entrySet().stream()
                .filter(e -> wanted.contains(e.getKey()) && e.getValue() < UNDER_LOADED_BELOW)
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    public double readiness(String group) {
        return readinessPercent.getOrDefault(group, 100.0);
    }

    /** A group's readiness projected to {@code day} of the first week, or {@link #readiness(String)} without one. */
    public double readiness(String group, DayOfWeek day) {
        Map<String, Double> on = readinessOn.get(day);
        return on == null ? readiness(group) : on.getOrDefault(group, 100.0);
    }

    /**
     * Groups still recovering on {@code day} of the first week, least recovered first: a Thursday
     * session is not eased for a group that will have recovered by Thursday.
     */
    public List<String> recovering(DayOfWeek day) {
        Map<String, Double> on = readinessOn.get(day);
        if (on == null) {
            return recovering();
        }
        return on.entrySet().stream()
                .filter(e -> e.getValue() < RECOVERING_BELOW)
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    public double ratio(String group) {
        return loadShareRatio.getOrDefault(group, 1.0);
    }
}
