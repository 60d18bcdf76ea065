package org.runmuscle.app.history;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DateOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.output.Display;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.app.output.Text;
import org.runmuscle.app.output.Units;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.StoredActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "runs",
        description = "Lists imported activities, oldest first.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle runs", "  runmuscle runs --since 2026-01-01 --format json"})
public final class RunsCommand implements Callable<Integer> {
    @Option(names = "--since", paramLabel = "DATE", description = "Only activities from this day on (YYYY-MM-DD, UTC).")
    String since;

    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Override
    public Integer call() {
        var from = since == null
                ? Optional.<Instant>empty()
                : Optional.of(DateOption.parse("--since", since)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
        List<StoredActivity> activities;
        Athlete who;
        try (var store = athlete.open(database)) {
            activities = store.activities(from);
            who = store.athlete();
        }
        PrintWriter out = output.out();
        if (output.json()) {
            Json.print(
                    out,
                    Map.of("runs", activities.stream().map(ActivityLine::of).toList()));
            return 0;
        }
        // the table in the athlete's time zone and unit; the JSON above stays UTC and metres
        Display display = Display.of(who.units(), who.timeZone());
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String startHeader = "START (" + who.timeZone() + ")";
        int startWidth = Math.max(19, startHeader.length() + 2);
        out.println(Text.pad("ID", 7) + Text.pad(startHeader, startWidth) + Text.pad("SPORT", 12)
                + Text.pad("DISTANCE", 11)
                + Text.pad("MOVING", 10) + Text.pad("PACE", 12) + "NAME");
        for (StoredActivity a : activities) {
            Double distance = Numbers.round(a.distanceMeters(), 1);
            double pace = a.distanceMeters() > 0 ? a.movingSeconds() / (a.distanceMeters() / 1000) : Double.NaN;
            out.println((Text.pad(String.valueOf(a.id()), 7)
                            + Text.pad(minute.format(a.startTime().atZone(display.zone())), startWidth)
                            + Text.pad(a.sport(), 12)
                            + Text.pad(display.distance(distance), 11)
                            + Text.pad(Units.duration(a.movingSeconds()), 10)
                            + Text.pad(display.pace(Numbers.round(pace, 0)), 12)
                            + a.name())
                    .stripTrailing());
        }
        out.println(activities.size() + (activities.size() == 1 ? " activity" : " activities")
                + ". 'runmuscle run ID' shows one with its muscle analysis.");
        return 0;
    }
}
