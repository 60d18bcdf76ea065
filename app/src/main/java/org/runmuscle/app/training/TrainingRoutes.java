package org.runmuscle.app.training;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.ContactBalance;
import org.runmuscle.app.history.Histories;
import org.runmuscle.app.history.Memo;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.JsonBodies;
import org.runmuscle.app.web.Problems;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.Level;

/** Self-assessment and plans: the same JSON as {@code assess} and {@code plan}, and the plan's calendar. */
public final class TrainingRoutes implements Routes {
    private final TrainingService training;
    private final Histories histories;
    /**
     * What the assessment and plan forms offer, so the pages hold no copy of these lists: written
     * at the first request, not with the routes, whose making serve's first answer waits for.
     */
    private final Supplier<String> choices;

    public TrainingRoutes(TrainingService training, Histories histories) {
        this.training = training;
        this.histories = histories;
        this.choices = Memo.of(() -> Json.compact(training.choices()));
    }

    @Override
    public void register(WebServer server) {
        server.post("/api/v1/assessment", Access.READ, this::assessment);
        server.get("/api/v1/plan", Access.READ, this::plan);
        server.get("/api/v1/plan.ics", Access.READ, this::calendar);
        server.get("/api/v1/plan.fit", Access.READ, this::workouts);
        server.get("/api/v1/choices", Access.PUBLIC, ctx -> Responses.json(ctx, choices.get()));
    }

    private void assessment(Context ctx) {
        AssessmentInput input;
        try {
            String body = ctx.body();
            input = body.isBlank()
                    ? new AssessmentInput(null, null, null, null, null, null, null, null)
                    : JsonBodies.parse(body, AssessmentInput.class);
        } catch (IOException e) {
            throw new UserInputException("the body is not the assessment's JSON: " + Problems.oneLine(e));
        }
        if (input.contactBalanceLeft() == null) {
            // the history's recent runs give it when the form leaves it out and they measured it
            OptionalDouble balance = ContactBalance.recent(
                    histories.of(ctx), LocalDate.now(ZoneOffset.UTC).toEpochDay());
            if (balance.isPresent()) {
                input = input.withContactBalanceLeft(balance.getAsDouble());
            }
        }
        List<Finding> findings = training.findings(input);
        Responses.json(ctx, Json.compact(training.findingsJson(findings)));
    }

    private void plan(Context ctx) {
        Responses.json(ctx, Json.compact(made(ctx).json()));
    }

    private void calendar(Context ctx) {
        TrainingService.Made made = made(ctx);
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"plan.ics\"")
                .result(IcsCalendar.of(
                        made.plan(), made.monday(), made.request().seed(), made.owner(), Instant.now()));
    }

    /** The plan's sessions as FIT workouts: a zip, or the one file of {@code ?session=DATE}. */
    private void workouts(Context ctx) {
        String day = Query.text(ctx, "session");
        Optional<LocalDate> session = Optional.empty();
        if (day != null) {
            session = Optional.of(LocalDate.ofEpochDay(Query.day(ctx, "session")));
        }
        FitWorkouts.File file = training.workouts(made(ctx), session);
        ctx.contentType(file.type())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .result(file.bytes());
    }

    private TrainingService.Made made(Context ctx) {
        String levelText = Query.text(ctx, "level");
        Level level = levelText == null
                ? null
                : Level.byId(levelText.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new UserInputException("level '" + levelText
                                + "' is not a level; accepted: beginner, intermediate, advanced"));
        TrainingService.Options options = new TrainingService.Options(
                Query.integer(ctx, "sessions", 2, 1, 5),
                Query.integer(ctx, "minutes", 30, 10, 120),
                Query.text(ctx, "equipment"),
                level,
                ctx.queryParams("finding").stream().filter(f -> !f.isBlank()).toList(),
                Query.text(ctx, "runDays"),
                Query.text(ctx, "hardDays"),
                Query.integer(ctx, "weeks", 8, 1, 52),
                Query.integer(ctx, "seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        Optional<LocalDate> asOf = Query.text(ctx, "asOf") == null
                ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(Query.day(ctx, "asOf")));
        PlanHistory.Context context = Query.flag(ctx, "history", true)
                ? PlanHistory.of(histories.of(ctx), asOf, Query.text(ctx, "start"), "start")
                : PlanHistory.Context.none(
                        asOf.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)), Query.text(ctx, "start"), "start");
        return training.make(options, context);
    }
}
