package org.runmuscle.app.web;

import io.javalin.http.Context;
import org.runmuscle.app.output.Json;

/** Writes RFC 9457 problem bodies: type, title, status, detail and the path asked for; never a stack trace. */
public final class Problems {
    private Problems() {}

    /** One problem (field names are API). */
    record Problem(String type, String title, int status, String detail, String instance) {}

    static void send(Context ctx, int status, String title, String detail) {
        Problem problem = new Problem("about:blank", title, status, detail, ctx.path());
        ctx.status(status).contentType("application/problem+json").result(Json.compact(problem));
    }

    /** The first line of an exception's message. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(message);
    }
}
