package org.runmuscle.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.Level;

/** History, self-assessment and plans: the same JSON as {@code history}, {@code assess} and {@code plan}. */
final class TrainingApi {
    private static final ObjectMapper READER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final WebServices services;

    TrainingApi(WebServices services) {
        this.services = services;
    }

    void register(WebServer server) {
        server.get("/api/v1/history", this::history);
        server.post("/api/v1/assessment", this::assessment);
        server.get("/api/v1/plan", this::plan);
        server.get("/api/v1/plan.ics", this::calendar);
    }

    private void history(Context ctx) {
        int days = Query.integer(ctx, "days", 42, 1, 3650);
        long today = Query.day(ctx, "asOf");
        HistoryCommand.History history =
                HistoryCommand.History.load(services.store(), services.atlas(), services.referenceDay(), today, days);
        AtlasApi.json(ctx, Json.compact(history.json(today, days)));
    }

    private void assessment(Context ctx) {
        AssessmentInput input;
        try {
            String body = ctx.body();
            input = body.isBlank()
                    ? new AssessmentInput(null, null, null, null, null, null, null)
                    : READER.readValue(body, AssessmentInput.class);
        } catch (IOException e) {
            throw new UserInputException("the body is not the assessment's JSON: " + Problems.oneLine(e));
        }
        List<Finding> findings = services.assessment().findings(input.answers(services.atlas()));
        AtlasApi.json(ctx, Json.compact(Reports.findingsJson(services.atlas(), findings)));
    }

    private void plan(Context ctx) {
        AtlasApi.json(ctx, Json.compact(made(ctx).json()));
    }

    private void calendar(Context ctx) {
        PlanMaker.Made made = made(ctx);
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"plan.ics\"")
                .result(IcsCalendar.of(
                        made.plan(),
                        PlanMaker.startDate(Query.text(ctx, "start"), "start"),
                        made.request().seed()));
    }

    private PlanMaker.Made made(Context ctx) {
        String levelText = Query.text(ctx, "level");
        Level level = levelText == null
                ? null
                : Level.byId(levelText.toLowerCase(java.util.Locale.ROOT))
                        .orElseThrow(() -> new UserInputException("level '" + levelText
                                + "' is not a level; accepted: beginner, intermediate, advanced"));
        PlanMaker.Options options = new PlanMaker.Options(
                Query.integer(ctx, "sessions", 2, 1, 5),
                Query.integer(ctx, "minutes", 30, 10, 120),
                Query.text(ctx, "equipment"),
                level,
                ctx.queryParams("finding").stream().filter(f -> !f.isBlank()).toList(),
                Query.text(ctx, "runDays"),
                Query.text(ctx, "hardDays"),
                Query.integer(ctx, "weeks", 8, 1, 52),
                Query.integer(ctx, "seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        PlanHistory.Context context = Query.flag(ctx, "history", true)
                ? PlanHistory.of(services.store(), services.atlas(), services.model(), Query.day(ctx, "asOf"))
                : PlanHistory.Context.NONE;
        return services.planMaker().make(options, context);
    }
}
