package org.runmuscle.app.exercises;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "exercises",
        description = "Lists the strength exercises for runners with the muscles they train (primary first, with "
                + "measured activation in %% of maximal voluntary contraction where a study measured it), equipment, "
                + "difficulty, whether one side at a time, and the contraction they stress.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle exercises",
            "  runmuscle exercises --muscle gluteus-medius",
            "  runmuscle exercises --muscle hamstrings --equipment none,band",
            "  runmuscle exercises --format json"
        })
public final class ExercisesCommand implements Callable<Integer> {
    @Option(
            names = "--muscle",
            paramLabel = "MUSCLE",
            description = "Only exercises that train this muscle or group (id or lay name: glute med, quads).")
    String muscle;

    @Option(
            names = "--equipment",
            paramLabel = "LIST",
            description = "Only exercises possible with this equipment, comma-separated: "
                    + "none, band, dumbbells, kettlebell, barbell, bench, step, stairs, machine, ball, "
                    + "sliders, pull-up-bar.")
    String equipment;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    public Integer call() {
        List<Exercise> exercises =
                ExerciseService.load(Atlas.load()).select(Optional.ofNullable(muscle), Optional.ofNullable(equipment));
        PrintWriter out = output.out();
        if (output.json()) {
            Json.print(out, exercises);
            return 0;
        }
        out.println(Text.pad("EXERCISE", 30) + Text.pad("LEVEL", 13) + Text.pad("SIDE", 6) + Text.pad("EMPHASIS", 11)
                + Text.pad("EQUIPMENT", 18) + "TRAINS (primary; % activation where measured)");
        for (Exercise e : exercises) {
            out.println(Text.pad(e.id(), 30)
                    + Text.pad(e.difficulty().id(), 13)
                    + Text.pad(e.unilateral() ? "one" : "both", 6)
                    + Text.pad(e.emphasis().id(), 11)
                    + Text.pad(equipment(e), 18)
                    + targets(e));
        }
        out.println();
        out.println(exercises.size() + " exercises. 'runmuscle exercise ID' shows one in full.");
        return 0;
    }

    static String equipment(Exercise e) {
        return e.equipment().stream().map(Equipment::id).collect(Collectors.joining("+"));
    }

    private static String targets(Exercise e) {
        return e.targets().stream()
                .filter(Target::primary)
                .map(t -> t.muscle()
                        + (t.activationPercent().isPresent()
                                ? " " + Math.round(t.activationPercent().getAsDouble()) + "%"
                                : ""))
                .collect(Collectors.joining(", "));
    }
}
