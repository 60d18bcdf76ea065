package org.runmuscle.app.strength;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DateOption;
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
import picocli.CommandLine.Parameters;

@Command(
        name = "log",
        description = "Logs a strength session: its exercises with sets, reps (or seconds held) and load. Its "
                + "muscle loads join the running history's readiness and soreness.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Each line is EXERCISE SETSxREPS[@LOAD] [rirN|rpeN]; loads in kg, or lb with 'lb'.",
            "",
            "Examples:",
            "  runmuscle log \"nordic-hamstring-curl 2x5\" \"goblet-squat 3x10@16kg rir2\" \"front-plank 3x40s\"",
            "  runmuscle log \"back-squat 5x5@135lb\" --date 2026-11-28 --rpe 8 --minutes 45"
        })
public final class LogCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "LINE",
            arity = "1..*",
            description = "One exercise's sets, e.g. 'goblet-squat 3x10@16kg'.")
    List<String> lines;

    @Option(
            names = "--date",
            paramLabel = "DATE",
            description = "The day it was done (YYYY-MM-DD; default today " + "in the athlete's time zone).")
    String date;

    @Option(names = "--rpe", paramLabel = "N", description = "How hard the whole session was, 1-10 (CR-10).")
    Double rpe;

    @Option(
            names = "--minutes",
            paramLabel = "N",
            description = "How long it took (default: estimated from the " + "sets and their rests).")
    Double minutes;

    @Option(names = "--planned", paramLabel = "DATE", description = "The plan session it ticks off (YYYY-MM-DD).")
    String planned;

    @Option(names = "--note", paramLabel = "TEXT", description = "Anything worth remembering, up to 500 characters.")
    String note;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Override
    public Integer call() {
        if (note != null && note.length() > 500) {
            throw new UserInputException("--note is " + note.length() + " characters; at most 500");
        }
        List<SetRequest> sets = lines.stream().map(SetSpec::parse).toList();
        SessionRequest request = new SessionRequest(
                date == null ? Optional.empty() : Optional.of(DateOption.parse("--date", date)),
                minutes == null ? Double.NaN : minutes,
                rpe == null ? Double.NaN : rpe,
                note,
                planned == null ? Optional.empty() : Optional.of(DateOption.parse("--planned", planned)),
                sets);
        try (HistoryStore store = athlete.open(database)) {
            HistoryService history = HistoryService.of(store);
            StrengthService strength = new StrengthService(history, ExerciseCatalog.load(history.atlas()));
            LocalDate today = strength.today(Clock.systemUTC());
            StrengthService.Logged logged = strength.log(request, today, "log");
            if (output.json()) {
                Json.print(output.out(), StrengthJson.session(logged, history.atlas()));
            } else {
                LogsTable.printSession(output.out(), logged, history.atlas());
            }
            return 0;
        }
    }
}
