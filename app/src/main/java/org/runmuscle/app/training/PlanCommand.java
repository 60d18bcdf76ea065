package org.runmuscle.app.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DateOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.LevelConverter;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "plan",
        description = {
            "Generates a weekly strength plan for a runner: the days, and for each session a warm-up and "
                    + "exercises in order with sets, reps or seconds, tempo, load and rest, progressing week to week "
                    + "with a "
                    + "lighter fourth week. It covers the primary running muscle groups every week, keeps quadriceps "
                    + "and "
                    + "hamstring work within 30 %% of each other, weights the plan toward your findings, respects your "
                    + "equipment, keeps heavy lower-body sessions off hard-run days and the days before them, and "
                    + "explains "
                    + "every exercise with its sources.",
            "",
            "The same options and seed always give the same plan."
        },
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle plan",
            "  runmuscle plan --sessions 2 --minutes 30 --equipment none,band,dumbbells --level intermediate "
                    + "--finding hip-drop --run-days mon,wed,thu,sat --hard-days wed,sat --weeks 8",
            "  runmuscle plan --sessions 3 --minutes 45 --equipment barbell,bench --format ics > plan.ics"
        })
public final class PlanCommand implements Callable<Integer> {
    @Option(
            names = "--sessions",
            defaultValue = "2",
            paramLabel = "N",
            description = "Sessions a week, 1 to 5 (default 2).")
    int sessions;

    @Option(
            names = "--minutes",
            defaultValue = "30",
            paramLabel = "MIN",
            description = "Minutes a session, warm-up included, 10 to 120 (default 30).")
    int minutes;

    @Option(
            names = "--equipment",
            paramLabel = "LIST",
            description = "What you have, comma-separated (default: the athlete profile's, else none): none, band, "
                    + "dumbbells, kettlebell, barbell, bench, step, stairs, machine, ball, sliders, pull-up-bar.")
    String equipment;

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            converter = LevelConverter.class,
            description = "beginner, intermediate or advanced (default: the athlete profile's, else beginner). "
                    + "Plyometrics start at intermediate.")
    Level level;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The day the plan starts from, for reading the "
                    + "running history (YYYY-MM-DD; default today in the athlete's time zone).")
    String asOf;

    @Option(names = "--no-history", description = "Ignore the running history and the athlete profile.")
    boolean noHistory;

    @picocli.CommandLine.Mixin
    DbOption database = new DbOption();

    @picocli.CommandLine.Mixin
    AthleteOption athlete = new AthleteOption();

    @Option(
            names = "--finding",
            paramLabel = "ID",
            description = "A finding to weight the plan toward, from "
                    + "'runmuscle assess' (hip-drop, knee-valgus, low-hamstring-quadriceps-ratio, "
                    + "sore-quadriceps ...). Repeatable.")
    List<String> findings = new ArrayList<>();

    @Option(names = "--run-days", paramLabel = "DAYS", description = "Days you run, e.g. mon,wed,thu,sat.")
    String runDays;

    @Option(
            names = "--hard-days",
            paramLabel = "DAYS",
            description = "Days of hard runs (intervals, tempo, long run), " + "among the run days.")
    String hardDays;

    @Option(names = "--weeks", defaultValue = "8", paramLabel = "N", description = "Weeks, 1 to 52 (default 8).")
    int weeks;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "N",
            description = "Another seed gives another plan " + "for the same request (default 1).")
    long seed;

    @Option(
            names = "--start",
            paramLabel = "DATE",
            description = "The week the plan starts, YYYY-MM-DD (its Monday; default: next Monday): the dates of "
                    + "the table, the JSON and the calendar.")
    String start;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            converter = PlanFormat.Converter.class,
            description = "table (default), json, ics (an iCalendar file to import into a calendar) or fit (FIT "
                    + "workouts for a Garmin watch: a zip of one file per session, or one file with --session).")
    PlanFormat format;

    @Option(names = "--session", paramLabel = "DATE", description = "With --format fit: only the session of this day.")
    String session;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "With --format fit: the file to write (default: standard output, when it is not a terminal).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Atlas atlas = Atlas.load();
        Optional<LocalDate> day = asOf == null ? Optional.empty() : Optional.of(DateOption.parse("--as-of", asOf));
        PlanHistory.Context context = noHistory
                ? PlanHistory.Context.none(day.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)), start, "--start")
                : PlanHistory.read(database, athlete, day, start);
        TrainingService training = new TrainingService(atlas, ExerciseCatalog.load(atlas));
        TrainingService.Made made = training.make(
                new TrainingService.Options(
                        sessions, minutes, equipment, level, findings, runDays, hardDays, weeks, seed),
                context);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> Json.print(out, made.json());
            case ICS -> out.print(IcsCalendar.of(made.plan(), made.monday(), seed, made.owner(), Instant.now()));
            case FIT -> writeFit(training, made);
            default -> PlanTable.print(out, made.plan(), made.heading(), made.findingIds(), made.monday());
        }
        return 0;
    }

    /** The workouts as bytes: to --output, or to standard output when it goes to a file or a pipe. */
    private void writeFit(TrainingService training, TrainingService.Made made) {
        Optional<LocalDate> day =
                session == null ? Optional.empty() : Optional.of(DateOption.parse("--session", session));
        FitWorkouts.File file = training.workouts(made, day);
        try {
            if (output != null) {
                Files.write(output, file.bytes());
                spec.commandLine().getErr().println("Wrote " + output + " (" + file.bytes().length + " bytes).");
            } else if (System.console() != null) {
                throw new UserInputException("--format fit writes a binary file: give --output FILE, or redirect, "
                        + "e.g. '> " + file.name() + "'");
            } else {
                System.out.write(file.bytes());
                // a PrintStream keeps its failures to itself: a full disk is one line, not a lost file
                if (System.out.checkError()) {
                    throw new IOException("the write failed (a full disk, or the reader went away)");
                }
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write " + (output == null ? "the workouts to standard output" : output)
                    + ": " + e.getMessage());
        }
    }
}
