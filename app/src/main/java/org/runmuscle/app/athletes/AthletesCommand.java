package org.runmuscle.app.athletes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.Days;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "athletes",
        description = "Lists the athletes of the history with their last run and today's readiness; "
                + "'athletes add', 'rename' and 'remove' manage them. Every history command takes --athlete NAME.",
        mixinStandardHelpOptions = true,
        subcommands = {AthletesCommand.Add.class, AthletesCommand.Rename.class, AthletesCommand.Remove.class},
        footer = {
            "",
            "Examples:",
            "  runmuscle athletes",
            "  runmuscle athletes add Anna",
            "  runmuscle import --athlete Anna anna-export.zip",
            "  runmuscle athletes rename me Ben",
            "  runmuscle athletes remove Anna"
        })
public final class AthletesCommand implements Callable<Integer> {
    @Mixin
    FormatOption output = new FormatOption();

    @Mixin
    DbOption database = new DbOption();

    @Override
    public Integer call() {
        try (Database db = database.openDatabase()) {
            Athletes athletes = new Athletes(db);
            AthletesService service = service(db);
            long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
            List<AthletesService.RosterLine> roster = service.roster(athletes.list(), today);
            if (output.json()) {
                Json.print(
                        output.out(),
                        Json.object(
                                "athletes", roster.stream().map(RosterJson::of).toList()));
                return 0;
            }
            if (roster.isEmpty()) {
                output.out()
                        .println("No athletes yet: 'runmuscle athletes add NAME' adds one, and the first "
                                + "import without --athlete adds 'me'.");
                return 0;
            }
            output.out()
                    .println(Text.pad("NAME", 22) + Text.pad("ACTIVITIES", 12) + Text.pad("LAST RUN", 30)
                            + "READINESS (SORE)");
            roster.forEach(line -> output.out().println(RosterJson.line(line)));
            return 0;
        }
    }

    @Command(
            name = "add",
            description = "Adds an athlete with an empty history; 'runmuscle athlete --athlete NAME' sets the profile.",
            mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Unique in the history whatever its case, 1 to 60 characters.")
        String name;

        @Mixin
        FormatOption output = new FormatOption();

        @Mixin
        DbOption database = new DbOption();

        @Override
        public Integer call() {
            try (Database db = database.openDatabase()) {
                Athlete added = service(db).add(name);
                if (output.json()) {
                    Json.print(output.out(), Json.object("id", added.id(), "name", added.name()));
                } else {
                    output.out().println("Added athlete " + Quoted.of(added.name()) + ".");
                }
                return 0;
            }
        }
    }

    @Command(name = "rename", description = "Renames an athlete; their history stays.", mixinStandardHelpOptions = true)
    static final class Rename implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The athlete's name now.")
        String name;

        @Parameters(index = "1", paramLabel = "NEW_NAME", description = "Their new name.")
        String newName;

        @Mixin
        DbOption database = new DbOption();

        @Mixin
        FormatOption output = new FormatOption();

        @Override
        public Integer call() {
            try (Database db = database.openDatabase()) {
                AthletesService service = service(db);
                Athlete renamed = service.rename(find(service, name), newName);
                output.out().println("Renamed " + Quoted.of(name.strip()) + " to " + Quoted.of(renamed.name()) + ".");
                return 0;
            }
        }
    }

    @Command(
            name = "remove",
            description = "Removes an athlete and everything of theirs: files, activities and loads. It asks for the "
                    + "name to be typed again unless --yes is given.",
            mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The athlete to remove.")
        String name;

        @Option(names = "--yes", description = "Do not ask; for scripts.")
        boolean yes;

        @Mixin
        DbOption database = new DbOption();

        @Mixin
        FormatOption output = new FormatOption();

        @Override
        public Integer call() throws IOException {
            try (Database db = database.openDatabase()) {
                AthletesService service = service(db);
                Athlete athlete = find(service, name);
                int activities = service.activityCount(athlete);
                if (!yes) {
                    output.out()
                            .print("This removes " + Quoted.of(athlete.name()) + " and their "
                                    + Days.plural(activities, "activity")
                                    + " for good. Type the name again to confirm: ");
                    output.out().flush();
                    String typed =
                            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (typed == null || !typed.strip().equalsIgnoreCase(athlete.name())) {
                        throw new UserInputException("the name typed did not match; nothing was removed");
                    }
                }
                int removed = service.remove(athlete);
                output.out()
                        .println("Removed " + Quoted.of(athlete.name()) + " and " + Days.plural(removed, "activity")
                                + ".");
                return 0;
            }
        }
    }

    static AthletesService service(Database db) {
        return new AthletesService(new Athletes(db), HistoryService.unbound());
    }

    static Athlete find(AthletesService service, String name) {
        return service.byName(name)
                .orElseThrow(() -> new UserInputException(
                        "no athlete named " + Quoted.of(name.strip()) + "; 'runmuscle athletes' lists them"));
    }
}
