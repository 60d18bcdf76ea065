package org.runmuscle.app.validate;

import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;

/** The validation table as JSON, the same as {@code validate --format json}; computed once, the model never changes. */
public final class ValidationRoutes implements Routes {
    private final String body;

    public ValidationRoutes(ValidationService validation) {
        this.body = Json.compact(validation.json(validation.checks()));
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/validation", Access.PUBLIC, ctx -> Responses.json(ctx, body));
    }
}
