package org.runmuscle.app.atlas;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Muscle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "muscles",
        description = "Lists every muscle running uses: its group, its role (primary mover or supporting), and how "
                + "it contracts in each phase of the stride.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle muscles",
            "  runmuscle muscles --group hamstrings",
            "  runmuscle muscles --group quads --format json"
        })
public final class MusclesCommand implements Callable<Integer> {
    @Option(
            names = "--group",
            paramLabel = "GROUP",
            description =
                    "Only the muscles of this group: an id (hamstrings, hip-flexors) or a lay name (quads, glutes).")
    String group;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    public Integer call() {
        List<Muscle> muscles = new AtlasService(Atlas.load()).muscles(Optional.ofNullable(group));
        if (output.json()) {
            Json.print(output.out(), muscles);
        } else {
            PhaseGrid.print(output.out(), muscles);
        }
        return 0;
    }
}
