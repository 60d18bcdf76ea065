package org.runmuscle.app.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.EquipmentOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.history.Memo;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.SourceNumbers;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.Assessment;
import org.runmuscle.core.training.AssessmentAnswers.SquatResult;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.plan.DoubleProgression;
import org.runmuscle.core.training.plan.Plan;
import org.runmuscle.core.training.plan.PlanRequest;
import org.runmuscle.core.training.plan.Planner;

/**
 * The training feature: the self-assessment's findings and strength plans from options as a runner
 * types them. The {@code assess} and {@code plan} commands and the training routes both call it.
 */
public final class TrainingService {
    /** The options; {@code equipment} and {@code level} may be null (then the profile's, else none and beginner). */
    public record Options(
            int sessions,
            int minutes,
            String equipment,
            Level level,
            List<String> findings,
            String runDays,
            String hardDays,
            int weeks,
            long seed) {
        public Options {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /** A request and the plan made for it, starting the week of {@code monday}. */
    record Made(PlanRequest request, Plan plan, List<String> findingIds, LocalDate monday, String owner) {
        /** The JSON of {@code plan --format json} (field names are API). */
        Object json() {
            Object weeks = SessionDates.weeks(plan, monday);
            String start = monday.toString();
            return request.history().known()
                    ? Json.object("start", start, "weeks", weeks, "notes", plan.notes(), "history", request.history())
                    : Json.object("start", start, "weeks", weeks, "notes", plan.notes());
        }

        String heading() {
            return "Strength plan: " + Days.plural(request.sessionsPerWeek(), "session") + " a week of "
                    + request.minutesPerSession() + " minutes for " + Days.plural(request.weeks(), "week") + "; "
                    + request.level().id() + "; equipment: "
                    + request.equipment().stream().map(e -> e.id()).collect(Collectors.joining(", "))
                    + (request.hardDays().isEmpty()
                            ? ""
                            : "; hard runs on "
                                    + String.join(
                                            ",",
                                            request.hardDays().stream()
                                                    .sorted()
                                                    .map(Days::id)
                                                    .toList()));
        }
    }

    private final Atlas atlas;
    private final Assessment assessment;
    private final Planner planner;
    private final ExerciseCatalog catalog;
    /** Made on first use: most plans never go to a watch. */
    private final Supplier<FitWorkouts> workouts;

    public TrainingService(Atlas atlas, ExerciseCatalog catalog) {
        this.atlas = atlas;
        this.catalog = catalog;
        this.workouts = Memo.of(() -> new FitWorkouts(catalog));
        this.assessment = new Assessment(atlas);
        this.planner = new Planner(atlas, catalog);
    }

    /** The plan's sessions as FIT workouts: a zip of all, or the file of the session on {@code session}. */
    FitWorkouts.File workouts(Made made, Optional<LocalDate> session) {
        return workouts.get().of(made.plan(), made.monday(), session);
    }

    public Atlas atlas() {
        return atlas;
    }

    /** What the forms of the assessment and the plan offer (field names are API). */
    public record Choices(List<String> equipment, List<String> levels, List<String> days, List<String> squatResults) {}

    public Choices choices() {
        return new Choices(
                Arrays.stream(Equipment.values()).map(Equipment::id).toList(),
                Arrays.stream(Level.values()).map(Level::id).toList(),
                Arrays.stream(DayOfWeek.values()).map(Days::id).toList(),
                Arrays.stream(SquatResult.values()).map(SquatResult::id).toList());
    }

    /** The findings that the answers of the self-assessment point to. */
    public List<Finding> findings(AssessmentInput input) {
        return assessment.findings(input.answers(atlas));
    }

    /** The JSON of {@code assess --format json}: the findings and the sources they cite (field names are API). */
    public Object findingsJson(List<Finding> findings) {
        SourceNumbers numbers = new SourceNumbers(atlas);
        findings.forEach(f -> numbers.cite(f.sources()));
        return Json.object("findings", findings, "sources", numbers.cited());
    }

    /**
     * The JSON of {@code plan --format json} for the athlete of {@code history}, as of {@code today},
     * starting the week after: what the benchmark times.
     */
    public Object planJson(Options options, HistoryService history, LocalDate today) {
        return make(options, PlanHistory.of(history, Optional.of(today), null, "--start"))
                .json();
    }

    Made make(Options options, PlanHistory.Context context) {
        List<Finding> chosen = new ArrayList<>();
        for (String id : options.findings()) {
            chosen.add(assessment
                    .byId(id.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new UserInputException("unknown finding " + Quoted.of(id) + "; accepted: "
                            + String.join(", ", assessment.ids()))));
        }
        String equipmentIds = options.equipment() != null
                ? options.equipment()
                : context.equipment().orElse("none");
        Level level =
                options.level() != null ? options.level() : context.level().orElse(Level.BEGINNER);
        PlanRequest request;
        try {
            request = new PlanRequest(
                    options.sessions(),
                    options.minutes(),
                    EquipmentOption.parse(equipmentIds),
                    level,
                    chosen,
                    days(options.runDays(), "--run-days"),
                    days(options.hardDays(), "--hard-days"),
                    options.weeks(),
                    options.seed(),
                    context.history());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Plan plan = DoubleProgression.apply(planner.plan(request), context.done(), catalog, context.firstDay());
        return new Made(request, plan, chosen.stream().map(Finding::id).toList(), context.monday(), context.owner());
    }

    static Set<DayOfWeek> days(String text, String option) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text == null) {
            return days;
        }
        for (String word : text.split(",")) {
            if (!word.isBlank()) {
                days.add(Days.byId(word)
                        .orElseThrow(() -> new UserInputException(option + ": '" + word.strip()
                                + "' is not a day; accepted: mon, tue, wed, thu, fri, sat, sun")));
            }
        }
        return days;
    }

    /** The Monday a plan starts on: the week of the date given, else the Monday after {@code today}. */
    static LocalDate startDate(String start, String option, LocalDate today) {
        if (start == null || start.isBlank()) {
            return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        try {
            return LocalDate.parse(start.strip()).with(DayOfWeek.MONDAY);
        } catch (DateTimeParseException e) {
            throw new UserInputException(
                    option + " " + Quoted.of(start) + " is not a date; use YYYY-MM-DD, e.g. 2026-11-23");
        }
    }
}
