package org.runmuscle.core.load;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.atlas.PhaseWork;
import org.runmuscle.core.gait.GaitPhase;
import org.runmuscle.core.gait.StrideTiming;

/**
 * Each running muscle's force over the gait cycle at any speed, grade and step rate.
 *
 * <p>A muscle's force is the envelope (the larger at each instant) of its bursts: raised-cosine
 * bumps whose peaks at the reference (level, 3.5 m/s, preferred step rate) are Lenhart et al.'s
 * 2015 model forces where they exist and labelled estimates elsewhere, and which scale with the
 * stride by their {@link ForceKind}. The bursts sit in periods whose lengths follow the stride's
 * duty factor. How the muscle contracts at each instant is what the atlas says it does in the gait
 * phase of that instant; force in a phase the atlas lists no work for counts as isometric holding.
 */
public final class MuscleForceModel {
    private final List<String> muscles;
    private final List<ForceBurst[]> bursts;
    private final List<Contraction[]> contractionByPhase;

    private MuscleForceModel(List<String> muscles, List<ForceBurst[]> bursts, List<Contraction[]> contractionByPhase) {
        this.muscles = List.copyOf(muscles);
        this.bursts = bursts;
        this.contractionByPhase = contractionByPhase;
    }

    /** The model for every atlas muscle, from {@code muscle-forces.json}. */
    public static MuscleForceModel load(Atlas atlas) {
        Map<String, MuscleForces> byMuscle = new HashMap<>();
        for (MuscleForces forces : read()) {
            if (atlas.muscle(forces.muscle()).isEmpty()) {
                throw new IllegalStateException("muscle-forces.json names unknown muscle " + forces.muscle());
            }
            for (ForceBurst burst : forces.bursts()) {
                burst.sources()
                        .forEach(id -> atlas.source(id)
                                .orElseThrow(() ->
                                        new IllegalStateException(forces.muscle() + " cites unknown source " + id)));
            }
            byMuscle.put(forces.muscle(), forces);
        }
        List<String> ids = new ArrayList<>();
        List<ForceBurst[]> bursts = new ArrayList<>();
        List<Contraction[]> contractions = new ArrayList<>();
        for (Muscle muscle : atlas.muscles()) {
            MuscleForces forces = byMuscle.get(muscle.id());
            if (forces == null) {
                throw new IllegalStateException("muscle-forces.json has no forces for " + muscle.id());
            }
            ids.add(muscle.id());
            bursts.add(forces.bursts().toArray(ForceBurst[]::new));
            Contraction[] byPhase = new Contraction[GaitPhase.values().length];
            Arrays.fill(byPhase, Contraction.ISOMETRIC);
            for (PhaseWork work : muscle.phases()) {
                byPhase[work.phase().ordinal()] = work.contraction();
            }
            contractions.add(byPhase);
        }
        return new MuscleForceModel(ids, bursts, contractions);
    }

    /** The build's snapshot of the bursts ({@link ForceSnapshot}), or the JSON where no build has written one. */
    private static List<MuscleForces> read() {
        InputStream snapshot = MuscleForceModel.class.getResourceAsStream(ForceSnapshot.RESOURCE);
        return snapshot != null ? ForceSnapshot.read(snapshot) : fromJson();
    }

    static List<MuscleForces> fromJson() {
        try (InputStream in = MuscleForceModel.class.getResourceAsStream("muscle-forces.json")) {
            return new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<List<MuscleForces>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("muscle-forces.json is unreadable", e);
        }
    }

    /** Muscle ids in atlas order; indexes into {@link #loadRates}. */
    public List<String> muscles() {
        return muscles;
    }

    /** The bursts of one muscle, for reports of where its numbers come from. */
    public List<ForceBurst> bursts(String muscle) {
        return List.of(bursts.get(indexOf(muscle)));
    }

    private int indexOf(String muscle) {
        int index = muscles.indexOf(muscle);
        if (index < 0) {
            throw new IllegalArgumentException("no force model for muscle " + muscle);
        }
        return index;
    }

    /** Every muscle's cycle at this stride, in atlas order, at 1 % resolution. */
    public List<MuscleCycle> cycles(StrideTiming timing) {
        List<MuscleCycle> cycles = new ArrayList<>(muscles.size());
        for (int m = 0; m < muscles.size(); m++) {
            cycles.add(cycle(m, timing));
        }
        return cycles;
    }

    public MuscleCycle cycle(String muscle, StrideTiming timing) {
        return cycle(indexOf(muscle), timing);
    }

    private MuscleCycle cycle(int m, StrideTiming timing) {
        int points = 100;
        double[] force = new double[points + 1];
        Contraction[] contraction = new Contraction[points + 1];
        Map<Period, Double> peaks = new EnumMap<>(Period.class);
        for (Period period : Period.values()) {
            peaks.put(period, 0.0);
        }
        double[] byType = new double[3];
        double[] envelope = forces(m, timing, points);
        double dt = timing.strideSeconds() / points;
        for (int i = 0; i <= points; i++) {
            double x = (i % points) / (double) points;
            force[i] = envelope[i % points];
            contraction[i] = contractionByPhase.get(m)[timing.phaseAt(x).ordinal()];
            if (i < points) {
                byType[contraction[i].ordinal()] += force[i] * dt;
                Period period = Period.at(x, timing);
                peaks.put(period, Math.max(peaks.get(period), force[i]));
            }
        }
        double total = byType[0] + byType[1] + byType[2];
        return new MuscleCycle(
                muscles.get(m),
                timing,
                force,
                contraction,
                peaks,
                total,
                byType[Contraction.CONCENTRIC.ordinal()],
                byType[Contraction.ECCENTRIC.ordinal()],
                byType[Contraction.ISOMETRIC.ordinal()]);
    }

    /**
     * Load per second of running for every muscle and contraction type, written to
     * {@code out[muscle * 3 + contraction.ordinal()]} in body-weight seconds per second, at
     * {@code points} steps per cycle. This is what the run analysis tabulates.
     */
    public void loadRates(StrideTiming timing, int points, double[] out) {
        int[] phase = new int[points];
        for (int i = 0; i < points; i++) {
            phase[i] = timing.phaseAt(i / (double) points).ordinal();
        }
        for (int m = 0; m < muscles.size(); m++) {
            double[] force = forces(m, timing, points);
            Contraction[] byPhase = contractionByPhase.get(m);
            for (int i = 0; i < points; i++) {
                out[m * 3 + byPhase[phase[i]].ordinal()] += force[i] / points;
            }
        }
    }

    /**
     * The muscle's force at {@code points} evenly spaced instants of the cycle: the envelope of its
     * bursts, each placed once from the stride's periods and visiting only the points it covers.
     */
    private double[] forces(int m, StrideTiming timing, int points) {
        double[] force = new double[points];
        double[] scales = scales(m, timing);
        ForceBurst[] list = bursts.get(m);
        for (int b = 0; b < list.length; b++) {
            double length = list[b].period().length(timing);
            double center = list[b].period().start(timing) + list[b].center() * length;
            double halfWidth = list[b].halfWidth() * length;
            int first = (int) Math.floor((center - halfWidth) * points);
            int last = (int) Math.ceil((center + halfWidth) * points);
            for (int k = first; k <= last; k++) {
                double distance = Math.abs(k / (double) points - center);
                if (distance < halfWidth) {
                    int i = Math.floorMod(k, points);
                    force[i] = Math.max(force[i], scales[b] * 0.5 * (1 + Math.cos(Math.PI * distance / halfWidth)));
                }
            }
        }
        return force;
    }

    private double[] scales(int m, StrideTiming timing) {
        ForceBurst[] list = bursts.get(m);
        double[] scales = new double[list.length];
        double grade = timing.gradePercent() / 100;
        double ratio = timing.cadenceRatio();
        for (int b = 0; b < list.length; b++) {
            scales[b] = list[b].peakBw() * list[b].kind().factor(timing.speedMps(), grade, ratio);
        }
        return scales;
    }
}
