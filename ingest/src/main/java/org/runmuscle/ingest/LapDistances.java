package org.runmuscle.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.Samples;

/**
 * A TCX file's distance from its laps when its trackpoints fall short of them: laps without
 * trackpoints (a Suunto Spartan's first laps: shared/data/activities-more sports-lib
 * unknown_example.tcx) or trackpoints without positions or distance (a pool swim:
 * sports-lib 6860712481.tcx). The laps' own totals are what the device measured; within a lap the
 * distance is spread evenly over its time, the best that can be said without points.
 */
final class LapDistances {
    /** One lap: its start (Unix seconds), timer seconds and distance in metres; NaN where absent. */
    record Lap(double start, double seconds, double meters) {}

    /** Points within 2 % or 30 m of the laps' total agree with them (the tolerance of GPS against a device). */
    static final double AGREE_SHARE = 0.02;

    static final double AGREE_METERS = 30;

    private LapDistances() {}

    static Activity apply(Activity activity, List<Lap> laps) {
        List<Lap> usable = new ArrayList<>(laps.stream()
                .filter(l -> Double.isFinite(l.start()) && l.seconds() >= 0 && l.meters() >= 0)
                .toList());
        if (usable.isEmpty() || usable.size() < laps.size()) {
            return activity;
        }
        usable.sort(Comparator.comparingDouble(Lap::start));
        double total = usable.stream().mapToDouble(Lap::meters).sum();
        Samples samples = activity.samples();
        double points = ActivitySummaries.distance(samples);
        if (total <= 0 || points >= total - Math.max(AGREE_METERS, total * AGREE_SHARE)) {
            return activity;
        }
        List<Double> moments = new ArrayList<>();
        for (Lap lap : usable) {
            moments.add(lap.start());
            moments.add(lap.start() + lap.seconds());
        }
        Samples rebuilt = DistanceRows.of(samples, moments, time -> at(usable, time));
        List<String> warnings = new ArrayList<>(activity.warnings());
        warnings.add(String.format(
                Locale.ROOT,
                "the trackpoints hold %s of the laps' %.2f km: distance is taken from the laps, spread evenly over "
                        + "each lap's time",
                Double.isNaN(points) ? "no distance" : String.format(Locale.ROOT, "%.2f km", points / 1000),
                total / 1000));
        return new Activity(
                activity.sport(),
                activity.startTime().getEpochSecond() > usable.get(0).start()
                        ? Instant.ofEpochMilli(Math.round(usable.get(0).start() * 1000))
                        : activity.startTime(),
                rebuilt,
                activity.timerSeconds(),
                activity.deviceTotals(),
                activity.device(),
                activity.bodyMassKg(),
                warnings,
                activity.name());
    }

    /** The distance covered by {@code time}: whole laps before it, and the share of the lap it falls in. */
    private static double at(List<Lap> laps, double time) {
        double covered = 0;
        for (Lap lap : laps) {
            if (time <= lap.start()) {
                return covered;
            }
            if (time < lap.start() + lap.seconds()) {
                return covered + lap.meters() * (time - lap.start()) / lap.seconds();
            }
            covered += lap.meters();
        }
        return covered;
    }
}
