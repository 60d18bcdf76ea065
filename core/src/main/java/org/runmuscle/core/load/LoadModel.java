package org.runmuscle.core.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Elevation;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.gait.StrideTiming;

/**
 * Per-muscle load of a recorded run: for every interval between two points, the muscle model at
 * that interval's speed, grade (from smoothed altitude over distance) and step rate, times its
 * duration; stopped time adds nothing. Built once (the model tabulated, about a tenth of a second)
 * and then used for any number of runs, from any number of threads.
 */
public final class LoadModel {
    /** Bumped whenever the model's numbers change, so stored loads can be recomputed ('runmuscle reanalyze'). */
    public static final int VERSION = 1;

    /** Slower than this is standing or walking about: no running load. Estimated, the same 0.5 m/s as auto-pause (MovingTime). */
    static final double STOPPED_MPS = 0.5;
    /** Faster than the model covers and than any human runs (12.4 m/s is the sprint record's peak). */
    static final double SPIKE_MPS = 12;
    /** An interval longer than this is a gap in the recording, not running. Estimated: smart recording writes every 1-10 s. */
    static final double MAX_GAP_SECONDS = 120;
    /** Grade is measured across at least this much distance, so that metre-scale noise averages out. Estimated: about six strides. */
    static final double GRADE_BASE_METERS = 20;
    /**
     * Step rates outside this range of the typical one are not running rates (a sensor glitch, a
     * walk). Estimated: step-rate studies go to +-10 % (Heiderscheit 2011), runners' own rates
     * spread about +-15 %; 0.6-1.5 leaves wide room.
     */
    static final double MIN_RATIO = 0.6;

    static final double MAX_RATIO = 1.5;
    /** A climb or descent is named when it changes altitude this much at this average grade or more: a reporting choice. */
    static final double SEGMENT_METERS = 15;

    static final double SEGMENT_GRADE = 0.03;
    /** A kilometre this much faster than the median kilometre is named as fast: a reporting choice. */
    static final double FAST_FRACTION = 0.08;
    /** A hill starts and ends where the altitude has moved this far from its turning point. */
    static final double TRIM_METERS = 1;
    /** How many of the largest climbs and descents the notes name. */
    static final int NOTED_HILLS = 4;

    private final Atlas atlas;
    private final MuscleForceModel forces;
    private final LoadGrid grid;
    private final String[] groupOf;

    private LoadModel(Atlas atlas, MuscleForceModel forces) {
        this.atlas = atlas;
        this.forces = forces;
        this.grid = new LoadGrid(forces);
        this.groupOf = forces.muscles().stream()
                .map(id -> atlas.muscle(id).orElseThrow().group())
                .toArray(String[]::new);
    }

    public static LoadModel load(Atlas atlas) {
        return new LoadModel(atlas, MuscleForceModel.load(atlas));
    }

    public MuscleForceModel forces() {
        return forces;
    }

    /**
     * Each muscle's load in an easy 30-minute run at 3 m/s on the level: the reference day for
     * recovery (what a muscle is used to when it has no history).
     */
    public java.util.Map<String, Double> referenceDay() {
        org.runmuscle.core.gait.StrideTiming easy = org.runmuscle.core.gait.StrideTiming.of(3.0, 0);
        java.util.Map<String, Double> loads = new java.util.LinkedHashMap<>();
        for (MuscleCycle cycle : forces.cycles(easy)) {
            loads.put(cycle.muscle(), cycle.loadPerStrideBwSeconds() / easy.strideSeconds() * 1800);
        }
        return loads;
    }

    /** The load of one run for a runner of {@code massKg}. */
    public RunLoad analyze(Activity activity, double massKg) {
        return new Run(activity.samples()).analyze(massKg);
    }

    /** One analysis: per-point work arrays, then the accumulators. */
    private final class Run {
        private final Samples samples;
        private final int n;
        private final double[] distance;
        private final double[] grade;
        /** Altitude with jumps removed, smoothed over time: the profile grades and hills are read from. */
        private double[] profile;

        private int speedSpikes;
        private int altitudeJumps;
        private int gradesClamped;
        private int cadencesReplaced;
        private double stoppedSeconds;

        Run(Samples samples) {
            this.samples = samples;
            this.n = samples.size();
            this.distance = distances();
            this.grade = grades();
        }

        /** Cumulative distance, from the distance channel or, where missing, speed times time. */
        private double[] distances() {
            double[] d = new double[n];
            double total = 0;
            double last = Double.NaN;
            for (int i = 0; i < n; i++) {
                double recorded = samples.get(Channel.DISTANCE, i);
                if (!Double.isNaN(recorded) && !Double.isNaN(last)) {
                    total += Math.max(0, recorded - last);
                } else if (i > 0 && Double.isNaN(recorded)) {
                    double speed = samples.get(Channel.SPEED, i);
                    double dt = samples.time(i) - samples.time(i - 1);
                    if (speed >= 0 && dt > 0) {
                        total += speed * dt;
                    }
                }
                if (!Double.isNaN(recorded)) {
                    last = recorded;
                }
                d[i] = total;
            }
            return d;
        }

        /**
         * Grade at each point, rise over run: altitude steps steeper than 100 % between two points
         * are dropped as jumps, the rest smoothed over time ({@link Elevation}), and the grade taken
         * across at least {@link #GRADE_BASE_METERS} of distance centred on the point.
         */
        private double[] grades() {
            double[] altitude = samples.column(Channel.ALTITUDE);
            int previous = -1;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(altitude[i])) {
                    continue;
                }
                if (previous >= 0
                        && Math.abs(altitude[i] - altitude[previous])
                                > 3 + Math.abs(distance[i] - distance[previous])) {
                    altitude[i] = Double.NaN;
                    altitudeJumps++;
                    continue;
                }
                previous = i;
            }
            double[] smooth = Elevation.smooth(samples, altitude);
            profile = smooth;
            double[] g = new double[n];
            int lo = 0;
            int hi = 0;
            for (int i = 0; i < n; i++) {
                while (lo < i && distance[i] - distance[lo + 1] >= GRADE_BASE_METERS / 2) {
                    lo++;
                }
                if (hi < i) {
                    hi = i;
                }
                while (hi < n - 1 && distance[hi] - distance[i] < GRADE_BASE_METERS / 2) {
                    hi++;
                }
                double run = distance[hi] - distance[lo];
                double rise = smooth[hi] - smooth[lo];
                g[i] = run >= GRADE_BASE_METERS / 2 && !Double.isNaN(rise) ? rise / run : 0;
                if (Math.abs(g[i]) > Minetti.MAX_GRADE) {
                    g[i] = Math.copySign(Minetti.MAX_GRADE, g[i]);
                    gradesClamped++;
                }
            }
            return g;
        }

        RunLoad analyze(double massKg) {
            CellWeights all = new CellWeights();
            List<double[]> kmTimes = new ArrayList<>();
            double running = 0;
            double flatMeters = 0;
            double runMeters = 0;
            double[] cadenceBySample = new double[n];
            Arrays.fill(cadenceBySample, Double.NaN);
            boolean[] counted = new boolean[n];
            for (int i = 1; i < n; i++) {
                double dt = samples.time(i) - samples.time(i - 1);
                double dd = distance[i] - distance[i - 1];
                if (!(dt > 0) || dt > MAX_GAP_SECONDS) {
                    stoppedSeconds += Math.max(0, dt);
                    continue;
                }
                double speed = dd / dt;
                if (speed > SPIKE_MPS) {
                    speedSpikes++;
                    continue;
                }
                if (speed < STOPPED_MPS) {
                    stoppedSeconds += dt;
                    continue;
                }
                double gradePercent = grade[i] * 100;
                double ratio = ratio(speed, gradePercent, samples.get(Channel.CADENCE, i));
                if (!Double.isNaN(samples.get(Channel.CADENCE, i))
                        && replaced(speed, gradePercent, samples.get(Channel.CADENCE, i))) {
                    cadencesReplaced++;
                }
                LoadGrid.accumulate(all, speed, gradePercent, ratio, dt);
                int km = (int) (distance[i - 1] / 1000);
                while (kmTimes.size() <= km) {
                    kmTimes.add(new double[2]);
                }
                kmTimes.get(km)[0] += dt;
                kmTimes.get(km)[1] += dd;
                running += dt;
                runMeters += dd;
                flatMeters += dd * Minetti.equivalentFlatFactor(grade[i]);
                cadenceBySample[i] = samples.get(Channel.CADENCE, i);
                counted[i] = true;
            }
            double[] totals = new double[forces.muscles().size() * 3];
            grid.loads(all, totals);
            List<RunLoad.MuscleLoad> muscles = new ArrayList<>();
            for (int m = 0; m < forces.muscles().size(); m++) {
                double con = totals[m * 3 + Contraction.CONCENTRIC.ordinal()];
                double ecc = totals[m * 3 + Contraction.ECCENTRIC.ordinal()];
                double iso = totals[m * 3 + Contraction.ISOMETRIC.ordinal()];
                muscles.add(new RunLoad.MuscleLoad(forces.muscles().get(m), con + ecc + iso, con, ecc, iso));
            }
            List<RunLoad.Segment> segments = new ArrayList<>(hills(counted));
            segments.addAll(fastKilometres(counted, kmTimes));
            segments.sort(Comparator.comparingDouble(RunLoad.Segment::fromKm));
            Optional<RunLoad.CadenceDrift> drift = cadenceDrift(counted, cadenceBySample, running);
            double gap = flatMeters > 0 ? running / (flatMeters / 1000) : Double.NaN;
            RunLoad.Cleaning cleaning =
                    new RunLoad.Cleaning(speedSpikes, altitudeJumps, gradesClamped, cadencesReplaced, stoppedSeconds);
            List<String> notes = notes(muscles, segments, drift, cleaning, running, runMeters);
            return new RunLoad(massKg, muscles, running, gap, segments, drift, cleaning, notes);
        }

        /** The recorded step rate relative to the typical one; 1 when none was recorded or it is implausible. */
        private double ratio(double speed, double gradePercent, double cadence) {
            return Double.isNaN(cadence) || replaced(speed, gradePercent, cadence)
                    ? 1
                    : recordedRatio(speed, gradePercent, cadence);
        }

        /** Whether a recorded cadence is too far from any running rate to be used (counted once, in the main pass). */
        private boolean replaced(double speed, double gradePercent, double cadence) {
            double ratio = recordedRatio(speed, gradePercent, cadence);
            return ratio < MIN_RATIO || ratio > MAX_RATIO;
        }

        private double recordedRatio(double speed, double gradePercent, double cadence) {
            return cadence
                    / StrideTiming.preferredCadence(
                            Math.min(speed, StrideTiming.MAX_SPEED),
                            Math.max(
                                    -StrideTiming.MAX_GRADE_PERCENT,
                                    Math.min(StrideTiming.MAX_GRADE_PERCENT, gradePercent)));
        }

        /** Climbs and descents: legs between turning points of the smoothed profile that are long and steep enough. */
        private List<RunLoad.Segment> hills(boolean[] counted) {
            List<Integer> turns = turningPoints();
            List<RunLoad.Segment> hills = new ArrayList<>();
            CellWeights actual = new CellWeights();
            CellWeights flat = new CellWeights();
            for (int t = 1; t < turns.size(); t++) {
                int from = trimStart(turns.get(t - 1), turns.get(t));
                int to = trimEnd(from, turns.get(t));
                double run = distance[to] - distance[from];
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
                    double dt = samples.time(i) - samples.time(i - 1);
                    double speed = (distance[i] - distance[i - 1]) / dt;
                    double ratio = ratio(speed, grade[i] * 100, samples.get(Channel.CADENCE, i));
                    LoadGrid.accumulate(actual, speed, grade[i] * 100, ratio, dt);
                    LoadGrid.accumulate(flat, speed, 0, ratio, dt);
                    seconds += dt;
                }
                if (seconds == 0) {
                    continue;
                }
                boolean climb = rise > 0;
                List<RunLoad.Effect> effects = climb
                        ? List.of(
                                effect(actual, flat, "glutes", Contraction.CONCENTRIC),
                                effect(actual, flat, "hamstrings", Contraction.CONCENTRIC),
                                effect(actual, flat, "calves", Contraction.CONCENTRIC))
                        : List.of(
                                effect(actual, flat, "quadriceps", Contraction.ECCENTRIC),
                                effect(actual, flat, "calves", Contraction.ECCENTRIC));
                double fromKm = distance[from] / 1000;
                double toKm = distance[to] / 1000;
                double gradePercent = rise / run * 100;
                String text = String.format(
                        "%s at km %.1f-%.1f (%+.0f m, %+.1f %%): %s a flat km at the same pace",
                        climb ? "Climb" : "Descent", fromKm, toKm, rise, gradePercent, describe(effects));
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
         * segment starts where the altitude has moved {@link #TRIM_METERS} from the turning point.
         */
        private int trimStart(int from, int to) {
            int start = from;
            while (start < to
                    && (Double.isNaN(profile[start + 1])
                            || Math.abs(profile[start + 1] - profile[from]) < TRIM_METERS)) {
                start++;
            }
            return Math.max(from, start);
        }

        /** ... and ends where the altitude comes within {@link #TRIM_METERS} of the next turning point. */
        private int trimEnd(int from, int to) {
            int end = to;
            while (end > from
                    && (Double.isNaN(profile[end - 1]) || Math.abs(profile[end - 1] - profile[to]) < TRIM_METERS)) {
                end--;
            }
            return Math.min(to, end);
        }

        /** Indices where the smoothed altitude turns by more than the segment threshold (hysteresis). */
        private List<Integer> turningPoints() {
            double[] smooth = profile;
            List<Integer> turns = new ArrayList<>();
            int extreme = -1;
            int direction = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(smooth[i])) {
                    continue;
                }
                if (extreme < 0) {
                    extreme = i;
                    turns.add(i);
                    continue;
                }
                double change = smooth[i] - smooth[extreme];
                if (direction >= 0 && change > 0 || direction <= 0 && change < 0) {
                    extreme = i;
                    if (direction == 0 && Math.abs(change) >= SEGMENT_METERS / 3) {
                        direction = change > 0 ? 1 : -1;
                    }
                } else if (Math.abs(change) >= SEGMENT_METERS / 3) {
                    turns.add(extreme);
                    direction = -direction;
                    extreme = i;
                }
            }
            if (extreme >= 0 && (turns.isEmpty() || turns.get(turns.size() - 1) != extreme)) {
                turns.add(extreme);
            }
            return turns;
        }

        private double altitudeChange(int from, int to) {
            return profile[to] - profile[from];
        }

        private RunLoad.Effect effect(CellWeights actual, CellWeights reference, String group, Contraction type) {
            double here = groupLoad(actual, group, type) / actual.totalSeconds();
            double there = groupLoad(reference, group, type) / reference.totalSeconds();
            return new RunLoad.Effect(group, type, there > 0 ? here / there : Double.NaN);
        }

        /** Fast kilometres: whole kilometres at least 8 % faster than the median kilometre. */
        private List<RunLoad.Segment> fastKilometres(boolean[] counted, List<double[]> times) {
            List<double[]> full = new ArrayList<>();
            for (int k = 0; k < times.size(); k++) {
                if (times.get(k)[1] >= 900) {
                    full.add(new double[] {k, times.get(k)[0] / times.get(k)[1] * 1000});
                }
            }
            if (full.size() < 3) {
                return List.of();
            }
            double[] paces = full.stream().mapToDouble(p -> p[1]).sorted().toArray();
            double median = paces[paces.length / 2];
            int medianKm = (int) full.stream()
                    .min(Comparator.comparingDouble(p -> Math.abs(p[1] - median)))
                    .orElseThrow()[0];
            CellWeights reference = kilometre(counted, medianKm, new CellWeights());
            CellWeights scratch = new CellWeights();
            List<RunLoad.Segment> fast = new ArrayList<>();
            for (double[] km : full) {
                if (km[1] <= median * (1 - FAST_FRACTION)) {
                    int k = (int) km[0];
                    scratch.clear();
                    kilometre(counted, k, scratch);
                    List<RunLoad.Effect> effects = List.of(
                            effect(scratch, reference, "hamstrings", Contraction.ECCENTRIC),
                            effect(scratch, reference, "hip-flexors", Contraction.CONCENTRIC),
                            effect(scratch, reference, "calves", Contraction.CONCENTRIC));
                    String text = String.format(
                            "Fast km %d (%s /km, %.0f %% quicker than your median km): per minute, %s "
                                    + "your median km",
                            k + 1, clock(km[1]), (1 - km[1] / median) * 100, describe(effects));
                    fast.add(new RunLoad.Segment(RunLoad.Segment.Kind.FAST, k, k + 1, 0, 0, km[1], effects, text));
                }
            }
            return fast;
        }

        /** The running time of kilometre {@code km} (counting from 0), spread over the grid. */
        private CellWeights kilometre(boolean[] counted, int km, CellWeights weights) {
            for (int i = 1; i < n; i++) {
                if (counted[i] && (int) (distance[i - 1] / 1000) == km) {
                    double dt = samples.time(i) - samples.time(i - 1);
                    double speed = (distance[i] - distance[i - 1]) / dt;
                    LoadGrid.accumulate(
                            weights,
                            speed,
                            grade[i] * 100,
                            ratio(speed, grade[i] * 100, samples.get(Channel.CADENCE, i)),
                            dt);
                }
            }
            return weights;
        }

        private Optional<RunLoad.CadenceDrift> cadenceDrift(boolean[] counted, double[] cadence, double running) {
            double[] sums = new double[6];
            double elapsed = 0;
            for (int i = 1; i < n; i++) {
                if (!counted[i]) {
                    continue;
                }
                double dt = samples.time(i) - samples.time(i - 1);
                elapsed += dt;
                int third = elapsed <= running / 3 ? 0 : elapsed > 2 * running / 3 ? 1 : -1;
                if (third >= 0 && cadence[i] > 0) {
                    sums[third * 3] += cadence[i] * dt;
                    sums[third * 3 + 1] += dt;
                    sums[third * 3 + 2] += (distance[i] - distance[i - 1]);
                }
            }
            if (sums[1] < 300 || sums[4] < 300) {
                return Optional.empty();
            }
            return Optional.of(new RunLoad.CadenceDrift(
                    sums[0] / sums[1], sums[3] / sums[4], sums[2] / sums[1], sums[5] / sums[4]));
        }
    }

    private double groupLoad(CellWeights weights, String group, Contraction type) {
        double[] out = new double[forces.muscles().size() * 3];
        grid.loads(weights, out);
        double sum = 0;
        for (int m = 0; m < groupOf.length; m++) {
            if (groupOf[m].equals(group)) {
                sum += out[m * 3 + type.ordinal()];
            }
        }
        return sum;
    }

    private String describe(List<RunLoad.Effect> effects) {
        List<String> parts = new ArrayList<>();
        for (RunLoad.Effect effect : effects) {
            String name = atlas.group(effect.group())
                    .map(g -> g.name().toLowerCase(java.util.Locale.ROOT))
                    .orElse(effect.group());
            parts.add(String.format(
                    "%s %s load %.1f\u00d7", name, effect.contraction().id(), effect.ratio()));
        }
        return String.join(", ", parts);
    }

    private List<String> notes(
            List<RunLoad.MuscleLoad> muscles,
            List<RunLoad.Segment> segments,
            Optional<RunLoad.CadenceDrift> drift,
            RunLoad.Cleaning cleaning,
            double running,
            double meters) {
        List<String> notes = new ArrayList<>();
        if (running <= 0) {
            notes.add("No running was found in this recording (no stretch faster than 0.5 m/s with plausible speeds).");
            return notes;
        }
        Map<String, Double> byGroup = new LinkedHashMap<>();
        double total = 0;
        for (int m = 0; m < muscles.size(); m++) {
            byGroup.merge(groupOf[m], muscles.get(m).loadBwSeconds(), Double::sum);
            total += muscles.get(m).loadBwSeconds();
        }
        double sum = total;
        List<String> top = byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(5)
                .map(e -> String.format(
                        "%s %.0f %%",
                        atlas.group(e.getKey()).orElseThrow().name().toLowerCase(java.util.Locale.ROOT),
                        100 * e.getValue() / sum))
                .toList();
        notes.add(String.format(
                "%.1f km of running in %s; the load fell mostly on %s.",
                meters / 1000, clock(running), String.join(", ", top)));
        // The notes name the biggest hills and every fast kilometre; the segment list keeps them all.
        List<RunLoad.Segment> hills = segments.stream()
                .filter(x -> x.kind() != RunLoad.Segment.Kind.FAST)
                .sorted(Comparator.comparingDouble((RunLoad.Segment x) -> -Math.abs(x.altitudeChangeMeters())))
                .limit(NOTED_HILLS)
                .toList();
        segments.stream()
                .filter(x -> x.kind() == RunLoad.Segment.Kind.FAST || hills.contains(x))
                .forEach(segment -> notes.add(segment.text() + "."));
        long more = segments.stream()
                        .filter(x -> x.kind() != RunLoad.Segment.Kind.FAST)
                        .count()
                - hills.size();
        if (more > 0) {
            notes.add(more + " smaller climbs and descents are listed with the segments.");
        }
        drift.ifPresent(d -> {
            if (Math.abs(d.percentChange()) >= 3) {
                notes.add(String.format(
                        "Cadence %s from %.0f to %.0f steps/min (%+.1f %%) between the first and last third"
                                + " of the run, at %s and %s /km.",
                        d.percentChange() < 0 ? "drifted down" : "rose",
                        d.firstThirdSpm(),
                        d.lastThirdSpm(),
                        d.percentChange(),
                        clock(1000 / d.firstThirdSpeedMps()),
                        clock(1000 / d.lastThirdSpeedMps())));
            } else {
                notes.add(String.format(
                        "Cadence held steady (%.0f to %.0f steps/min).", d.firstThirdSpm(), d.lastThirdSpm()));
            }
        });
        int unusual = cleaning.speedSpikes()
                + cleaning.altitudeJumps()
                + cleaning.gradesClamped()
                + cleaning.cadencesReplaced();
        if (unusual > 0) {
            notes.add(String.format(
                    "Left out or repaired: %d speed spikes over 12 m/s, %d altitude jumps, %d grades beyond"
                            + " 45 %%, %d implausible cadences.",
                    cleaning.speedSpikes(),
                    cleaning.altitudeJumps(),
                    cleaning.gradesClamped(),
                    cleaning.cadencesReplaced()));
        }
        return notes;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
