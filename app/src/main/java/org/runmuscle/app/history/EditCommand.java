package org.runmuscle.app.history;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "edit",
        description = "Corrects an imported activity's sport or name. An activity that becomes a run is analysed "
                + "at once; one that stops being a run leaves the muscle loads.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle edit 12 --sport cycling",
            "  runmuscle edit 12 --name \"Parkrun, new PB\""
        })
public final class EditCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "An id from 'runmuscle runs'.")
    long id;

    @Option(
            names = "--sport",
            paramLabel = "SPORT",
            description = "running, walking, hiking, cycling, swimming, transition, generic or other.")
    String sport;

    @Option(names = "--name", paramLabel = "TEXT", description = "The activity's title, up to 200 characters.")
    String name;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Override
    public Integer call() {
        if (sport == null && name == null) {
            throw new UserInputException("give --sport, --name or both");
        }
        Optional<Sport> newSport = sport == null ? Optional.empty() : Optional.of(Sports.parse("--sport", sport));
        Optional<String> newName = name == null ? Optional.empty() : Optional.of(Sports.name("--name", name));
        try (HistoryStore store = athlete.open(database)) {
            StoredActivity edited = HistoryService.of(store)
                    .edit(id, newSport, newName)
                    .orElseThrow(() -> new UserInputException(
                            "no activity " + id + " in the history; 'runmuscle runs' lists them"));
            if (output.json()) {
                Json.print(output.out(), ActivityLine.of(edited));
            } else {
                output.out()
                        .println("Activity " + id + ": " + edited.sport()
                                + (edited.name().isEmpty() ? "" : ", \"" + edited.name() + "\"") + ".");
            }
            return 0;
        }
    }
}
