package org.runmuscle.app.history;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.runmuscle.app.activity.ActivityView;
import org.runmuscle.app.activity.AnalyzeCommand;
import org.runmuscle.app.activity.RunLoads;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Display;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "run",
        description = "Shows one imported activity with its muscle analysis, re-derived from its stored " + "samples.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle run 12", "  runmuscle run 12 --format json"})
public final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "An id from 'runmuscle runs'.")
    long id;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Override
    public Integer call() {
        try (HistoryStore store = athlete.open(database)) {
            StoredActivity stored = store.activity(id)
                    .orElseThrow(() -> new UserInputException(
                            "no activity " + id + " in the history; 'runmuscle runs' lists them"));
            ActivityView view = HistoryService.of(store).view(stored);
            PrintWriter out = output.out();
            if (output.json()) {
                Json.print(out, view);
            } else {
                // the table in the athlete's unit and time zone; the JSON above stays metres and UTC
                Display display =
                        Display.of(store.athlete().units(), store.athlete().timeZone());
                AnalyzeCommand.printTable(out, view, new RunLoads(), display);
                if (stored.sport().equals("running") && stored.modelVersion() < LoadModel.VERSION) {
                    out.println("  (the history holds this run's loads from muscle model version "
                            + stored.modelVersion() + "; this is version " + LoadModel.VERSION
                            + ": 'runmuscle reanalyze' brings them up to date)");
                }
            }
            return 0;
        }
    }
}
