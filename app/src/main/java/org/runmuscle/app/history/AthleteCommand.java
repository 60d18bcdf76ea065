package org.runmuscle.app.history;

import java.util.List;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.OutputFormat;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.training.Days;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "athlete",
        description = "Shows or sets an athlete's profile used by analysis, imports and plans: body mass, training "
                + "level, equipment, heart rates, time zone and units. Options not given keep their value. "
                + "'runmuscle athletes' adds, renames and removes athletes.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle athlete",
            "  runmuscle athlete --mass 68 --level intermediate --equipment none,band,dumbbells",
            "  runmuscle athlete --athlete Anna --hr-max 188 --hr-rest 46 --time-zone Europe/Berlin --units km"
        })
public final class AthleteCommand implements Callable<Integer> {
    @Option(names = "--mass", paramLabel = "KG", description = "Body mass, 20 to 250 kg.")
    Double mass;

    @Option(names = "--level", paramLabel = "LEVEL", description = "beginner, intermediate or advanced.")
    String level;

    @Option(
            names = "--equipment",
            paramLabel = "LIST",
            description = "Equipment, comma-separated (see 'runmuscle plan --help').")
    String equipment;

    @Option(names = "--hr-max", paramLabel = "BPM", description = "Maximum heart rate, 100 to 240.")
    Double hrMax;

    @Option(names = "--hr-rest", paramLabel = "BPM", description = "Resting heart rate, 25 to 120.")
    Double hrRest;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "Where they live, e.g. Europe/Berlin.")
    String timeZone;

    @Option(names = "--units", paramLabel = "UNITS", description = "km or mi.")
    String units;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            converter = OutputFormat.Converter.class,
            description = "table (default) or json.")
    OutputFormat format;

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProfileChange change = new ProfileChange(
                mass, level, equipment == null ? null : List.of(equipment), hrMax, hrRest, timeZone, units);
        try (HistoryStore store = athlete.open(database)) {
            HistoryService.ProfileSaved saved =
                    HistoryService.of(store).changeProfile(change, ProfileChange.Names.OPTIONS);
            var out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                Json.print(out, AthleteJson.of(saved.athlete(), saved.runsReanalysed()));
            } else {
                AthleteJson.lines(saved.athlete()).forEach(out::println);
                if (saved.runsReanalysed() > 0) {
                    out.println(
                            "Re-analysed " + Days.plural(saved.runsReanalysed(), "run") + " for the new body mass.");
                }
            }
            return 0;
        }
    }
}
