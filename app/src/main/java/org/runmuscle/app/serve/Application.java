package org.runmuscle.app.serve;

import java.util.List;
import org.runmuscle.app.atlas.AtlasRoutes;
import org.runmuscle.app.atlas.AtlasService;
import org.runmuscle.app.exercises.ExerciseRoutes;
import org.runmuscle.app.exercises.ExerciseService;
import org.runmuscle.app.history.ActivityRoutes;
import org.runmuscle.app.history.AthleteRoutes;
import org.runmuscle.app.history.HistoryRoutes;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.output.Resources;
import org.runmuscle.app.training.TrainingRoutes;
import org.runmuscle.app.training.TrainingService;
import org.runmuscle.app.validate.ValidationRoutes;
import org.runmuscle.app.validate.ValidationService;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.store.HistoryStore;

/**
 * The server's wiring: one instance of each feature's service, loaded once and shared by every
 * request (the atlas, the model and the catalog are immutable; the store is thread-safe), and
 * each feature's routes over it.
 */
public final class Application {
    private Application() {}

    /** Starts the server on an open history. */
    public static WebServer start(WebServer.Settings settings, HistoryStore store) {
        return WebServer.start(settings, routes(store, settings.maxUploadBytes()));
    }

    static List<Routes> routes(HistoryStore store, long maxUploadBytes) {
        Atlas atlas = Atlas.load();
        LoadModel model = LoadModel.load(atlas);
        ExerciseCatalog catalog = ExerciseCatalog.load(atlas);
        HistoryService history = new HistoryService(store, atlas, () -> model);
        String openApi = Resources.text("/web/openapi.json");
        return List.of(
                new AtlasRoutes(new AtlasService(atlas, model.forces())),
                new ExerciseRoutes(new ExerciseService(atlas, catalog)),
                new ActivityRoutes(history, maxUploadBytes),
                new HistoryRoutes(history),
                new AthleteRoutes(history),
                new TrainingRoutes(new TrainingService(atlas, catalog), history),
                new ValidationRoutes(new ValidationService(atlas, model.forces())),
                server -> server.get("/api/v1/openapi.json", ctx -> Responses.json(ctx, openApi)));
    }
}
