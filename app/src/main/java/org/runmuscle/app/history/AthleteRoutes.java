package org.runmuscle.app.history;

import io.javalin.http.Context;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.JsonBodies;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;

/** The athlete's profile: read it, and change it (a new body mass re-analyses the stored runs). */
public final class AthleteRoutes implements Routes {
    /** Absent fields keep their value. */
    private final Histories histories;

    public AthleteRoutes(Histories histories) {
        this.histories = histories;
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/athlete", Access.READ, this::athlete);
        server.put("/api/v1/athlete", Access.WRITE, this::save);
    }

    private void athlete(Context ctx) {
        Responses.json(ctx, Json.compact(AthleteJson.of(histories.of(ctx).athlete(), 0)));
    }

    private void save(Context ctx) {
        HistoryService history = histories.of(ctx);
        ProfileChange change = JsonBodies.read(
                ctx,
                ProfileChange.class,
                "{\"massKg\": 68, \"level\": ..., \"equipment\": [...], \"hrMax\": ..., ...}");
        HistoryService.ProfileSaved saved = history.changeProfile(change, ProfileChange.Names.JSON);
        Responses.json(ctx, Json.compact(AthleteJson.of(saved.athlete(), saved.runsReanalysed())));
    }
}
