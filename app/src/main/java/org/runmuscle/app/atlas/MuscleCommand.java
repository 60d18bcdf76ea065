package org.runmuscle.app.atlas;

import java.util.concurrent.Callable;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

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
public final class MuscleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "A muscle or group: id, anatomical name or lay name.")
    String name;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    public Integer call() {
        AtlasService atlas = new AtlasService(Atlas.load());
        Lookup found = AtlasNames.muscleOrGroup(atlas.atlas(), name);
        var out = output.out();
        if (output.json()) {
            Json.print(out, atlas.json(found));
        } else if (found instanceof Lookup.OfMuscle muscle) {
            new MuscleReport(atlas.atlas(), muscle.muscle()).print(out);
        } else if (found instanceof Lookup.OfGroup group) {
            new GroupReport(atlas.atlas(), group).print(out);
        }
        return 0;
    }
}
