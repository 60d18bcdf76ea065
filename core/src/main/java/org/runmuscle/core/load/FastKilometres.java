package org.runmuscle.core.load;

import static org.runmuscle.core.load.LoadModel.FAST_FRACTION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Groups;

/**
 * The fast kilometres of a run: whole kilometres at least {@link LoadModel#FAST_FRACTION} quicker
 * than its median kilometre, each with the load it put on the groups that speed loads most,
 * per minute, against that median kilometre.
 */
final class FastKilometres {
    private final RunAnalysis analysis;

    FastKilometres(RunAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Fast kilometres: whole kilometres at least 8 % faster than the median kilometre. */
    List<RunLoad.Segment> find(boolean[] counted, List<KmSplit> splits) {
        List<KmSplit> whole = splits.stream().filter(KmSplit::whole).toList();
        if (whole.size() < 3) {
            return List.of();
        }
        double[] paces =
                whole.stream().mapToDouble(KmSplit::paceSecondsPerKm).sorted().toArray();
        double median = paces[paces.length / 2];
        int medianKm = whole.stream()
                .min(Comparator.comparingDouble(km -> Math.abs(km.paceSecondsPerKm() - median)))
                .orElseThrow()
                .index();
        RunAnalysis.Stretch reference = analysis.stretch(kilometre(counted, medianKm, analysis.spare(0)));
        CellWeights scratch = analysis.spare(1);
        List<RunLoad.Segment> fast = new ArrayList<>();
        for (KmSplit km : whole) {
            double pace = km.paceSecondsPerKm();
            if (pace <= median * (1 - FAST_FRACTION)) {
                int k = km.index();
                scratch.clear();
                RunAnalysis.Stretch here = analysis.stretch(kilometre(counted, k, scratch));
                List<RunLoad.Effect> effects = List.of(
                        analysis.effect(here, reference, Groups.HAMSTRINGS, Contraction.ECCENTRIC),
                        analysis.effect(here, reference, Groups.HIP_FLEXORS, Contraction.CONCENTRIC),
                        analysis.effect(here, reference, Groups.CALVES, Contraction.CONCENTRIC));
                String text = analysis.words().fastKilometre(k, pace, median, effects);
                fast.add(new RunLoad.Segment(RunLoad.Segment.Kind.FAST, k, k + 1, 0, 0, pace, effects, text));
            }
        }
        return fast;
    }

    /**
     * The running time of kilometre {@code km} (counting from 0), spread over the model.grid().
     * Distance never falls, so the kilometre's samples are one stretch, found by bisection: each
     * fast kilometre used to rescan the whole run.
     */
    private CellWeights kilometre(boolean[] counted, int km, CellWeights weights) {
        double[] distance = analysis.distance;
        int n = analysis.n;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) { // the first sample at or past the kilometre's start
            int mid = (lo + hi) >>> 1;
            if ((int) (distance[mid] / 1000) >= km) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        for (int i = Math.max(1, lo + 1); i < n && (int) (distance[i - 1] / 1000) <= km; i++) {
            if (counted[i] && (int) (distance[i - 1] / 1000) == km) {
                double dt = analysis.samples.time(i) - analysis.samples.time(i - 1);
                double speed = (distance[i] - distance[i - 1]) / dt;
                double gradePercent = analysis.grade[i] * 100;
                LoadGrid.accumulate(
                        weights,
                        speed,
                        gradePercent,
                        analysis.ratio(speed, gradePercent, analysis.samples.get(Channel.CADENCE, i)),
                        dt);
            }
        }
        return weights;
    }
}
