package org.runmuscle.app.exercises;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.Exercise;

/** The exercise catalog as JSON: the same shapes as {@code exercises} and {@code exercise}. */
public final class ExerciseRoutes implements Routes {
    private final ExerciseService exercises;

    public ExerciseRoutes(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/exercises", Access.PUBLIC, this::list);
        server.get("/api/v1/exercises/{id}", Access.PUBLIC, this::one);
    }

    private void list(Context ctx) {
        Responses.json(
                ctx,
                Json.compact(exercises.select(
                        Optional.ofNullable(Query.text(ctx, "muscle")),
                        Optional.ofNullable(Query.text(ctx, "equipment")))));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Exercise exercise = exercises
                .find(id)
                .orElseThrow(() -> ApiProblem.notFound(
                        "unknown exercise " + Quoted.of(id.strip().toLowerCase(Locale.ROOT)) + "; closest: "
                                + String.join(", ", exercises.closest(id))));
        Responses.json(ctx, Json.compact(exercises.json(exercise)));
    }
}
