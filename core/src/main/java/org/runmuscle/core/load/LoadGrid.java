package org.runmuscle.core.load;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.gait.StrideTiming;

/**
 * The muscle model tabulated once over speed, grade and step rate, so that a run of any length is
 * analysed by interpolation: for each node, each muscle's load per second of running, split by
 * contraction type. A sample's load is the trilinear blend of its eight surrounding nodes; summing
 * over a run, only the time each node receives matters, so samples add eight weights and the
 * muscles are multiplied in once per run ({@link CellWeights}).
 *
 * <p>Nodes: speed 0.5 to 12 m/s every 0.5; grade -45 to 45 % every 5; step rate 0.7 to 1.3 times
 * the preferred rate every 0.1. A node is tabulated the first time a run reaches it and kept: runs
 * visit a few dozen of the 3,192 nodes, so a command analysing one file pays for those only; or it
 * is read from a grid file of every node, where the launcher made one ({@link GridFile}). The model's factors are
 * smooth power laws and linear pieces, so
 * linear interpolation between these nodes is within a few percent of the model itself (a test
 * checks it).
 */
final class LoadGrid {
    static final double SPEED_MIN = 0.5;
    static final double SPEED_STEP = 0.5;
    static final int SPEEDS = 24;
    static final double GRADE_MIN = -45;
    static final double GRADE_STEP = 5;
    static final int GRADES = 19;
    static final double RATIO_MIN = 0.7;
    static final double RATIO_STEP = 0.1;
    static final int RATIOS = 7;
    static final int CELLS = SPEEDS * GRADES * RATIOS;
    /**
     * Points per cycle when tabulating: the same 1 % resolution as {@link MuscleCycle}, so that
     * interpolation is the only difference (at 50 points the discretisation error, 1-2 %, was as
     * large as the effect of a 10 % change in step rate).
     */
    static final int POINTS = 100;

    final int muscles;
    private final MuscleForceModel model;
    /**
     * Values per muscle in a node: its load per second by contraction type, then its damaging
     * eccentric load per second ({@link #DAMAGING}).
     */
    static final int PER_MUSCLE = 4;
    /**
     * Index of the damaging eccentric rate: the eccentric load per second above what ordinary level
     * running ({@link LoadModel#DAMAGE_FREE_SPEED} m/s, preferred step rate) gives the same muscle. Muscle damage
     * follows eccentric work under a stretch the muscle is not used to (Maeo 2017: downhill running
     * damages the knee extensors; level running of ordinary length does little), so it is the excess
     * over the everyday stride, not the eccentric total, that damages.
     */
    static final int DAMAGING = 3;

    /** Per node, each muscle's rates: [muscle * PER_MUSCLE + contraction], then the damaging rate. */
    private final AtomicReferenceArray<double[]> rates = new AtomicReferenceArray<>(CELLS);

    private final double[] easy;
    private final double[] easyEccentric;
    /** Every node, from a {@link GridFile} of this model; null when there is none. */
    private final DoubleBuffer tabulated;

    LoadGrid(MuscleForceModel model) {
        this(model, null);
    }

    /** A grid that reads its nodes from {@code file}'s bytes when they are this model's ({@link GridFile}). */
    LoadGrid(MuscleForceModel model, ByteBuffer file) {
        this.model = model;
        this.muscles = model.muscles().size();
        this.easy = new double[muscles * 3];
        model.loadRates(StrideTiming.of(LoadModel.DAMAGE_FREE_SPEED, 0), POINTS, easy);
        this.easyEccentric = new double[muscles];
        for (int m = 0; m < muscles; m++) {
            easyEccentric[m] = easy[m * 3 + Contraction.ECCENTRIC.ordinal()];
        }
        this.tabulated = file == null ? null : GridFile.nodes(file, muscles, easy);
    }

    /** Whether the nodes come from a grid file. */
    boolean mapped() {
        return tabulated != null;
    }

    /** Each muscle's rates by contraction type in ordinary level running: what a grid file is checked by. */
    double[] levelRates() {
        return easy.clone();
    }

    /** The rates of one node, tabulating it on first use; concurrent first uses compute the same values. */
    double[] rates(int cell) {
        double[] cached = rates.get(cell);
        if (cached != null) {
            return cached;
        }
        if (tabulated != null) {
            double[] read = new double[muscles * PER_MUSCLE];
            tabulated.get(cell * read.length, read);
            rates.compareAndSet(cell, null, read);
            return rates.get(cell);
        }
        int ratio = cell % RATIOS;
        int grade = cell / RATIOS % GRADES;
        int speed = cell / RATIOS / GRADES;
        double metersPerSecond = SPEED_MIN + speed * SPEED_STEP;
        double gradePercent = GRADE_MIN + grade * GRADE_STEP;
        double cadence =
                StrideTiming.preferredCadence(metersPerSecond, gradePercent) * (RATIO_MIN + ratio * RATIO_STEP);
        cadence = Math.max(StrideTiming.MIN_CADENCE, Math.min(StrideTiming.MAX_CADENCE, cadence));
        double[] byType = new double[muscles * 3];
        model.loadRates(StrideTiming.of(metersPerSecond, gradePercent, cadence), POINTS, byType);
        double[] computed = new double[muscles * PER_MUSCLE];
        for (int m = 0; m < muscles; m++) {
            System.arraycopy(byType, m * 3, computed, m * PER_MUSCLE, 3);
            double eccentric = byType[m * 3 + Contraction.ECCENTRIC.ordinal()];
            computed[m * PER_MUSCLE + DAMAGING] = Math.max(0, eccentric - easyEccentric[m]);
        }
        rates.compareAndSet(cell, null, computed);
        return rates.get(cell);
    }

    static int index(int speed, int grade, int ratio) {
        return (speed * GRADES + grade) * RATIOS + ratio;
    }

    /** Adds {@code seconds} at (speed, grade %, step-rate ratio), spread over the eight nodes around it. */
    static void accumulate(CellWeights weights, double speed, double gradePercent, double ratio, double seconds) {
        double fs = clamp((speed - SPEED_MIN) / SPEED_STEP, SPEEDS - 1);
        double fg = clamp((gradePercent - GRADE_MIN) / GRADE_STEP, GRADES - 1);
        double fr = clamp((ratio - RATIO_MIN) / RATIO_STEP, RATIOS - 1);
        int s0 = Math.min((int) fs, SPEEDS - 2);
        int g0 = Math.min((int) fg, GRADES - 2);
        int r0 = Math.min((int) fr, RATIOS - 2);
        double ws = fs - s0;
        double wg = fg - g0;
        double wr = fr - r0;
        for (int ds = 0; ds < 2; ds++) {
            double a = seconds * (ds == 0 ? 1 - ws : ws);
            for (int dg = 0; dg < 2; dg++) {
                double b = a * (dg == 0 ? 1 - wg : wg);
                int base = index(s0 + ds, g0 + dg, r0);
                weights.add(base, b * (1 - wr));
                weights.add(base + 1, b * wr);
            }
        }
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    /** Each muscle's rates times the time in {@code weights}: out[muscle * PER_MUSCLE + type], then damaging. */
    void loads(CellWeights weights, double[] out) {
        for (int k = 0; k < weights.size(); k++) {
            double[] cell = rates(weights.cell(k));
            double seconds = weights.seconds(k);
            for (int j = 0; j < cell.length; j++) {
                out[j] += cell[j] * seconds;
            }
        }
    }
}
