package org.runmuscle.app.history;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.BodyMasses;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.EquipmentOption;
import org.runmuscle.app.cli.LevelConverter;
import org.runmuscle.app.cli.OutputFormat;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Level;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "athlete",
        description = "Shows or sets the runner's profile used by analysis, imports and plans: body mass, training "
                + "level and equipment. Options not given keep their value.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle athlete",
            "  runmuscle athlete --mass 68 --level intermediate --equipment none,band,dumbbells"
        })
public final class AthleteCommand implements Callable<Integer> {
    @Option(names = "--mass", paramLabel = "KG", description = "Body mass, 20 to 250 kg.")
    Double mass;

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            converter = LevelConverter.class,
            description = "beginner, intermediate or advanced.")
    Level level;

    @Option(
            names = "--equipment",
            paramLabel = "LIST",
            description = "Equipment, comma-separated (see 'runmuscle plan --help').")
    String equipment;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            converter = OutputFormat.Converter.class,
            description = "table (default) or json.")
    OutputFormat format;

    @Mixin
    DbOption database = new DbOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (mass != null) {
            BodyMasses.of("--mass", mass);
        }
        String equipmentIds = equipment == null
                ? null
                : EquipmentOption.parse(equipment).stream().map(Equipment::id).collect(Collectors.joining(","));
        try (HistoryStore store = database.open()) {
            HistoryService history = HistoryService.of(store);
            Athlete current = history.athlete();
            Athlete updated = new Athlete(
                    mass != null ? mass : current.massKg(),
                    level != null ? level.id() : current.level(),
                    equipmentIds != null ? equipmentIds : current.equipment());
            int reanalysed = 0;
            if (mass != null || level != null || equipment != null) {
                reanalysed = history.saveAthlete(updated);
            }
            var out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                Json.print(
                        out,
                        Json.object(
                                "massKg",
                                updated.massKg(),
                                "level",
                                updated.level(),
                                "equipment",
                                List.of(updated.equipment().split(",")),
                                "runsReanalysed",
                                reanalysed));
            } else {
                out.printf(
                        "Body mass %.1f kg, %s, equipment: %s%n",
                        updated.massKg(), updated.level(), updated.equipment());
                if (reanalysed > 0) {
                    out.println("Re-analysed " + Days.plural(reanalysed, "run") + " for the new body mass.");
                }
            }
            return 0;
        }
    }
}
