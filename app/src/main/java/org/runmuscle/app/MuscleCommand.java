package org.runmuscle.app;

import java.util.concurrent.Callable;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "muscle",
        description = "Shows one muscle in full: lay names, location, joint actions, its work and contraction in "
                + "each phase of the stride, signs of weakness, linked soreness and injuries, and numbered sources. "
                + "A group name (glutes, quads) shows the group and its muscles.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle muscle gluteus-medius",
            "  runmuscle muscle \"glute med\"",
            "  runmuscle muscle quads",
            "  runmuscle muscle soleus --format json"
        })
final class MuscleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "A muscle or group: id, anatomical name or lay name.")
    String name;

    @Mixin
    FormatOption output = new FormatOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Atlas atlas = Atlas.load();
        Lookup found = AtlasNames.muscleOrGroup(atlas, name);
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Json.print(out, json(atlas, found));
        } else if (found instanceof Lookup.OfMuscle muscle) {
            new MuscleReport(atlas, muscle.muscle()).print(out);
        } else if (found instanceof Lookup.OfGroup group) {
            new GroupReport(atlas, group).print(out);
        }
        return 0;
    }

    /** The JSON of {@code muscle NAME --format json} for a muscle or a group found (field names are API). */
    static Object json(Atlas atlas, Lookup found) {
        if (found instanceof Lookup.OfMuscle muscle) {
            return new MuscleReport(atlas, muscle.muscle()).json();
        }
        if (found instanceof Lookup.OfGroup group) {
            return new GroupReport(atlas, group).json();
        }
        throw new IllegalArgumentException("not a muscle or group: " + found);
    }
}
