package org.runmuscle.app.strength;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import org.runmuscle.app.history.Histories;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.JsonBodies;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;

/** The strength log over HTTP: the same checks and JSON as {@code log} and {@code logs}. */
public final class StrengthRoutes implements Routes {

    private final StrengthService feature;
    private final Histories histories;
    private final Clock clock;

    public StrengthRoutes(StrengthService feature, Histories histories, Clock clock) {
        this.feature = feature;
        this.histories = histories;
        this.clock = clock;
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/strength", Access.READ, this::list);
        server.post("/api/v1/strength", Access.WRITE, this::log);
        server.get("/api/v1/strength/{id}", Access.READ, this::one);
        server.delete("/api/v1/strength/{id}", Access.WRITE, this::delete);
    }

    private StrengthService of(Context ctx) {
        return feature.forHistory(histories.of(ctx));
    }

    private void list(Context ctx) {
        StrengthService strength = of(ctx);
        int days = Query.integer(ctx, "days", 28, 1, 3650);
        LocalDate today = strength.today(clock);
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "sessions",
                        strength.sessions(today.minusDays(days - 1L), today).stream()
                                .map(s -> StrengthJson.session(
                                        s, feature.catalog().atlas()))
                                .toList())));
    }

    private void log(Context ctx) {
        StrengthService strength = of(ctx);
        LogBody body = JsonBodies.read(ctx, LogBody.class, LogBody.SHAPE);
        StrengthService.Logged logged = strength.log(body.request(), strength.today(clock), "log");
        ctx.status(201);
        Responses.json(
                ctx, Json.compact(StrengthJson.session(logged, feature.catalog().atlas())));
    }

    private void one(Context ctx) {
        long id = Query.pathId(ctx, "strength session");
        StrengthService.Logged logged = of(ctx).session(id).orElseThrow(() -> missing(id));
        Responses.json(
                ctx, Json.compact(StrengthJson.session(logged, feature.catalog().atlas())));
    }

    private void delete(Context ctx) {
        long id = Query.pathId(ctx, "strength session");
        if (!of(ctx).delete(id)) {
            throw missing(id);
        }
        ctx.status(204);
    }

    private static ApiProblem missing(long id) {
        return ApiProblem.notFound("no strength session " + id);
    }
}
