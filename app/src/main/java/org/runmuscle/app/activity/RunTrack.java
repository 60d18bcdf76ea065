package org.runmuscle.app.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;

/**
 * A run along its distance, for charts: distance and altitude (at most {@link #MAX_POINTS} points),
 * and each muscle group's load kilometre by kilometre. Each kilometre is analysed on its own, then
 * every group's kilometres are scaled to add up to the whole run's load for that group (slices
 * lose a little at their edges, where altitude smoothing has less to go on).
 */
public record RunTrack(
        List<Double> distanceKm,
        List<Double> altitudeMeters,
        List<Double> kmStart,
        Map<String, List<Double>> groupLoadPerKm) {
    static final int MAX_POINTS = 600;

    public static RunTrack of(Activity activity, LoadModel model, Atlas atlas, double massKg) {
        Samples samples = activity.samples();
        int n = samples.size();
        int step = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        List<Double> distance = new ArrayList<>();
        List<Double> altitude = new ArrayList<>();
        for (int i = 0; i < n; i += step) {
            double d = samples.get(Channel.DISTANCE, i);
            if (!Double.isNaN(d)) {
                distance.add(Numbers.round(d / 1000, 3));
                double a = samples.get(Channel.ALTITUDE, i);
                altitude.add(Double.isNaN(a) ? null : Numbers.round(a, 1));
            }
        }
        Map<String, List<Double>> perKm = new LinkedHashMap<>();
        List<Double> kmStart = new ArrayList<>();
        Map<String, Double> whole = groups(model.loads(activity, massKg), atlas);
        whole.keySet().forEach(g -> perKm.put(g, new ArrayList<>()));
        int from = 0;
        for (int km = 1; from < n; km++) {
            int to = from;
            while (to < n && !(samples.get(Channel.DISTANCE, to) >= km * 1000.0)) {
                to++;
            }
            if (to - from >= 2) {
                Activity slice = new Activity(
                        activity.sport(),
                        activity.startTime(),
                        samples.slice(from, to),
                        OptionalDouble.empty(),
                        activity.deviceTotals(),
                        activity.device(),
                        activity.bodyMassKg(),
                        List.of());
                Map<String, Double> loads = groups(model.loads(slice, massKg), atlas);
                kmStart.add((double) (km - 1));
                perKm.forEach((group, series) -> series.add(loads.getOrDefault(group, 0.0)));
            }
            from = to;
        }
        perKm.forEach((group, series) -> {
            double sum = series.stream().mapToDouble(Double::doubleValue).sum();
            double scale = sum > 0 ? whole.get(group) / sum : 0;
            series.replaceAll(v -> Numbers.round(v * scale, 1));
        });
        return new RunTrack(distance, altitude, kmStart, perKm);
    }

    private static Map<String, Double> groups(RunLoad load, Atlas atlas) {
        Map<String, Double> groups = new LinkedHashMap<>();
        atlas.groups().forEach(g -> groups.put(g.id(), 0.0));
        load.muscles()
                .forEach(m -> groups.merge(atlas.muscle(m.id()).orElseThrow().group(), m.loadBwSeconds(), Double::sum));
        return groups;
    }
}
