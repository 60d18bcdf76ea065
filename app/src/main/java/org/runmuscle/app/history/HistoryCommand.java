package org.runmuscle.app.history;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DateOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.History.MuscleView;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Spark;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.text.Decimals;
import org.runmuscle.core.training.WholeBodyLoad;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.Work;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "history",
        description = {
            "Shows, per muscle, what running and strength work have asked of it: load per day (a sparkline), "
                    + "the last 7 and 28 days and their ratio, readiness (100 %% = fully recovered) and the risk of "
                    + "soreness, with the runs that caused them; then the whole-body load with fitness, fatigue and "
                    + "form.",
            "",
            "Readiness and soreness come from a recovery model whose constants are estimates: fatigue from "
                    + "shortening work fades in about a day, from lengthening (eccentric) work in about three; "
                    + "soreness peaks a day or two after unaccustomed eccentric work, less if the muscle did the "
                    + "same work in the weeks before."
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle history", "  runmuscle history --days 90 --format json"})
public final class HistoryCommand implements Callable<Integer> {
    @Option(
            names = "--days",
            defaultValue = "42",
            paramLabel = "N",
            description = "Days to show, 1 to 3650 (default 42).")
    int days;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The day to evaluate (YYYY-MM-DD; default today in the athlete's time zone).")
    String asOf;

    @Option(
            names = "--work",
            defaultValue = "all",
            paramLabel = "WORK",
            description = "What to count: all (default), running or strength.")
    String work;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Override
    public Integer call() {
        if (days < 1 || days > 3650) {
            throw new UserInputException("--days " + days + " is outside 1 to 3650");
        }
        LocalDate day = asOf == null ? null : DateOption.parse("--as-of", asOf);
        Work counted = Works.parse("--work", work);
        try (HistoryStore store = athlete.open(database)) {
            HistoryService service = HistoryService.of(store);
            long today = (day == null ? service.today(Clock.systemUTC()) : day).toEpochDay();
            PrintWriter out = output.out();
            if (output.json()) {
                Json.print(out, HistoryJson.of(service, today, days, counted));
            } else {
                if (day == null) {
                    // an old archive: show its last days rather than an empty window, and say so
                    OptionalLong last = service.olderTraining(today, days, counted);
                    if (last.isPresent()) {
                        out.println("Nothing in the last " + days + " days: showing the " + days
                                + " days up to the last training, " + LocalDate.ofEpochDay(last.getAsLong())
                                + " (--as-of chooses the day).");
                        out.println();
                        today = last.getAsLong();
                    }
                }
                print(out, service.history(today, days, counted), today, days, counted);
                wholeBody(out, WholeBody.of(service, today, days, counted));
            }
            return 0;
        }
    }

    private static void wholeBody(PrintWriter out, WholeBody body) {
        WholeBodyLoad.Day day = body.last();
        double[] series = Spark.scaled(
                body.days().stream().mapToDouble(WholeBodyLoad.Day::load).toArray());
        out.println();
        // form was written with %+d: a whole number, signed, which %+.0f writes the same way
        out.println("Whole-body load (TRIMP) " + Spark.line(series, Math.min(series.length, 42)) + "  fitness "
                + Decimals.fixed(day.fitness(), 0) + ", fatigue " + Decimals.fixed(day.fatigue(), 0) + ", form "
                + Decimals.signed(Math.round(day.form()), 0) + " over "
                + Decimals.integer(body.sessions().size())
                + " sessions");
        out.println("Fitness and fatigue are 42- and 7-day weighted loads; form is yesterday's fitness less its "
                + "fatigue. Loads come from heart rate, else pace and grade, and session RPE for strength "
                + "(docs/model.md).");
    }

    private static void print(PrintWriter out, History history, long today, int days, Work work) {
        String what = switch (work) {
            case ALL -> "running and strength";
            case RUNNING -> "running";
            case STRENGTH -> "strength sessions";
        };
        out.println("Muscle load from " + what + ", " + LocalDate.ofEpochDay(today - days + 1) + " to "
                + LocalDate.ofEpochDay(today) + " (body-weight seconds)");
        out.println();
        out.println(Text.pad("GROUP", 14) + Text.pad("READY", 8) + Text.pad("SORENESS", 10) + "READY AGAIN");
        for (History.GroupView group : history.groups()) {
            out.println(Text.pad(group.id(), 14)
                    + Text.pad(Decimals.fixed(group.readinessPercent(), 0) + "%", 8)
                    + Text.pad(group.sorenessRisk().id(), 10)
                    + group.readyAgain());
        }
        out.println();
        int width = Math.min(days, 42);
        out.println(Text.pad("MUSCLE", 26) + Text.pad("LOAD PER DAY", Math.max(width + 2, 14)) + Text.pad("7 DAYS", 9)
                + Text.pad("28 DAYS", 9) + Text.pad("A:C", 6) + Text.pad("READY", 7) + Text.pad("SORENESS", 10)
                + "RUNS");
        // a muscle with load anywhere in the window, not only in the last 28 days: a run six weeks
        // before today in a window of a year is in its sparkline, and the window is not empty
        Map<String, double[]> seriesById = new HashMap<>();
        for (MuscleView m : history.muscles()) {
            seriesById.put(m.id(), history.series(m.id(), today, days));
        }
        List<MuscleView> shown = history.muscles().stream()
                .filter(m -> m.chronic28dBwSeconds() > 0
                        || m.acute7dBwSeconds() > 0
                        || Arrays.stream(seriesById.get(m.id())).anyMatch(load -> load > 0))
                .sorted(Comparator.comparingDouble(MuscleView::readinessPercent))
                .toList();
        for (MuscleView m : shown) {
            double[] series = seriesById.get(m.id());
            out.println(Text.pad(m.id(), 26)
                    + Text.pad(Spark.line(series, width), Math.max(width + 2, 14))
                    + Text.pad(Decimals.fixed(m.acute7dBwSeconds(), 0), 9)
                    + Text.pad(Decimals.fixed(m.chronic28dBwSeconds(), 0), 9)
                    + Text.pad(m.acuteChronicRatio() == null ? "-" : Decimals.fixed(m.acuteChronicRatio(), 2), 6)
                    + Text.pad(Decimals.fixed(m.readinessPercent(), 0) + "%", 7)
                    + Text.pad(m.sorenessRisk().id(), 10)
                    + m.runs().stream().map(id -> "#" + id).collect(Collectors.joining(" ")));
        }
        if (shown.isEmpty()) {
            out.println("No " + (work == Work.ALL ? "running or strength work" : what)
                    + " in the history for these days. 'runmuscle import FOLDER' brings runs in; "
                    + "'runmuscle log' logs strength work.");
        } else {
            out.println();
            out.println("Least recovered first. READY is 100 % less the strength a muscle is expected to have lost "
                    + "(fatigue for hours, damage from downhill or fast running and heavy lowering for days). "
                    + "A:C is the 7-day load "
                    + "against the weekly average of 28 days; above about 1.5 is a sharp rise. 'runmuscle run ID' "
                    + "shows a run.");
        }
    }
}
