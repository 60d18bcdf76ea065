package org.runmuscle.core.load;

import static org.runmuscle.core.load.LoadModel.GRADE_BASE_METERS;
import static org.runmuscle.core.load.LoadModel.MAX_GAP_SECONDS;
import static org.runmuscle.core.load.LoadModel.MAX_RATIO;
import static org.runmuscle.core.load.LoadModel.MIN_RATIO;
import static org.runmuscle.core.load.LoadModel.SPIKE_MPS;
import static org.runmuscle.core.load.LoadModel.STOPPED_MPS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Elevation;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.gait.StrideTiming;

/**
 * One run's analysis: per-point work arrays (distance, grade, the smoothed altitude profile), then
 * the pass that accumulates each interval's muscle load. {@link Hills} and the fast-kilometre
 * search read the same arrays.
 */
final class RunAnalysis {
    private final LoadModel model;
    private final RunNotes words;
    final Samples samples;
    final int n;
    final double[] distance;
    final double[] grade;
    /** Altitude with jumps removed, smoothed over time: the profile grades and hills are read from. */
    double[] profile;

    private int speedSpikes;
    private int altitudeJumps;
    private int gradesClamped;
    private int cadencesReplaced;
    private double stoppedSeconds;

    RunAnalysis(LoadModel model, Samples samples, RunNotes words) {
        this.model = model;
        this.words = words;
        this.samples = samples;
        this.n = samples.size();
        this.distance = distances();
        this.grade = grades();
    }

    LoadModel model() {
        return model;
    }

    RunNotes words() {
        return words;
    }

    /**
     * Node weights kept by each thread for its next run: three per run (the whole run, then two for
     * one hill or kilometre against its reference), 38 KB each, were allocated afresh for every run
     * and dominated the garbage of short runs. Handed out cleared.
     */
    private static final ThreadLocal<CellWeights[]> WEIGHTS =
            ThreadLocal.withInitial(() -> new CellWeights[] {new CellWeights(), new CellWeights(), new CellWeights()});

    /** The whole run's weights ({@code k} 0) or a spare (1 and 2), cleared; one run per thread at a time. */
    private static CellWeights weights(int k) {
        CellWeights weights = WEIGHTS.get()[k];
        weights.clear();
        return weights;
    }

    /** Spare weights {@code k} (0 or 1), cleared, for a stretch of the run and its reference. */
    CellWeights spare(int k) {
        return weights(1 + k);
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
                    && Math.abs(altitude[i] - altitude[previous]) > 3 + Math.abs(distance[i] - distance[previous])) {
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
        CellWeights all = weights(0);
        KmSplit.Accumulator kilometres = new KmSplit.Accumulator();
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
            double cadence = samples.get(Channel.CADENCE, i);
            // the preferred step rate once per sample (it was worked out three times: a tenth of a pass)
            double ratio = 1;
            if (!Double.isNaN(cadence)) {
                double recorded = recordedRatio(speed, gradePercent, cadence);
                if (!plausible(recorded)) {
                    cadencesReplaced++;
                } else {
                    ratio = recorded;
                }
            }
            LoadGrid.accumulate(all, speed, gradePercent, ratio, dt);
            int km = (int) (distance[i - 1] / 1000);
            kilometres.add(km, dt, dd);
            running += dt;
            runMeters += dd;
            flatMeters += dd * Minetti.equivalentFlatFactor(grade[i]);
            cadenceBySample[i] = samples.get(Channel.CADENCE, i);
            counted[i] = true;
        }
        double[] totals = new double[model.forces().muscles().size() * LoadGrid.PER_MUSCLE];
        model.grid().loads(all, totals);
        List<RunLoad.MuscleLoad> muscles = new ArrayList<>();
        for (int m = 0; m < model.forces().muscles().size(); m++) {
            double con = totals[m * LoadGrid.PER_MUSCLE + Contraction.CONCENTRIC.ordinal()];
            double ecc = totals[m * LoadGrid.PER_MUSCLE + Contraction.ECCENTRIC.ordinal()];
            double iso = totals[m * LoadGrid.PER_MUSCLE + Contraction.ISOMETRIC.ordinal()];
            double damaging = totals[m * LoadGrid.PER_MUSCLE + LoadGrid.DAMAGING];
            muscles.add(
                    new RunLoad.MuscleLoad(model.forces().muscles().get(m), con + ecc + iso, con, ecc, iso, damaging));
        }
        List<RunLoad.Segment> segments = new ArrayList<>(new Hills(this).find(counted));
        segments.addAll(new FastKilometres(this).find(counted, kilometres.splits()));
        segments.sort(Comparator.comparingDouble(RunLoad.Segment::fromKm));
        Optional<RunLoad.CadenceDrift> drift = cadenceDrift(counted, cadenceBySample, running);
        double gap = flatMeters > 0 ? running / (flatMeters / 1000) : Double.NaN;
        RunLoad.Cleaning cleaning =
                new RunLoad.Cleaning(speedSpikes, altitudeJumps, gradesClamped, cadencesReplaced, stoppedSeconds);
        List<String> notes = words.notes(muscles, segments, drift, cleaning, running, runMeters);
        return new RunLoad(massKg, muscles, running, gap, segments, drift, cleaning, notes);
    }

    /** The recorded step rate relative to the typical one; 1 when none was recorded or it is implausible. */
    double ratio(double speed, double gradePercent, double cadence) {
        if (Double.isNaN(cadence)) {
            return 1;
        }
        double recorded = recordedRatio(speed, gradePercent, cadence);
        return plausible(recorded) ? recorded : 1;
    }

    /** Whether a recorded step rate is near enough the typical one to be a running rate. */
    private static boolean plausible(double ratio) {
        return !(ratio < MIN_RATIO || ratio > MAX_RATIO);
    }

    private double recordedRatio(double speed, double gradePercent, double cadence) {
        return cadence
                / StrideTiming.preferredCadence(
                        Math.min(speed, StrideTiming.MAX_SPEED),
                        Math.max(
                                -StrideTiming.MAX_GRADE_PERCENT,
                                Math.min(StrideTiming.MAX_GRADE_PERCENT, gradePercent)));
    }

    /**
     * A stretch of the run (a hill, a kilometre, or its reference) reduced to every muscle's load
     * and its running time, once: each effect used to run the grid over the stretch again, six
     * times per hill (a sixth of the model's time on a hilly run, by JMH's stack profiler).
     */
    record Stretch(double[] loads, double seconds) {}

    Stretch stretch(CellWeights weights) {
        return new Stretch(model.loads(weights), weights.totalSeconds());
    }

    RunLoad.Effect effect(Stretch actual, Stretch reference, String group, Contraction type) {
        double here = model.groupLoad(actual.loads(), group, type) / actual.seconds();
        double there = model.groupLoad(reference.loads(), group, type) / reference.seconds();
        return new RunLoad.Effect(group, type, there > 0 ? here / there : Double.NaN);
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
        return Optional.of(
                new RunLoad.CadenceDrift(sums[0] / sums[1], sums[3] / sums[4], sums[2] / sums[1], sums[5] / sums[4]));
    }
}
