package org.runmuscle.app.history;

import java.util.List;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.training.Days;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "delete",
        description = "Deletes activities from the history, with their muscle loads. Importing the same file again "
                + "does not bring them back.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle delete 12", "  runmuscle delete 12 13 14"})
public final class DeleteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Ids from 'runmuscle runs'.")
    List<Long> ids;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Override
    public Integer call() {
        try (HistoryStore store = athlete.open(database)) {
            HistoryService history = HistoryService.of(store);
            // Every id is checked before anything is deleted: a typo in the list deletes nothing.
            for (long id : ids) {
                if (history.activity(id).isEmpty()) {
                    throw new UserInputException("no activity " + id + " in the history; 'runmuscle runs' lists "
                            + "them (nothing was deleted)");
                }
            }
            ids.forEach(history::delete);
            if (output.json()) {
                Json.print(output.out(), Json.object("deleted", ids));
            } else {
                output.out().println("Deleted " + Days.plural(ids.size(), "activity") + ".");
            }
            return 0;
        }
    }
}
