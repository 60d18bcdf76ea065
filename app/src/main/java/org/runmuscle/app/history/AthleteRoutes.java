package org.runmuscle.app.history;

import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.BodyMasses;
import org.runmuscle.app.cli.EquipmentOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.JsonBodies;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Level;
import org.runmuscle.store.Athlete;

/** The athlete's profile: read it, and change it (a new body mass re-analyses the stored runs). */
public final class AthleteRoutes implements Routes {
    /** The profile as the API reads and writes it; absent fields keep their value. */
    record Profile(Double massKg, String level, List<String> equipment) {}

    private static final ObjectReader PROFILE = JsonBodies.reader(Profile.class);

    private final HistoryService history;

    public AthleteRoutes(HistoryService history) {
        this.history = history;
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/athlete", this::athlete);
        server.put("/api/v1/athlete", this::save);
    }

    private void athlete(Context ctx) {
        Responses.json(ctx, Json.compact(json(history.athlete(), 0)));
    }

    private void save(Context ctx) {
        Profile profile = JsonBodies.read(ctx, PROFILE, "{\"massKg\": 68, \"level\": ..., \"equipment\": [...]}");
        Athlete current = history.athlete();
        Athlete updated = new Athlete(
                profile.massKg() == null
                        ? current.massKg()
                        : BodyMasses.of("massKg", profile.massKg()).kg(),
                profile.level() == null
                        ? current.level()
                        : level(profile.level()).id(),
                profile.equipment() == null
                        ? current.equipment()
                        : EquipmentOption.parse(String.join(",", profile.equipment())).stream()
                                .map(Equipment::id)
                                .collect(Collectors.joining(",")));
        int reanalysed = history.saveAthlete(updated);
        Responses.json(ctx, Json.compact(json(updated, reanalysed)));
    }

    private static Level level(String text) {
        return Level.byId(text.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UserInputException(
                        "level '" + text + "' is not a level; accepted: beginner, intermediate, advanced"));
    }

    private static Object json(Athlete athlete, int reanalysed) {
        return Json.object(
                "massKg", athlete.massKg(),
                "level", athlete.level(),
                "equipment", List.of(athlete.equipment().split(",")),
                "runsReanalysed", reanalysed);
    }
}
