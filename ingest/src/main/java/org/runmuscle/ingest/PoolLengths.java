package org.runmuscle.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.runmuscle.core.activity.Samples;

/**
 * A pool swim's distance from its lengths. Watches count lengths, not metres: the records of a
 * pool swim carry the distance of the lengths finished so far, and the first record may already
 * hold one length (so "last minus first" loses it), or carry no distance at all
 * (shared/data/activities-more: rust_fit_file 20210709_pool_swim.fit, sports-lib 6860712481.fit).
 * The distance at any moment is the pool length times the active lengths finished by then; the
 * swim starts at 0 at the session's start.
 */
final class PoolLengths {
    private PoolLengths() {}

    static Samples distances(Samples records, List<FitContents.Length> lengths, FitContents.Session session) {
        double pool = session.poolLengthMeters();
        double from = session.startTime() - 1;
        double to = Double.isNaN(session.endTime()) ? Double.POSITIVE_INFINITY : session.endTime() + 1;
        TreeMap<Double, Double> finished = new TreeMap<>();
        int count = 0;
        for (FitContents.Length length : lengths.stream()
                .filter(l -> l.active() && l.end() >= from && l.end() <= to)
                .sorted((a, b) -> Double.compare(a.end(), b.end()))
                .toList()) {
            count++;
            finished.put(length.end(), count * pool);
        }
        if (finished.isEmpty()) {
            return records;
        }
        List<Double> moments = new ArrayList<>(finished.keySet());
        moments.add(session.startTime());
        return DistanceRows.of(records, moments, time -> {
            var done = finished.floorEntry(time);
            return done == null ? 0 : done.getValue();
        });
    }
}
