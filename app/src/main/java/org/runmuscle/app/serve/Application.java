package org.runmuscle.app.serve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        return start(settings, database, accounts, prepare());
    }

    /**
     * Starts the server with the parts being made: Javalin is made and configured meanwhile, and
     * waits for them only to add their routes (serve's first answer 1216 -> 1096 ms, medians of
     * 15 alternating runs).
     */
    static WebServer start(WebServer.Settings settings, Database database, boolean accounts, Preparing preparing) {
        Athletes athletes = new Athletes(database);
        AccountService accountService = new AccountService(new Accounts(database), athletes);
        Authority authority = accounts ? new AccountAuthority(accountService) : new LocalAuthority(athletes);
        Proxies proxies = new Proxies(settings.trustedProxies());
        return WebServer.start(settings, authority, () -> {
            List<Routes> routes =
                    new ArrayList<>(routes(preparing.parts(), athletes, authority, settings.maxUploadBytes()));
            routes.add(new AccountRoutes(accountService, authority, proxies));
            return routes;
        });
    }

    /**
     * What the routes share that no database holds: the atlas, the model, the catalog, the
     * services over them and the routes that need nothing else (the atlas's routes write their
     * JSON once, when made). {@code serve} makes them on a thread of their own while the database
     * opens: each took about half a second of its first answer, one after the other (measured in
     * docs/benchmarks.md).
     */
    record Parts(HistoryService feature, TrainingService training, StrengthService strength, List<Routes> routes) {}

    /** The parts being made, each on a thread of its own. */
    static final class Preparing {
        private final CompletableFuture<Parts> parts;

        private Preparing(CompletableFuture<Parts> parts) {
            this.parts = parts;
        }

        /** Whether {@code e} is what making the parts threw (and not, say, a port already in use). */
        boolean threw(Throwable e) {
            try {
                parts();
                return false;
            } catch (RuntimeException failure) {
                return failure == e;
            }
        }

        /** The parts once made; what making them threw, as it was thrown. */
        Parts parts() {
            try {
                return parts.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    static Preparing prepare() {
        return new Preparing(CompletableFuture.supplyAsync(Application::parts, Application::ownThread));
    }

    private static Parts parts() {
        Atlas atlas = Atlas.load();
        // The model (its grid tabulated) is built on a thread of its own as well: no first page
        // needs it, and a request that does waits for it.
        CompletableFuture<LoadModel> building =
                CompletableFuture.supplyAsync(() -> LoadModel.load(atlas), Application::ownThread);
        Supplier<LoadModel> model = building::join;
        ExerciseCatalog catalog = ExerciseCatalog.load(atlas);
        // The feature's shared parts (atlas, model); each request gets it over its athlete's history.
        HistoryService feature = new HistoryService(null, atlas, model);
        String openApi = Resources.text("/web/openapi.json");
        return new Parts(
                feature,
                new TrainingService(atlas, catalog),
                new StrengthService(feature, catalog),
                List.of(
                        new AtlasRoutes(
                                new AtlasService(atlas, () -> model.get().forces())),
                        new ExerciseRoutes(new ExerciseService(atlas, catalog)),
                        new ValidationRoutes(
                                new ValidationService(atlas, () -> model.get().forces())),
                        server -> server.get(
                                "/api/v1/openapi.json", Access.PUBLIC, ctx -> Responses.json(ctx, openApi))));
    }

    /**
     * Runs the history's first JDBI statement on a thread of its own once the server listens, so
     * that a page's first requests do not wait for it (the database is opened without it, see
     * {@code Database.jdbi()}). A failure is left to the request that meets it.
     */
    static void warm(Database database) {
        ownThread(() -> {
            try {
                new Athletes(database).list();
            } catch (RuntimeException e) {
                // the request that next reads the database reports it, as a problem the caller sees
            }
        });
    }

    /** A thread per task, a daemon: the common pool has one worker on a two-core machine. */
    private static void ownThread(Runnable task) {
        Thread thread = new Thread(task, "serve-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    static List<Routes> routes(Parts parts, Athletes athletes, Authority authority, long maxUploadBytes) {
        Histories history = new Histories(athletes, parts.feature(), authority);
        List<Routes> routes = new ArrayList<>(parts.routes());
        routes.addAll(List.of(
                new ActivityRoutes(history, maxUploadBytes),
                new HistoryRoutes(history),
                new AthleteRoutes(history),
                new AthletesRoutes(new AthletesService(athletes, parts.feature()), history),
                new TrainingRoutes(parts.training(), history),
                new StrengthRoutes(parts.strength(), history, Clock.systemUTC())));
        return routes;
    }
}
