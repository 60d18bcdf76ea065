package org.runmuscle.app.web;

import io.javalin.http.Context;

/** Answers the routes send. */
public final class Responses {
    private Responses() {}

    /** A JSON body, already serialised. */
    public static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
