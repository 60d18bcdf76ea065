package org.runmuscle.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.app.CliRun;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.WatchExercises;
import org.runmuscle.ingest.FitWorkoutRead;

class PlanCommandTest {
    static final String[] EXAMPLE = {
        "plan",
        "--sessions",
        "2",
        "--minutes",
        "30",
        "--equipment",
        "none,band,dumbbells",
        "--level",
        "intermediate",
        "--finding",
        "hip-drop",
        "--run-days",
        "mon,wed,thu,sat",
        "--hard-days",
        "wed,sat",
        "--weeks",
        "8",
        "--seed",
        "7"
    };
    private final ObjectMapper json = new ObjectMapper();

    static String[] with(String... more) {
        String[] args = Arrays.copyOf(EXAMPLE, EXAMPLE.length + more.length);
        System.arraycopy(more, 0, args, EXAMPLE.length, more.length);
        return args;
    }

    /**
     * Two 30-minute gym sessions for an intermediate runner: the main lifts alone filled them, and the hip drop the
     * plan was "weighted toward" got no exercise at all. The main lifts now give up sets for it.
     */
    @Test
    void shortGymSessionsStillWorkTheFinding() throws Exception {
        CliRun run = CliRun.of(
                "plan",
                "--sessions",
                "2",
                "--minutes",
                "30",
                "--equipment",
                "barbell,bench,machine,dumbbells,step,band",
                "--level",
                "intermediate",
                "--finding",
                "hip-drop",
                "--weeks",
                "8",
                "--format",
                "json");
        assertThat(run.exitCode()).isZero();
        JsonNode plan = json.readTree(run.out());
        for (JsonNode week : plan.get("weeks")) {
            assertThat(week.toString()).as("week %s", week.get("week")).contains("For your finding");
            for (JsonNode session : week.get("sessions")) {
                assertThat(session.get("minutes").asInt()).isLessThanOrEqualTo(30);
            }
        }
        assertThat(plan.get("notes").toString()).contains("the main lifts give up sets");
    }

    @Test
    void jsonHasTheFixedShape() throws Exception {
        CliRun run = CliRun.of(with("--format", "json"));
        assertThat(run.exitCode()).isZero();
        JsonNode weeks = json.readTree(run.out()).get("weeks");
        assertThat(weeks).hasSize(8);
        JsonNode week = weeks.get(0);
        assertThat(week.get("week").asInt()).isEqualTo(1);
        JsonNode session = week.get("sessions").get(0);
        assertThat(session.get("day").asText()).isIn("mon", "tue", "wed", "thu", "fri", "sat", "sun");
        assertThat(session.get("minutes").asInt()).isBetween(10, 30);
        JsonNode exercise = session.get("exercises").get(0);
        assertThat(exercise.fieldNames())
                .toIterable()
                .contains("id", "name", "sets", "reps", "seconds", "restSeconds", "targets", "reason", "sources");
        assertThat(exercise.get("reason").asText()).isNotBlank();
        assertThat(exercise.get("sources")).isNotEmpty();
        assertThat(weeks.get(3).get("lighter").asBoolean()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedMayDiffer() {
        assertThat(CliRun.of(with("--format", "json")).out())
                .isEqualTo(CliRun.of(with("--format", "json")).out());
    }

    @Test
    void noHeavySessionFallsOnAHardDayOrTheDayBefore() throws Exception {
        JsonNode weeks =
                json.readTree(CliRun.of(with("--format", "json")).out()).get("weeks");
        for (JsonNode week : weeks) {
            for (JsonNode session : week.get("sessions")) {
                if (session.get("heavy").asBoolean()) {
                    assertThat(session.get("day").asText()).isNotIn("wed", "sat", "tue", "fri");
                }
            }
        }
    }

    /**
     * Importing the plan again after it changed updates its events: the same UIDs, a higher SEQUENCE
     * and DTSTAMP; another athlete's plan of the same seed and week has other UIDs.
     */
    @Test
    void anUpdatedPlanKeepsItsEventsUidsWithANewerSequence() {
        TrainingService training = new TrainingService(Atlas.load(), ExerciseCatalog.load(Atlas.load()));
        TrainingService.Options options = new TrainingService.Options(2, 30, "none", null, List.of(), null, null, 2, 7);
        PlanHistory.Context context = PlanHistory.Context.none(LocalDate.of(2026, 11, 20), "2026-11-23", "--start");
        TrainingService.Made made = training.make(options, context);
        String before = IcsCalendar.of(made.plan(), made.monday(), 7, "a1", Instant.parse("2026-11-20T08:00:00Z"));
        String after = IcsCalendar.of(made.plan(), made.monday(), 7, "a1", Instant.parse("2026-11-27T08:00:00Z"));
        String other = IcsCalendar.of(made.plan(), made.monday(), 7, "a2", Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(field(before, "UID:")).isEqualTo(field(after, "UID:")).isNotEqualTo(field(other, "UID:"));
        assertThat(Long.parseLong(field(after, "SEQUENCE:").get(0)))
                .isGreaterThan(Long.parseLong(field(before, "SEQUENCE:").get(0)));
        assertThat(field(after, "DTSTAMP:")).allMatch(v -> v.equals("20261127T080000Z"));
        assertThat(field(before, "UID:").get(0))
                .isEqualTo("runmuscle-a1-7-20261123-w1-"
                        + made.plan().weeks().get(0).sessions().get(0).day());
    }

    private static List<String> field(String ics, String name) {
        return ics.lines()
                .filter(l -> l.startsWith(name))
                .map(l -> l.substring(name.length()))
                .toList();
    }

    @Test
    void icsIsAValidCalendarWithOneEventPerSession() {
        CliRun run = CliRun.of(with("--format", "ics", "--start", "2026-11-25"));
        assertThat(run.exitCode()).isZero();
        String ics = run.out();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        List<String> lines = List.of(ics.split("\r\n"));
        assertThat(lines).filteredOn(l -> l.equals("BEGIN:VEVENT")).hasSize(16);
        assertThat(lines).filteredOn(l -> l.equals("END:VEVENT")).hasSize(16);
        assertThat(lines)
                .allSatisfy(l ->
                        assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        // the week of 25 November 2026 starts on Monday the 23rd
        assertThat(lines).anyMatch(l -> l.startsWith("DTSTART;VALUE=DATE:202611"));
        assertThat(lines.stream().filter(l -> l.startsWith("UID:")).distinct().count())
                .isEqualTo(16);
        assertThat(lines).anyMatch(l -> l.startsWith("DESCRIPTION:Warm-up"));
        assertThat(IcsCalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        assertThat(IcsCalendar.fold("x".repeat(160)).split("\r\n ")).hasSize(3);
    }

    /**
     * The plan as FIT workouts: every session a file our decoder reads back as the session, each
     * exercise the watch's own (or its category, with a note), sets as repeat steps, rests as steps.
     */
    @Test
    void fitWorkoutsCarryEverySessionAsTheWatchReadsIt(@TempDir Path folder) throws Exception {
        Path zip = folder.resolve("plan.zip");
        CliRun run = CliRun.of(with("--format", "fit", "--start", "2026-11-23", "--output", zip.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = json.readTree(
                CliRun.of(with("--format", "json", "--start", "2026-11-23")).out());
        WatchExercises watch = WatchExercises.load(ExerciseCatalog.load(Atlas.load()));
        ExerciseCatalog catalog = ExerciseCatalog.load(Atlas.load());
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        int sessions = 0;
        for (JsonNode week : plan.get("weeks")) {
            for (JsonNode session : week.get("sessions")) {
                sessions++;
                String name =
                        session.get("date").asText() + "-" + session.get("day").asText() + ".fit";
                assertThat(files).containsKey(name);
                FitWorkoutRead.Read read = FitWorkoutRead.of(files.get(name));
                assertThat(read.subSport()).as("strength training").isEqualTo(20);
                List<FitWorkoutRead.Step> active = read.steps().stream()
                        .filter(s -> s.intensity() == 0 && s.durationType() != 6)
                        .toList();
                JsonNode exercises = session.get("exercises");
                assertThat(active).hasSize(exercises.size());
                for (int i = 0; i < exercises.size(); i++) {
                    JsonNode x = exercises.get(i);
                    FitWorkoutRead.Step step = active.get(i);
                    WatchExercises.Garmin garmin =
                            watch.garmin(catalog.byId(x.get("id").asText()).orElseThrow());
                    assertThat(step.category()).isEqualTo(garmin.category());
                    assertThat(step.exerciseName()).isEqualTo(garmin.name());
                    assertThat(step.durationValue())
                            .isEqualTo(
                                    x.get("reps").asInt() > 0
                                            ? x.get("reps").asLong()
                                            : x.get("seconds").asLong() * 1000);
                    if (!garmin.named()) {
                        assertThat(step.notes()).startsWith("The watch names it");
                    }
                    int at = read.steps().indexOf(step);
                    if (x.get("sets").asInt() > 1) {
                        FitWorkoutRead.Step repeat = read.steps().get(at + 2);
                        assertThat(repeat.durationType()).isEqualTo(6);
                        assertThat(repeat.durationValue()).isEqualTo(at);
                        assertThat(repeat.targetValue()).isEqualTo(x.get("sets").asLong());
                    }
                    assertThat(read.steps().get(at + 1).intensity()).as("rest").isEqualTo(1);
                }
            }
        }
        assertThat(files).hasSize(sessions);
        // one session alone, and the same file again: a watch replaces rather than duplicates it
        Path one = folder.resolve("one.fit");
        String first = plan.at("/weeks/0/sessions/0/date").asText();
        assertThat(CliRun.of(with(
                                "--format",
                                "fit",
                                "--start",
                                "2026-11-23",
                                "--session",
                                first,
                                "--output",
                                one.toString()))
                        .exitCode())
                .isZero();
        assertThat(Files.readAllBytes(one))
                .isEqualTo(files.get(
                        first + "-" + plan.at("/weeks/0/sessions/0/day").asText() + ".fit"));
    }

    @Test
    void anImpossibleRequestGetsTheBestPlanAndAPlainNote() throws Exception {
        JsonNode plan = json.readTree(CliRun.of("plan", "--sessions", "1", "--minutes", "10", "--format", "json")
                .out());
        assertThat(plan.get("weeks").get(0).get("sessions").get(0).get("exercises"))
                .isNotEmpty();
        assertThat(plan.get("notes").toString()).contains("No exercise for the");
        String barbellless = CliRun.of("plan", "--equipment", "none").out();
        assertThat(barbellless).contains("No barbell or machine");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--equipment rope|unknown equipment 'rope'; accepted: none, band",
                "--finding bad-knees|unknown finding 'bad-knees'; accepted: hip-drop, knee-valgus",
                "--run-days mon,funday|--run-days: 'funday' is not a day; accepted: mon, tue",
                "--level expert|'expert' is not a level; accepted: beginner, intermediate, advanced",
                "--minutes 9|minutes per session must be 10 to 120, not 9",
                "--minutes 121|minutes per session must be 10 to 120, not 121",
                "--sessions 6|sessions per week must be 1 to 5, not 6",
                "--sessions 0|sessions per week must be 1 to 5, not 0",
                "--weeks 60|weeks must be 1 to 52, not 60",
                "--run-days mon,thu --hard-days wed|hard days wed are not run days mon,thu",
                "--format pdf|'pdf' is not a format; accepted: table, json, ics, fit",
                "--format fit --start 2026-11-23 --session 2026-11-24 --output /tmp/x.fit|no session on 2026-11-24 in "
                        + "this plan",
                "--format ics --start 23/11/2026|--start '23/11/2026' is not a date"
            })
    void badInputGetsOneLineListingWhatIsAccepted(String args, String message) {
        CliRun run = CliRun.of(("plan " + args).split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString().contains(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everySessionHasTheDateOfItsDayInTheWeekThePlanStarts() throws IOException {
        JsonNode plan = new ObjectMapper()
                .readTree(CliRun.of(
                                "plan", "--sessions", "3", "--weeks", "5", "--start", "2026-12-09", "--format", "json")
                        .out());
        assertThat(plan.get("start").asText()).isEqualTo("2026-12-07"); // the Monday of that week
        for (JsonNode week : plan.get("weeks")) {
            for (JsonNode session : week.get("sessions")) {
                LocalDate date = LocalDate.parse(session.get("date").asText());
                assertThat(date.getDayOfWeek().name().substring(0, 3).toLowerCase(Locale.ROOT))
                        .isEqualTo(session.get("day").asText());
                assertThat(date)
                        .isBetween(
                                LocalDate.parse("2026-12-07")
                                        .plusWeeks(week.get("week").asInt() - 1L),
                                LocalDate.parse("2026-12-13")
                                        .plusWeeks(week.get("week").asInt() - 1L));
            }
        }
    }

    /**
     * Example plans checked in as readable golden files. A change to the planner shows up here as a
     * diff to read; run with -Dgolden.update=true to accept it.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "example-hip-drop|plan --sessions 2 --minutes 30 --equipment none,band,dumbbells --level "
                        + "intermediate --finding hip-drop --run-days mon,wed,thu,sat --hard-days wed,sat --weeks 8 "
                        + "--start 2026-12-07",
                "beginner-bodyweight|plan --sessions 2 --minutes 25 --weeks 4 --start 2026-12-07",
                "gym-three-sessions|plan --sessions 3 --minutes 60 --equipment "
                        + "barbell,bench,machine,dumbbells,step,band --level advanced "
                        + "--finding low-hamstring-quadriceps-ratio --run-days tue,thu,sat,sun "
                        + "--hard-days thu,sun --weeks 5 --start 2026-12-07"
            })
    void examplePlansMatchTheirGoldenFiles(String name, String args) throws IOException {
        String out = CliRun.of(args.split(" ")).out();
        Path golden = Path.of("src", "test", "resources", "golden", name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, out);
        }
        assertThat(golden)
                .as("golden file (create it with -Dgolden.update=true)")
                .exists();
        assertThat(out).isEqualTo(Files.readString(golden));
    }
}
