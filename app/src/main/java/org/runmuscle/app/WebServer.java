package org.runmuscle.app;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoreException;

/**
 * The web app and REST API on Javalin (Jetty): pages and scripts served from the jar, JSON under
 * {@code /api/v1}, every refusal an RFC 9457 problem body. It binds to 127.0.0.1 unless told.
 */
final class WebServer implements AutoCloseable {
    /** Where to listen, and the largest upload accepted (whole request). */
    record Settings(String host, int port, long maxUploadBytes) {}

    /** One registered route, for the OpenAPI check. */
    record Route(String method, String path) {}

    private final Javalin javalin;
    private final List<Route> routes = new ArrayList<>();

    private WebServer(Settings settings, WebServices services) {
        this.javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(
                    (int) Math.min(settings.maxUploadBytes(), 64L << 20), SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        new AtlasApi(services).register(this);
        new ActivitiesApi(services, settings.maxUploadBytes()).register(this);
        new TrainingApi(services).register(this);
        get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(services.openApi()));
        javalin.exception(ApiProblem.class, (e, ctx) -> Problems.send(ctx, e.status(), e.title(), e.getMessage()));
        javalin.exception(UserInputException.class, (e, ctx) -> Problems.send(ctx, 400, "Bad Request", e.getMessage()));
        javalin.exception(
                HttpResponseException.class,
                (e, ctx) -> Problems.send(
                        ctx,
                        e.getStatus(),
                        io.javalin.http.HttpStatus.forStatus(e.getStatus()).getMessage(),
                        e.getMessage()));
        javalin.exception(
                StoreException.class,
                (e, ctx) -> Problems.send(
                        ctx, 503, "Service Unavailable", "the history database failed: " + e.getMessage()));
        javalin.exception(Exception.class, (e, ctx) -> {
            System.err.println("runmuscle serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            Problems.send(ctx, 500, "Internal Server Error", "internal error; the server log has the details");
        });
        javalin.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Problems.send(ctx, 404, "Not Found", "no such page or API route: " + ctx.path());
            }
        });
        javalin.start(settings.host(), settings.port());
    }

    static WebServer start(Settings settings, HistoryStore store) {
        return new WebServer(settings, new WebServices(store));
    }

    void get(String path, Handler handler) {
        routes.add(new Route("get", path));
        javalin.get(path, handler);
    }

    void post(String path, Handler handler) {
        routes.add(new Route("post", path));
        javalin.post(path, handler);
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
