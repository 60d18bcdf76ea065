package org.runmuscle.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import org.runmuscle.app.output.Json;

/** Writes RFC 9457 problem bodies: type, title, status, detail and the path asked for; never a stack trace. */
public final class Problems {
    private Problems() {}

    /** One problem (field names are API). */
    record Problem(
            String type,
            String title,
            int status,
            String detail,
            @JsonInclude(JsonInclude.Include.NON_NULL) String instance) {}

    static final String MEDIA_TYPE = "application/problem+json";

    static void send(Context ctx, int status, String title, String detail) {
        ctx.status(status).contentType(MEDIA_TYPE).result(body(status, title, detail, ctx.path()));
    }

    /** A problem's JSON; {@code instance}, the path asked for, is left out when null. */
    static String body(int status, String title, String detail, String instance) {
        return Json.compact(new Problem("about:blank", title, status, detail, instance));
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
