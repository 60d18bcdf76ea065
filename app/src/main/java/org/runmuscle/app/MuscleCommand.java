package org.runmuscle.app;

import java.util.concurrent.Callable;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "muscle",
        description = "Shows one muscle in full: lay names, location, joint actions, its work and contraction in "
                + "each phase of the stride, signs of weakness, linked soreness and injuries, and numbered sources. "
                + "A group name (glutes, quads) shows the group and its muscles.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
                "  runmuscle muscle gluteus-medius",
                "  runmuscle muscle \"glute med\"",
                "  runmuscle muscle quads",
                "  runmuscle muscle soleus --format json"})
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
        if (found instanceof Lookup.OfMuscle muscle) {
            MuscleReport report = new MuscleReport(atlas, muscle.muscle());
            if (output.json()) {
                Json.print(out, report.json());
            } else {
                report.print(out);
            }
        } else if (found instanceof Lookup.OfGroup group) {
            GroupReport report = new GroupReport(atlas, group);
            if (output.json()) {
                Json.print(out, report.json());
            } else {
                report.print(out);
            }
        }
        return 0;
    }
}
