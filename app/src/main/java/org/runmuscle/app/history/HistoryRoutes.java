package org.runmuscle.app.history;

import io.javalin.http.Context;
import java.time.Clock;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Work;

/** Each muscle's load, readiness and soreness risk: the same JSON as {@code history --format json}. */
public final class HistoryRoutes implements Routes {
    private final Histories histories;

    public HistoryRoutes(Histories histories) {
        this.histories = histories;
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/history", Access.READ, this::history);
    }

    private void history(Context ctx) {
        int days = Query.integer(ctx, "days", 42, 1, 3650);
        Work work = Works.parse("work", Query.text(ctx, "work"));
        HistoryService service = histories.of(ctx);
        long today;
        if (Query.text(ctx, "asOf") != null) {
            today = Query.day(ctx, "asOf");
        } else {
            today = service.today(Clock.systemUTC()).toEpochDay();
            // Today's page asks for today unless the running stopped long ago, and then for the last
            // day of running: chosen here, so that it needs no list of runs first (one round trip less)
            if (Query.text(ctx, "recentDays") != null) {
                int recent = Query.integer(ctx, "recentDays", 28, 1, 3650);
                today = service.olderTraining(today, recent, Work.RUNNING).orElse(today);
            }
        }
        Responses.json(ctx, Json.compact(HistoryJson.of(service, today, days, work)));
    }
}
