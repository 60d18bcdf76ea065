package org.runmuscle.app.history;

import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "reanalyze",
        description = "Recomputes every stored run's muscle loads from its samples with this "
                + "runmuscle's model and the athlete's body mass, one run per transaction.",
        mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  runmuscle reanalyze"})
public final class ReanalyzeCommand implements Callable<Integer> {
    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (HistoryStore store = athlete.open(database)) {
            int count = HistoryService.of(store).reanalyze();
            spec.commandLine().getOut().println(HistoryService.reanalysed(count));
            return 0;
        }
    }
}
