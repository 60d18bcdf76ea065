package org.runmuscle.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        description = "Shows one imported activity with its muscle analysis, re-derived from its stored " + "samples.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle run 12", "  runmuscle run 12 --format json"})
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "An id from 'runmuscle runs'.")
    long id;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (HistoryStore store = database.open()) {
            StoredActivity stored = store.activity(id)
                    .orElseThrow(() -> new UserInputException(
                            "no activity " + id + " in the history; 'runmuscle runs' lists them"));
            Activity activity = StoredRuns.activity(store, stored, stored.massKg());
            RunLoads loads = new RunLoads();
            ActivityView view =
                    loads.withLoad(ActivityView.of("#" + id, "stored", activity), activity, stored.massKg());
            PrintWriter out = spec.commandLine().getOut();
            if (output.json()) {
                Json.print(out, view);
            } else {
                AnalyzeCommand.printTable(out, view, loads);
            }
            return 0;
        }
    }
}
