package org.runmuscle.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
final class ExercisesCommand implements Callable<Integer> {
    @Option(
            names = "--muscle",
            paramLabel = "MUSCLE",
            description = "Only exercises that train this muscle or group (id or lay name: glute med, quads).")
    String muscle;

    @Option(
            names = "--equipment",
            paramLabel = "LIST",
            description =
                    "Only exercises possible with this equipment, comma-separated: "
                            + "none, band, dumbbells, kettlebell, barbell, bench, step, stairs, machine, ball, sliders, pull-up-bar.")
    String equipment;

    @Mixin
    FormatOption output = new FormatOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Atlas atlas = Atlas.load();
        List<Exercise> exercises = select(atlas, ExerciseCatalog.load(atlas), muscle, equipment);
        PrintWriter out = spec.commandLine().getOut();
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

    /** The catalog, only what trains {@code muscle} (a muscle or group, by any name) and needs only {@code equipment}; null means any. */
    static List<Exercise> select(Atlas atlas, ExerciseCatalog catalog, String muscle, String equipment) {
        List<Exercise> exercises = catalog.all();
        if (muscle != null) {
            Lookup found = AtlasNames.muscleOrGroup(atlas, muscle);
            String id = found instanceof Lookup.OfMuscle m
                    ? m.muscle().id()
                    : ((Lookup.OfGroup) found).group().id();
            exercises = catalog.training(id);
        }
        if (equipment != null) {
            Set<Equipment> available = EquipmentOption.parse(equipment);
            exercises =
                    exercises.stream().filter(e -> e.possibleWith(available)).toList();
        }
        return exercises;
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
