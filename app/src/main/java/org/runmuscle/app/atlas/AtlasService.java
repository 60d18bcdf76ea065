package org.runmuscle.app.atlas;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.runmuscle.app.output.HeatScale;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.atlas.PhaseWork;
import org.runmuscle.core.gait.GaitPhase;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.load.MuscleForceModel;

/**
 * The atlas feature: muscles, groups, the phases of the gait cycle and the muscle model at one
 * stride. The {@code muscles}, {@code muscle} and {@code gait} commands and the atlas routes both
 * call it; neither calls the other.
 */
public final class AtlasService {
    /** JSON shape of one phase (field names are API). */
    public record PhaseView(
            String id,
            String name,
            String period,
            int startPercent,
            int endPercent,
            String description,
            List<Working> muscles) {}

    /** A muscle at work in a phase (field names are API). */
    public record Working(String id, String group, String role, Contraction contraction, String function) {}

    /** A muscle group as the web pages draw it (field names are API). */
    public record GroupView(String id, String name, List<String> aliases, boolean primary, String colour) {}

    /** The colours of the body map's load scale, from no load to the most loaded muscle (field names are API). */
    public record HeatScaleView(String from, String to) {}

    private final Atlas atlas;
    private final Supplier<MuscleForceModel> forces;

    public AtlasService(Atlas atlas) {
        this.atlas = atlas;
        this.forces = null;
    }

    /** With the server's shared model, asked for only when a stride is (it may still be building). */
    public AtlasService(Atlas atlas, Supplier<MuscleForceModel> forces) {
        this.atlas = atlas;
        this.forces = forces;
    }

    public Atlas atlas() {
        return atlas;
    }

    /** Every muscle, or a group's when {@code group} (any of its names) is given. */
    public List<Muscle> muscles(Optional<String> group) {
        return group.map(g -> AtlasNames.group(atlas, g).muscles()).orElse(atlas.muscles());
    }

    /** A muscle or group by any of its names; {@link Lookup.NotFound} with the closest names otherwise. */
    public Lookup find(String name) {
        return atlas.lookup(name);
    }

    /** The JSON of {@code muscle NAME --format json} for a muscle or a group found (field names are API). */
    public Object json(Lookup found) {
        if (found instanceof Lookup.OfMuscle muscle) {
            return new MuscleReport(atlas, muscle.muscle()).json();
        }
        if (found instanceof Lookup.OfGroup group) {
            return new GroupReport(atlas, group).json();
        }
        throw new IllegalArgumentException("not a muscle or group: " + found);
    }

    /** Every group with what the pages need to draw it: whether it carries running, its colour. */
    public List<GroupView> groups() {
        return atlas.groups().stream()
                .map(g -> new GroupView(g.id(), g.name(), g.aliases(), Groups.primary(g.id()), g.colour()))
                .toList();
    }

    /** The body map's load scale. */
    public HeatScaleView heatScale() {
        return new HeatScaleView(HeatScale.hex(HeatScale.FROM), HeatScale.hex(HeatScale.TO));
    }

    /** The phases of the gait cycle with the muscles at work in each. */
    public List<PhaseView> phases() {
        return atlas.musclesByPhase().entrySet().stream()
                .map(entry -> {
                    GaitPhase phase = entry.getKey();
                    List<Working> working = entry.getValue().stream()
                            .map(m -> working(m, phase))
                            .toList();
                    return new PhaseView(
                            phase.id(),
                            phase.displayName(),
                            phase.period().name().toLowerCase(),
                            phase.nominalStartPercent(),
                            phase.nominalEndPercent(),
                            phase.description(),
                            working);
                })
                .toList();
    }

    /** The muscle model at one stride for a runner of {@code mass}. */
    public GaitModelReport stride(StrideTiming timing, BodyMass mass) {
        if (forces == null) {
            return new GaitModelReport(atlas, timing, mass.kg());
        }
        return new GaitModelReport(atlas, forces.get(), timing, mass.kg());
    }

    private static Working working(Muscle muscle, GaitPhase phase) {
        PhaseWork work = muscle.phases().stream()
                .filter(w -> w.phase() == phase)
                .findFirst()
                .orElseThrow();
        return new Working(muscle.id(), muscle.group(), muscle.role().id(), work.contraction(), work.function());
    }
}
