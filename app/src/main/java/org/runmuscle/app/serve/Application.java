package org.runmuscle.app.serve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.runmuscle.app.account.AccountAuthority;
import org.runmuscle.app.account.AccountRoutes;
import org.runmuscle.app.account.AccountService;
import org.runmuscle.app.athletes.AthletesRoutes;
import org.runmuscle.app.athletes.AthletesService;
import org.runmuscle.app.atlas.AtlasRoutes;
import org.runmuscle.app.atlas.AtlasService;
import org.runmuscle.app.exercises.ExerciseRoutes;
import org.runmuscle.app.exercises.ExerciseService;
import org.runmuscle.app.history.ActivityRoutes;
import org.runmuscle.app.history.AthleteRoutes;
import org.runmuscle.app.history.Histories;
import org.runmuscle.app.history.HistoryRoutes;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.output.Resources;
import org.runmuscle.app.strength.StrengthRoutes;
import org.runmuscle.app.strength.StrengthService;
import org.runmuscle.app.training.TrainingRoutes;
import org.runmuscle.app.training.TrainingService;
import org.runmuscle.app.validate.ValidationRoutes;
import org.runmuscle.app.validate.ValidationService;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.Authority;
import org.runmuscle.app.web.Proxies;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.store.Accounts;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;

/**
 * The server's wiring: one instance of each feature's service, loaded once and shared by every
 * request (the atlas, the model and the catalog are immutable; the store is thread-safe), and
 * each feature's routes over it.
 */
public final class Application {
    private Application() {}

    /** Starts the server on an open history database, for one local user without accounts. */
    public static WebServer start(WebServer.Settings settings, Database database) {
        return start(settings, database, false);
    }

    /**
     * Starts the server on an open history database: with {@code accounts}, every request that
     * reads or changes a history must come from a logged-in account or carry an API token.
     */
    public static WebServer start(WebServer.Settings settings, Database database, boolean accounts) {
        Athletes athletes = new Athletes(database);
        AccountService accountService = new AccountService(new Accounts(database), athletes);
        Authority authority = accounts ? new AccountAuthority(accountService) : new LocalAuthority(athletes);
        Proxies proxies = new Proxies(settings.trustedProxies());
        List<Routes> routes = new ArrayList<>(routes(athletes, authority, settings.maxUploadBytes()));
        routes.add(new AccountRoutes(accountService, authority, proxies));
        return WebServer.start(settings, authority, routes);
    }

    static List<Routes> routes(Athletes athletes, Authority authority, long maxUploadBytes) {
        Atlas atlas = Atlas.load();
        // The model (its grid tabulated) is built on the other core while the server starts: no
        // first page needs it, and a request that does waits for it (serve's first answer, measured
        // in docs/benchmarks.md).
        CompletableFuture<LoadModel> building = CompletableFuture.supplyAsync(() -> LoadModel.load(atlas));
        Supplier<LoadModel> model = building::join;
        ExerciseCatalog catalog = ExerciseCatalog.load(atlas);
        // The feature's shared parts (atlas, model); each request gets it over its athlete's history.
        HistoryService feature = new HistoryService(null, atlas, model);
        Histories history = new Histories(athletes, feature, authority);
        String openApi = Resources.text("/web/openapi.json");
        return List.of(
                new AtlasRoutes(new AtlasService(atlas, () -> model.get().forces())),
                new ExerciseRoutes(new ExerciseService(atlas, catalog)),
                new ActivityRoutes(history, maxUploadBytes),
                new HistoryRoutes(history),
                new AthleteRoutes(history),
                new AthletesRoutes(new AthletesService(athletes, feature), history),
                new TrainingRoutes(new TrainingService(atlas, catalog), history),
                new StrengthRoutes(new StrengthService(feature, catalog), history, Clock.systemUTC()),
                new ValidationRoutes(
                        new ValidationService(atlas, () -> model.get().forces())),
                server -> server.get("/api/v1/openapi.json", Access.PUBLIC, ctx -> Responses.json(ctx, openApi)));
    }
}
