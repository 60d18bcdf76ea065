package org.runmuscle.core.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.runmuscle.core.activity.Activity;
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
    public static final int VERSION = 2;

    /**
     * The everyday stride whose eccentric load does no damage: level running at 3.5 m/s, the
     * speed at which the model's forces are those of runners at their preferred pace (Lenhart
     * 2015). Only eccentric work per second above it counts as damaging (downhill, fast running).
     * Estimated: the studies show damage from downhill running and none from level running of
     * ordinary length (Maeo 2017), not where between them it starts.
     */
    public static final double DAMAGE_FREE_SPEED = 3.5;

    /**
     * What the model's concentric, eccentric and isometric shares describe: the whole
     * muscle-tendon unit, as the atlas's phase descriptions do, not the fascicles. Fascicles can
     * differ (Bohm 2019: vastus lateralis fascicles nearly isometric in stance, soleus fascicles
     * shortening throughout), since the tendon takes much of the length change (Lai 2015).
     */
    public static final String CONTRACTION_OF = "muscle-tendon-unit";

    /**
     * Slower than this is standing or walking about: no running load. Estimated, the same 0.5 m/s as auto-pause
     * (MovingTime).
     */
    static final double STOPPED_MPS = 0.5;
    /** Faster than the model covers and than any human runs (12.4 m/s is the sprint record's peak). */
    static final double SPIKE_MPS = 12;
    /**
     * An interval longer than this is a gap in the recording, not running. Estimated: smart recording writes every 1-10
     * s.
     */
    static final double MAX_GAP_SECONDS = 120;
    /**
     * Grade is measured across at least this much distance, so that metre-scale noise averages out. Estimated: about
     * six strides.
     */
    static final double GRADE_BASE_METERS = 20;
    /**
     * Step rates outside this range of the typical one are not running rates (a sensor glitch, a
     * walk). Estimated: step-rate studies go to +-10 % (Heiderscheit 2011), runners' own rates
     * spread about +-15 %; 0.6-1.5 leaves wide room.
     */
    static final double MIN_RATIO = 0.6;

    static final double MAX_RATIO = 1.5;
    /**
     * A climb or descent is named when it changes altitude this much at this average grade or more: a reporting choice.
     */
    static final double SEGMENT_METERS = 15;

    static final double SEGMENT_GRADE = 0.03;
    /** A kilometre this much faster than the median kilometre is named as fast: a reporting choice. */
    static final double FAST_FRACTION = 0.08;
    /** A hill starts and ends where the altitude has moved this far from its turning point. */
    static final double TRIM_METERS = 1;

    private final Atlas atlas;
    private final MuscleForceModel forces;
    private final LoadGrid grid;
    private final String[] groupOf;
    private final RunNotes words;
    private final RunNotes wordsInMiles;
    private final RunNotes unworded;

    private LoadModel(Atlas atlas, MuscleForceModel forces, ByteBuffer gridFile) {
        this.atlas = atlas;
        this.forces = forces;
        this.grid = new LoadGrid(forces, gridFile);
        this.words = new RunNotes(atlas, false);
        this.wordsInMiles = new RunNotes(atlas, true);
        this.unworded = RunNotes.none(atlas);
        this.groupOf = forces.muscles().stream()
                .map(id -> atlas.muscle(id).orElseThrow().group())
                .toArray(String[]::new);
    }

    public static LoadModel load(Atlas atlas) {
        return new LoadModel(atlas, MuscleForceModel.load(atlas), null);
    }

    /**
     * The model, reading its grid's nodes from {@code gridFile} (a grid file's bytes, mapped) when
     * they are this model's ({@link #writeGrid}); tabulating them as runs reach them otherwise, as
     * {@link #load(Atlas)} does, and when {@code gridFile} is null.
     */
    public static LoadModel load(Atlas atlas, ByteBuffer gridFile) {
        return new LoadModel(atlas, MuscleForceModel.load(atlas), gridFile);
    }

    /**
     * Tabulates every node of the grid and writes them to {@code out}: a grid file, for {@link
     * #load(Atlas, ByteBuffer)}.
     */
    public void writeGrid(OutputStream out) throws IOException {
        GridFile.write(grid, out);
    }

    /** Whether the grid's nodes are read from a grid file. */
    public boolean gridFromFile() {
        return grid.mapped();
    }

    public MuscleForceModel forces() {
        return forces;
    }

    LoadGrid grid() {
        return grid;
    }

    /**
     * Each muscle's load in an easy 30-minute run at 3 m/s on the level: the reference day for
     * recovery (what a muscle is used to when it has no history).
     */
    public Map<String, Double> referenceDay() {
        StrideTiming easy = StrideTiming.of(3.0, 0);
        Map<String, Double> loads = new LinkedHashMap<>();
        for (MuscleCycle cycle : forces.cycles(easy)) {
            loads.put(cycle.muscle(), cycle.loadPerStrideBwSeconds() / easy.strideSeconds() * 1800);
        }
        return loads;
    }

    /** The load of one run for a runner of {@code massKg}. */
    public RunLoad analyze(Activity activity, double massKg) {
        return analyze(activity, massKg, false);
    }

    /**
     * As {@link #analyze(Activity, double)}, the notes and segment lines worded in miles when
     * {@code miles} (distances and paces; the fast segments stay the model's kilometres). The
     * numbers are the same either way.
     */
    public RunLoad analyze(Activity activity, double massKg, boolean miles) {
        return new RunAnalysis(this, activity.samples(), miles ? wordsInMiles : words).analyze(massKg);
    }

    /**
     * As {@link #analyze(Activity, double)} with no words: no notes, and segments without their
     * line. For callers that store, sum or chart the numbers (import, batch, a run's per-km track,
     * the benchmarks), which never show the words: wording every hill was a tenth of a run's analysis.
     */
    public RunLoad loads(Activity activity, double massKg) {
        return new RunAnalysis(this, activity.samples(), unworded).analyze(massKg);
    }

    /** Every muscle's load by contraction type (and damaging) over {@code weights}, {@link LoadGrid}'s layout. */
    double[] loads(CellWeights weights) {
        double[] out = new double[forces.muscles().size() * LoadGrid.PER_MUSCLE];
        grid.loads(weights, out);
        return out;
    }

    /** One group's load of one contraction type, from {@link #loads(CellWeights)}. */
    double groupLoad(double[] out, String group, Contraction type) {
        double sum = 0;
        for (int m = 0; m < groupOf.length; m++) {
            if (groupOf[m].equals(group)) {
                sum += out[m * LoadGrid.PER_MUSCLE + type.ordinal()];
            }
        }
        return sum;
    }
}
