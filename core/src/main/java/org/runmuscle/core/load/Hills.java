package org.runmuscle.core.load;

import static org.runmuscle.core.load.LoadModel.SEGMENT_GRADE;
import static org.runmuscle.core.load.LoadModel.SEGMENT_METERS;
import static org.runmuscle.core.load.LoadModel.TRIM_METERS;

import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Groups;

/**
 * The climbs and descents of a run: legs between turning points of the smoothed altitude profile
 * that change altitude enough at a steep enough average grade, each with the load it put on the
 * groups that hills load most, against a flat kilometre at the same pace.
 */
final class Hills {
    private final RunAnalysis analysis;

    Hills(RunAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Climbs and descents: legs between turning points of the smoothed profile that are long and steep enough. */
    List<RunLoad.Segment> find(boolean[] counted) {
        List<Integer> turns = turningPoints();
        List<RunLoad.Segment> hills = new ArrayList<>();
        CellWeights actual = analysis.spare(0);
        CellWeights flat = analysis.spare(1);
        for (int t = 1; t < turns.size(); t++) {
            int from = trimStart(turns.get(t - 1), turns.get(t));
            int to = trimEnd(from, turns.get(t));
            double run = analysis.distance[to] - analysis.distance[from];
            double rise = altitudeChange(from, to);
            if (run <= 0 || Math.abs(rise) < SEGMENT_METERS || Math.abs(rise / run) < SEGMENT_GRADE) {
                continue;
            }
            actual.clear();
            flat.clear();
            double seconds = 0;
            for (int i = from + 1; i <= to; i++) {
                if (!counted[i]) {
                    continue;
                }
                double dt = analysis.samples.time(i) - analysis.samples.time(i - 1);
                double speed = (analysis.distance[i] - analysis.distance[i - 1]) / dt;
                double ratio = analysis.ratio(speed, analysis.grade[i] * 100, analysis.samples.get(Channel.CADENCE, i));
                LoadGrid.accumulate(actual, speed, analysis.grade[i] * 100, ratio, dt);
                LoadGrid.accumulate(flat, speed, 0, ratio, dt);
                seconds += dt;
            }
            if (seconds == 0) {
                continue;
            }
            boolean climb = rise > 0;
            RunAnalysis.Stretch hill = analysis.stretch(actual);
            RunAnalysis.Stretch level = analysis.stretch(flat);
            List<RunLoad.Effect> effects = climb
                    ? List.of(
                            analysis.effect(hill, level, Groups.GLUTES, Contraction.CONCENTRIC),
                            analysis.effect(hill, level, Groups.HAMSTRINGS, Contraction.CONCENTRIC),
                            analysis.effect(hill, level, Groups.CALVES, Contraction.CONCENTRIC))
                    : List.of(
                            analysis.effect(hill, level, Groups.QUADRICEPS, Contraction.ECCENTRIC),
                            analysis.effect(hill, level, Groups.CALVES, Contraction.ECCENTRIC));
            double fromKm = analysis.distance[from] / 1000;
            double toKm = analysis.distance[to] / 1000;
            double gradePercent = rise / run * 100;
            String text = analysis.words().hill(climb, fromKm, toKm, rise, gradePercent, effects);
            hills.add(new RunLoad.Segment(
                    climb ? RunLoad.Segment.Kind.CLIMB : RunLoad.Segment.Kind.DESCENT,
                    fromKm,
                    toKm,
                    rise,
                    gradePercent,
                    seconds / (run / 1000),
                    effects,
                    text));
        }
        return hills;
    }

    /**
     * A leg between two turning points includes the level ground before the slope starts; the
     * segment starts at the last point still within {@link LoadModel#TRIM_METERS} of the turning
     * point's altitude (the first point to move that far would be set off by a metre of noise on
     * the level).
     */
    private int trimStart(int from, int to) {
        for (int i = to; i > from; i--) {
            if (!Double.isNaN(analysis.profile[i])
                    && Math.abs(analysis.profile[i] - analysis.profile[from]) < TRIM_METERS) {
                return i;
            }
        }
        return from;
    }

    /** ... and ends at the first point within {@link LoadModel#TRIM_METERS} of the next turning point. */
    private int trimEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(analysis.profile[i])
                    && Math.abs(analysis.profile[i] - analysis.profile[to]) < TRIM_METERS) {
                return i;
            }
        }
        return to;
    }

    /** Indices where the smoothed altitude turns by more than the segment threshold (hysteresis). */
    private List<Integer> turningPoints() {
        double[] smooth = analysis.profile;
        double threshold = SEGMENT_METERS / 3;
        List<Integer> turns = new ArrayList<>();
        int extreme = -1;
        int direction = 0;
        // Until the first move of the threshold either way, the lowest and highest points so far
        // are both candidates for the first turn. (Comparing each point with the one before it
        // instead never saw a move on smooth data, and so found no hill at all.)
        int lowest = -1;
        int highest = -1;
        for (int i = 0; i < analysis.n; i++) {
            if (Double.isNaN(smooth[i])) {
                continue;
            }
            if (extreme < 0) {
                extreme = i;
                lowest = i;
                highest = i;
                turns.add(i);
                continue;
            }
            if (direction == 0) {
                lowest = smooth[i] < smooth[lowest] ? i : lowest;
                highest = smooth[i] > smooth[highest] ? i : highest;
                int turn = smooth[i] - smooth[lowest] >= threshold
                        ? lowest
                        : smooth[highest] - smooth[i] >= threshold ? highest : -1;
                if (turn >= 0) {
                    direction = turn == lowest ? 1 : -1;
                    if (turn != turns.get(0)) {
                        turns.add(turn);
                    }
                    extreme = i;
                }
                continue;
            }
            double change = smooth[i] - smooth[extreme];
            if (direction > 0 && change > 0 || direction < 0 && change < 0) {
                extreme = i;
            } else if (Math.abs(change) >= threshold) {
                turns.add(extreme);
                direction = -direction;
                extreme = i;
            }
        }
        if (extreme >= 0 && turns.get(turns.size() - 1) != extreme) {
            turns.add(extreme);
        }
        return turns;
    }

    private double altitudeChange(int from, int to) {
        return analysis.profile[to] - analysis.profile[from];
    }
}
