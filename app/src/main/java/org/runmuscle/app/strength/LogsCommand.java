package org.runmuscle.app.strength;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "logs",
        description = "Lists the logged strength sessions, or deletes one.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle logs",
            "  runmuscle logs --days 90 --format json",
            "  runmuscle logs --delete 7"
        })
public final class LogsCommand implements Callable<Integer> {
    @Option(names = "--days", defaultValue = "28", paramLabel = "N", description = "How many days back (default 28).")
    int days;

    @Option(
            names = "--delete",
            paramLabel = "ID",
            description = "Deletes the session with this id, with its sets " + "and loads.")
    Long delete;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Override
    public Integer call() {
        if (days < 1 || days > 3650) {
            throw new UserInputException("--days " + days + " is out of range; 1 to 3650");
        }
        try (HistoryStore store = athlete.open(database)) {
            HistoryService history = HistoryService.of(store);
            StrengthService strength = new StrengthService(history, ExerciseCatalog.load(history.atlas()));
            if (delete != null) {
                if (!strength.delete(delete)) {
                    throw new UserInputException("no strength session " + delete + "; 'runmuscle logs' lists them");
                }
                if (output.json()) {
                    Json.print(output.out(), Json.object("deleted", List.of(delete)));
                } else {
                    output.out().println("Deleted strength session " + delete + ".");
                }
                return 0;
            }
            LocalDate today = strength.today(Clock.systemUTC());
            List<StrengthService.Logged> sessions = strength.sessions(today.minusDays(days - 1L), today);
            if (output.json()) {
                Json.print(
                        output.out(),
                        Json.object(
                                "sessions",
                                sessions.stream()
                                        .map(s -> StrengthJson.session(s, history.atlas()))
                                        .toList()));
            } else {
                LogsTable.print(output.out(), sessions, days);
            }
            return 0;
        }
    }
}
