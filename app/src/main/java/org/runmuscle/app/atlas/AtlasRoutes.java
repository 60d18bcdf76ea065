package org.runmuscle.app.atlas;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.runmuscle.app.cli.BodyMasses;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.text.Quoted;

/** The atlas and the gait model as JSON: the same shapes as {@code muscles}, {@code muscle} and {@code gait}. */
public final class AtlasRoutes implements Routes {
    private final AtlasService atlas;
    /**
     * The whole atlas never changes while the server runs: every muscle, the phases and the
     * groups with the heat scale (the one source of the pages' colours), serialised once, by the
     * build (AtlasJson).
     */
    private final AtlasJson fixed;

    /**
     * Model answers by stride: the model is a pure function and the gait page asks for the same few
     * slider positions again and again. Computing one takes 0.4 ms of CPU (0.2 ms model, 0.2 ms
     * JSON; measured), which alone would cap the endpoint near 5,000 requests/s on two cores.
     */
    private final Map<String, String> strides = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 1024;
        }
    });

    public AtlasRoutes(AtlasService atlas) {
        this.atlas = atlas;
        this.fixed = AtlasJson.of(atlas);
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/muscles", Access.PUBLIC, this::muscles);
        server.get("/api/v1/muscles/{id}", Access.PUBLIC, this::muscle);
        server.get("/api/v1/gait", Access.PUBLIC, this::gait);
        server.get("/api/v1/groups", Access.PUBLIC, ctx -> Responses.json(ctx, fixed.groups()));
    }

    private void muscles(Context ctx) {
        String group = Query.text(ctx, "group");
        Responses.json(ctx, group == null ? fixed.muscles() : Json.compact(atlas.muscles(Optional.of(group))));
    }

    private void muscle(Context ctx) {
        String name = ctx.pathParam("id");
        Lookup found = atlas.find(name);
        if (found instanceof Lookup.NotFound miss) {
            throw ApiProblem.notFound(
                    "unknown muscle or group " + Quoted.of(name) + "; closest: " + String.join(", ", miss.closest()));
        }
        Responses.json(ctx, Json.compact(atlas.json(found)));
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
            Responses.json(ctx, fixed.phases());
            return;
        }
        StrideTiming timing = Strides.of(speed, pace, grade == null ? 0 : grade, cadence, "");
        Double kg = Query.number(ctx, "mass");
        BodyMass mass = BodyMasses.of("mass", kg == null ? BodyMass.DEFAULT.kg() : kg);
        String key = timing.speedMps() + "|" + timing.gradePercent() + "|" + timing.cadenceSpm() + "|" + mass.kg();
        String body = strides.get(key);
        if (body == null) {
            body = Json.compact(atlas.stride(timing, mass).json());
            strides.put(key, body);
        }
        Responses.json(ctx, body);
    }
}
