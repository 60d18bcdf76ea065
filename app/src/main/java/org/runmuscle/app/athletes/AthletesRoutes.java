package org.runmuscle.app.athletes;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.runmuscle.app.history.Histories;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.JsonBodies;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Athlete;

/** The roster of the athletes a caller sees, and adding, renaming and removing athletes. */
public final class AthletesRoutes implements Routes {
    /** The body of a POST or PATCH. */
    record Named(String name) {}

    private final AthletesService athletes;
    private final Histories histories;

    public AthletesRoutes(AthletesService athletes, Histories histories) {
        this.athletes = athletes;
        this.histories = histories;
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/athletes", Access.ACCOUNT, this::roster);
        server.post("/api/v1/athletes", Access.MANAGE, this::add);
        server.patch("/api/v1/athletes/{id}", Access.MANAGE, this::rename);
        server.delete("/api/v1/athletes/{id}", Access.MANAGE, this::remove);
    }

    private void roster(Context ctx) {
        List<Long> visible = histories.authority().visible(WebServer.caller(ctx));
        List<Athlete> of =
                athletes.list().stream().filter(a -> visible.contains(a.id())).toList();
        long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "athletes",
                        athletes.roster(of, today).stream().map(RosterJson::of).toList())));
    }

    private void add(Context ctx) {
        Named named = JsonBodies.read(ctx, Named.class, "{\"name\": \"Anna\"}");
        Athlete added = athletes.add(named.name());
        ctx.status(201);
        Responses.json(ctx, Json.compact(Json.object("id", added.id(), "name", added.name())));
    }

    private void rename(Context ctx) {
        Athlete athlete = athlete(ctx);
        Named named = JsonBodies.read(ctx, Named.class, "{\"name\": \"Anna\"}");
        Athlete renamed = athletes.rename(athlete, named.name());
        Responses.json(ctx, Json.compact(Json.object("id", renamed.id(), "name", renamed.name())));
    }

    private void remove(Context ctx) {
        Athlete athlete = athlete(ctx);
        int removed = athletes.remove(athlete);
        Responses.json(ctx, Json.compact(Json.object("id", athlete.id(), "activitiesRemoved", removed)));
    }

    private Athlete athlete(Context ctx) {
        long id = Query.pathId(ctx, "athlete");
        return histories.athletes().byId(id).orElseThrow(() -> ApiProblem.notFound("no athlete " + id));
    }
}
