package org.runmuscle.app.history;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.Authority;
import org.runmuscle.app.web.Caller;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.Athletes;

/**
 * The history a request is about: the athlete named by {@code ?athlete=ID}, or the caller's only
 * one, if the caller may see it. An athlete the caller may not see is answered exactly like one
 * that does not exist (404), so ids reveal nothing; a coach who sees an athlete but asks to change
 * their history gets 403.
 */
public final class Histories {
    private final Athletes athletes;
    private final HistoryService feature;
    private final Authority authority;

    public Histories(Athletes athletes, HistoryService feature, Authority authority) {
        this.athletes = athletes;
        this.feature = feature;
        this.authority = authority;
    }

    /** The history feature over the athlete this request is about. */
    public HistoryService of(Context ctx) {
        return feature.forAthlete(athletes.history(athleteId(ctx)));
    }

    /**
     * The id of the athlete this request is about, checked against the caller's rights and the
     * route's access. Only ids the caller sees are accepted, so no lookup of the athlete is needed
     * on the way (it is one query less on every request).
     */
    public long athleteId(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        List<Long> visible = authority.visible(caller);
        String asked = ctx.queryParam("athlete");
        long id;
        if (asked == null || asked.isBlank()) {
            id = implied(caller, visible);
        } else {
            id = parse(asked);
            if (!visible.contains(id)) {
                throw missing(asked);
            }
        }
        if (WebServer.access(ctx) == Access.WRITE && !authority.changes(caller, id)) {
            String name = athletes.byId(id).map(Athlete::name).orElse("this athlete");
            throw ApiProblem.forbidden(
                    "a coach sees and plans for " + name + " but does not change their history; only they can");
        }
        return id;
    }

    private long implied(Caller caller, List<Long> visible) {
        if (caller.athleteId().isPresent()) {
            return caller.athleteId().getAsLong();
        }
        if (caller.role() == Caller.Role.LOCAL && visible.isEmpty()) {
            Optional<Athlete> only = athletes.only();
            if (only.isPresent()) {
                return only.get().id();
            }
        }
        if (visible.size() == 1) {
            return visible.get(0);
        }
        if (visible.isEmpty()) {
            throw ApiProblem.notFound("no athlete to show: none has granted this account access");
        }
        throw ApiProblem.badRequest("this server holds " + visible.size()
                + " athletes you see; name one with ?athlete=ID (GET /api/v1/athletes lists them)");
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(
                    "athlete " + Quoted.of(text) + " is not an athlete id; GET /api/v1/athletes lists them");
        }
    }

    private static ApiProblem missing(String asked) {
        return ApiProblem.notFound("no athlete " + asked);
    }

    public Athletes athletes() {
        return athletes;
    }

    public Authority authority() {
        return authority;
    }
}
