package org.runmuscle.app;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.load.MuscleForceModel;
import org.runmuscle.core.text.Closest;
import org.runmuscle.core.training.Exercise;

/** The atlas, the exercise catalog and the gait model as JSON: the same shapes as the commands' --format json. */
final class AtlasApi {
    private final WebServices services;
    private final Atlas atlas;
    private final MuscleForceModel forces;
    /** The whole atlas never changes while the server runs: serialised once. */
    private final String allMuscles;

    private final String phases;
    /**
     * Model answers by stride: the model is a pure function and the gait page asks for the same few
     * slider positions again and again. Computing one takes 0.4 ms of CPU (0.2 ms model, 0.2 ms
     * JSON; measured), which alone would cap the endpoint near 5,000 requests/s on two cores.
     */
    private final Map<String, String> strides =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > 1024;
                }
            });

    AtlasApi(WebServices services) {
        this.services = services;
        this.atlas = services.atlas();
        this.forces = services.model().forces();
        this.allMuscles = Json.compact(atlas.muscles());
        this.phases = Json.compact(Json.object("phases", GaitCommand.phases(atlas)));
    }

    void register(WebServer server) {
        server.get("/api/v1/muscles", this::muscles);
        server.get("/api/v1/muscles/{id}", this::muscle);
        server.get("/api/v1/exercises", this::exercises);
        server.get("/api/v1/exercises/{id}", this::exercise);
        server.get("/api/v1/gait", this::gait);
    }

    private void muscles(Context ctx) {
        String group = Query.text(ctx, "group");
        if (group == null) {
            json(ctx, allMuscles);
        } else {
            json(ctx, Json.compact(AtlasNames.group(atlas, group).muscles()));
        }
    }

    private void muscle(Context ctx) {
        String name = ctx.pathParam("id");
        Lookup found = atlas.lookup(name);
        if (found instanceof Lookup.NotFound miss) {
            throw ApiProblem.notFound(
                    "unknown muscle or group '" + name + "'; closest: " + String.join(", ", miss.closest()));
        }
        json(ctx, Json.compact(MuscleCommand.json(atlas, found)));
    }

    private void exercises(Context ctx) {
        json(
                ctx,
                Json.compact(ExercisesCommand.select(
                        atlas, services.catalog(), Query.text(ctx, "muscle"), Query.text(ctx, "equipment"))));
    }

    private void exercise(Context ctx) {
        String id = ctx.pathParam("id").strip().toLowerCase(Locale.ROOT);
        Exercise exercise = services.catalog()
                .byId(id)
                .orElseThrow(() -> ApiProblem.notFound("unknown exercise '" + id
                        + "'; closest: "
                        + String.join(
                                ", ",
                                Closest.of(
                                        id,
                                        services.catalog().all().stream()
                                                .map(Exercise::id)
                                                .toList(),
                                        3))));
        json(ctx, Json.compact(ExerciseCommand.json(atlas, exercise)));
    }

    private void gait(Context ctx) {
        Double speed = Query.number(ctx, "speed");
        String pace = Query.text(ctx, "pace");
        Double grade = Query.number(ctx, "grade");
        Double cadence = Query.number(ctx, "cadence");
        if (speed == null && pace == null) {
            if (grade != null || cadence != null) {
                throw new UserInputException("grade and cadence describe a stride: give speed or pace too");
            }
            json(ctx, phases);
            return;
        }
        StrideTiming timing = Strides.of(speed, pace, grade == null ? 0 : grade, cadence, "");
        Double mass = Query.number(ctx, "mass");
        double kg = Checked.range("mass", mass == null ? 70 : mass, 20, 250, "kg");
        String key = timing.speedMps() + "|" + timing.gradePercent() + "|" + timing.cadenceSpm() + "|" + kg;
        String body = strides.get(key);
        if (body == null) {
            body = Json.compact(new GaitModelReport(atlas, forces, timing, kg).json());
            strides.put(key, body);
        }
        json(ctx, body);
    }

    static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
