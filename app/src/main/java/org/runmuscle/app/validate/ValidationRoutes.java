package org.runmuscle.app.validate;

import java.util.function.Supplier;
import org.runmuscle.app.history.Memo;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;

/**
 * The validation table as JSON, the same as {@code validate --format json}; computed once, the
 * model never changes. Computed at the first request, not when the server starts: running the
 * checks took 0.13-0.17 s of {@code serve}'s first answer (measured), for a page few open.
 */
public final class ValidationRoutes implements Routes {
    private final Supplier<String> body;

    public ValidationRoutes(ValidationService validation) {
        this.body = Memo.of(() -> Json.compact(validation.json(validation.checks())));
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/validation", Access.PUBLIC, ctx -> Responses.json(ctx, body.get()));
    }
}
