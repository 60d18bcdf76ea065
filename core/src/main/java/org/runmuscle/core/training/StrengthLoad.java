package org.runmuscle.core.training;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.MuscleCycle;

/**
 * The load a strength set puts on each muscle, in the unit of a run's: body-weight seconds of
 * muscle force over time, split into concentric, eccentric and isometric parts, with the damaging
 * part of the eccentric load. So a set of nordic curls and a downhill run add to the same hamstring
 * readiness and soreness ({@link Recovery}).
 *
 * <p>A muscle's force in a set is its activation times its maximal force, and the time is the
 * time under tension: repetitions times the tempo's seconds, or the seconds of a hold.
 * <ul>
 * <li><b>Activation</b>: the exercise's measured %MVIC for that muscle where a study in the
 *     evidence base gives one (the catalog's targets carry it with its source); otherwise
 *     {@link #PRIMARY_ACTIVATION} or {@link #HELPER_ACTIVATION}, estimated, and the result says so.</li>
 * <li><b>Maximal force</b>: the muscle's highest force in the model's reference stride (level,
 *     3.5 m/s) over {@link #RUNNING_ACTIVATION}, the share of maximal activation that stride takes.</li>
 * <li><b>External load</b>: the force grows with the mass moved, body mass plus the load, relative to
 *     the mass the activation was measured with ({@link #USUAL_LOAD_SHARE} of body mass on top for a
 *     loaded exercise, none for a body-weight one); activation is capped at {@link #MAX_ACTIVATION}.</li>
 * <li><b>Contraction split</b>: from the tempo, lowering-pause-lifting-pause seconds: lowering is
 *     eccentric, pauses and holds isometric, lifting concentric; fast (plyometric) work is half
 *     eccentric landing, half concentric push-off.</li>
 * <li><b>Damage</b>: eccentric work damages in proportion to how far its activation is above
 *     {@link #DAMAGE_FREE_ACTIVATION}; light lowering does not.</li>
 * </ul>
 */
public final class StrengthLoad {
    /** Bumped when the numbers below change, so that logged sessions are recomputed. */
    public static final int VERSION = 1;
    /**
     * Share of its maximal activation a muscle uses at its peak in the reference stride. Estimated:
     * averaged EMG of gluteus maximus, vastus lateralis, biceps femoris and gastrocnemius in the braking
     * phase rises with speed and passes 100 % MVC only at high speeds (Kyrolainen 2005); half at a
     * moderate 3.5 m/s is our reading of that trend.
     */
    static final double RUNNING_ACTIVATION = 0.5;
    /** A primary target's activation when no study measured it, %MVIC / 100. Estimated: a working set. */
    static final double PRIMARY_ACTIVATION = 0.6;
    /** A helper's activation when no study measured it. Estimated: half a primary target's. */
    static final double HELPER_ACTIVATION = 0.3;
    /** Activation is capped here: measured values pass 100 % MVIC (Ser14: 108 %), forces hardly do. */
    static final double MAX_ACTIVATION = 1.1;
    /**
     * The load, as a share of body mass, a loaded exercise's activation stands for. Estimated: runners' working
     * loads in goblet squats, Romanian deadlifts and hip thrusts are around half their body mass.
     */
    static final double USUAL_LOAD_SHARE = 0.5;
    /**
     * Eccentric work below this activation does no damage; above it, damage grows to all of it at full
     * activation. Estimated: lowering below about 40 % of maximal effort is what stairs and sitting down
     * ask every day, and leaves no soreness; near-maximal eccentric work does, which is why nordic
     * programmes start at 2 x 5 and build over weeks (Petersen 2011).
     */
    static final double DAMAGE_FREE_ACTIVATION = 0.4;
    /** Seconds of work per repetition of fast, plyometric work: one landing and push-off. Estimated. */
    static final double FAST_SECONDS_PER_REP = 1.0;

    private static final Set<Equipment> LOADED =
            EnumSet.of(Equipment.BARBELL, Equipment.DUMBBELLS, Equipment.KETTLEBELL, Equipment.MACHINE);

    private final Map<String, Double> maxForceBw;

    private StrengthLoad(Map<String, Double> maxForceBw) {
        this.maxForceBw = Map.copyOf(maxForceBw);
    }

    /** The model for the muscles of {@code model}, with each muscle's maximal force from its reference stride. */
    public static StrengthLoad of(LoadModel model) {
        Map<String, Double> max = new LinkedHashMap<>();
        for (MuscleCycle cycle : model.forces().cycles(StrideTiming.of(LoadModel.DAMAGE_FREE_SPEED, 0))) {
            double peak = cycle.peakForceBw().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
            max.put(cycle.muscle(), peak / RUNNING_ACTIVATION);
        }
        return new StrengthLoad(max);
    }

    /**
     * One muscle's work in a set, body-weight seconds.
     *
     * @param measured whether the activation behind it was measured for this exercise (else estimated)
     */
    public record Work(
            String muscle,
            double loadBwSeconds,
            double concentricBwSeconds,
            double eccentricBwSeconds,
            double isometricBwSeconds,
            double damagingBwSeconds,
            boolean measured) {
        Work plus(Work other) {
            return new Work(
                    muscle,
                    loadBwSeconds + other.loadBwSeconds,
                    concentricBwSeconds + other.concentricBwSeconds,
                    eccentricBwSeconds + other.eccentricBwSeconds,
                    isometricBwSeconds + other.isometricBwSeconds,
                    damagingBwSeconds + other.damagingBwSeconds,
                    measured && other.measured);
        }
    }

    /** The seconds of one repetition spent lowering, holding and lifting. */
    record Split(double eccentric, double isometric, double concentric) {
        double total() {
            return eccentric + isometric + concentric;
        }

        /** Reads "3-1-1-0"; "x" (explosive) counts half a second; "fast" and unreadable tempos are one landing. */
        static Split of(String tempo) {
            if ("hold".equals(tempo)) {
                return new Split(0, 1, 0);
            }
            String[] parts = tempo.split("-");
            if (parts.length != 4) {
                return new Split(FAST_SECONDS_PER_REP / 2, 0, FAST_SECONDS_PER_REP / 2);
            }
            double[] s = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    s[i] = parts[i].equalsIgnoreCase("x") ? 0.5 : Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    return new Split(FAST_SECONDS_PER_REP / 2, 0, FAST_SECONDS_PER_REP / 2);
                }
            }
            return new Split(s[0], s[1] + s[3], s[2]);
        }
    }

    /**
     * The work of one set of {@code exercise}: {@code reps} repetitions (per side) at its tempo, or a
     * hold of {@code seconds}, with {@code externalKg} on top of a body of {@code massKg}.
     */
    public List<Work> of(Exercise exercise, int reps, double seconds, double externalKg, double massKg) {
        Split split = Split.of(exercise.dose().tempo());
        double eccentric;
        double isometric;
        double concentric;
        if (reps > 0) {
            eccentric = reps * split.eccentric();
            isometric = reps * split.isometric();
            concentric = reps * split.concentric();
        } else {
            // a timed set: the tempo's shares of the seconds (all isometric for a hold)
            double total = split.total() > 0 ? split.total() : 1;
            eccentric = seconds * split.eccentric() / total;
            isometric = seconds * split.isometric() / total;
            concentric = seconds * split.concentric() / total;
        }
        double usual = massKg * (1 + (isLoaded(exercise) ? USUAL_LOAD_SHARE : 0));
        double massFactor = (massKg + Math.max(0, externalKg)) / usual;
        List<Work> work = new ArrayList<>();
        for (Target target : exercise.targets()) {
            double base = target.activationPercent().isPresent()
                    ? target.activationPercent().getAsDouble() / 100
                    : target.primary() ? PRIMARY_ACTIVATION : HELPER_ACTIVATION;
            double activation = Math.min(MAX_ACTIVATION, base * massFactor);
            double force = activation * maxForceBw.getOrDefault(target.muscle(), 0.0);
            double damaging =
                    Math.max(0, Math.min(1, (activation - DAMAGE_FREE_ACTIVATION) / (1 - DAMAGE_FREE_ACTIVATION)));
            work.add(new Work(
                    target.muscle(),
                    force * (eccentric + isometric + concentric),
                    force * concentric,
                    force * eccentric,
                    force * isometric,
                    force * eccentric * damaging,
                    target.activationPercent().isPresent()));
        }
        return work;
    }

    /** Whether the exercise's activation stands for an external load on top of body weight. */
    static boolean isLoaded(Exercise exercise) {
        return exercise.equipment().stream().anyMatch(LOADED::contains);
    }

    /** The muscles' summed work over many sets, in the order the muscles first appear. */
    public static Map<String, Work> sum(List<Work> works) {
        Map<String, Work> sum = new LinkedHashMap<>();
        for (Work w : works) {
            sum.merge(w.muscle(), w, Work::plus);
        }
        return sum;
    }
}
