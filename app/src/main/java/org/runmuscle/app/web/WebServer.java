package org.runmuscle.app.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.store.StoreException;

/**
 * The web app and REST API on Javalin (Jetty): pages and scripts served from the jar, JSON under
 * {@code /api/v1}, every refusal an RFC 9457 problem body. It binds to 127.0.0.1 unless told.
 */
public final class WebServer implements AutoCloseable {
    /**
     * Where to listen, the largest file accepted in an upload, further host names the server is
     * reached by (besides the address it listens on and loopback's), and the reverse proxies whose
     * X-Forwarded headers are believed.
     */
    public record Settings(
            String host, int port, long maxUploadBytes, Set<String> allowedHosts, Set<String> trustedProxies) {
        public Settings {
            allowedHosts = Set.copyOf(allowedHosts);
            trustedProxies = Set.copyOf(trustedProxies);
        }

        public Settings(String host, int port, long maxUploadBytes) {
            this(host, port, maxUploadBytes, Set.of(), Set.of());
        }
    }

    /** One registered route and who may use it, for the OpenAPI check and the isolation test. */
    public record Route(String method, String path, Access access) {}

    private static final String CALLER = "runmuscle.caller";
    private static final int MAX_THREADS = 24;

    /** The addresses of the app's page. */
    private static final Set<String> PAGE = Set.of("/", "/index.html");

    private static final String ACCESS = "runmuscle.access";

    private final Javalin javalin;
    private final List<Route> routes = new ArrayList<>();

    private WebServer(Settings settings, Authority authority, Supplier<List<Routes>> features) {
        WebAssets assets = WebAssets.load();
        this.javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 1024 * 1024;
            // a method a path does not take is 405, not 404: the path is right, the method is not
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            // Few threads, fairly queued: on 2 cores, 50 clients reading histories got a p99 of 170 ms
            // with Jetty's 200 threads and 132 ms with 24, at the same throughput (bench/server.sh).
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8);
            // The limit is per file, checked by the upload route so that one large file does not refuse
            // its neighbours; Jetty only bounds the whole request. Parts over 1 MiB go to disk as they
            // arrive: an upload is never held in memory whole.
            config.jetty.multipartConfig.maxFileSize(-1, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(
                    Math.min(4 * settings.maxUploadBytes(), 8L << 30), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1 << 20, SizeUnit.BYTES);
            config.jetty.multipartConfig.cacheDirectory(System.getProperty("java.io.tmpdir"));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                // the page itself is answered by the route below, linking to the files' lasting address
                files.skipFileFunction = request -> PAGE.contains(request.getRequestURI());
            });
            config.staticFiles.add(files -> {
                files.hostedPath = assets.prefix();
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.precompress = true;
                files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            });
        });
        BrowserGuard guard = new BrowserGuard(settings.host(), settings.allowedHosts());
        javalin.before(ctx -> {
            BrowserGuard.headers(ctx);
            guard.check(ctx);
            ctx.attribute(CALLER, authority.identify(ctx));
        });
        for (String path : PAGE) {
            javalin.get(path, ctx -> ctx.header("Cache-Control", "no-cache").html(assets.page()));
        }
        javalin.exception(ApiProblem.class, (e, ctx) -> Problems.send(ctx, e.status(), e.title(), e.getMessage()));
        javalin.exception(UserInputException.class, (e, ctx) -> Problems.send(ctx, 400, "Bad Request", e.getMessage()));
        javalin.exception(HttpResponseException.class, (e, ctx) -> {
            String detail = e.getMessage();
            String allowed = e.getDetails().get("availableMethods");
            if (e.getStatus() == 405 && allowed != null) {
                // RFC 9110: a 405 names the methods the resource takes
                ctx.header("Allow", allowed);
                detail = ctx.req().getMethod() + " is not a method of " + ctx.path() + "; it takes " + allowed;
            }
            Problems.send(
                    ctx, e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), detail);
        });
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
        features.get().forEach(routes -> routes.register(this));
        javalin.start(settings.host(), settings.port());
    }

    /**
     * Starts listening, with every feature's routes; {@code authority} says who each request comes
     * from. {@code features} is asked for the routes only once Javalin is made and configured:
     * {@code serve} makes its routes' shared parts on another thread, and Javalin's making (a
     * tenth of a second of a cold start) does not wait for them.
     */
    public static WebServer start(Settings settings, Authority authority, Supplier<List<Routes>> features) {
        return new WebServer(settings, authority, features);
    }

    public void get(String path, Access access, Handler handler) {
        add(HandlerType.GET, path, access, handler);
    }

    public void post(String path, Access access, Handler handler) {
        add(HandlerType.POST, path, access, handler);
    }

    public void patch(String path, Access access, Handler handler) {
        add(HandlerType.PATCH, path, access, handler);
    }

    public void put(String path, Access access, Handler handler) {
        add(HandlerType.PUT, path, access, handler);
    }

    public void delete(String path, Access access, Handler handler) {
        add(HandlerType.DELETE, path, access, handler);
    }

    /** Registers a route behind its access rule, and remembers both for the checks. */
    private void add(HandlerType method, String path, Access access, Handler handler) {
        routes.add(new Route(method.name().toLowerCase(Locale.ROOT), path, access));
        javalin.addHttpHandler(method, path, ctx -> {
            admit(caller(ctx), access);
            ctx.attribute(ACCESS, access);
            handler.handle(ctx);
        });
    }

    /**
     * The first gate, by role alone: an anonymous request reaches only public routes and login, an
     * administrator's route only administrators. Which athlete a caller may see is the second gate,
     * in the history feature, since it depends on the athlete asked for.
     */
    private static void admit(Caller caller, Access access) {
        switch (access) {
            case PUBLIC, LOGIN -> {}
            case READ, WRITE, ACCOUNT -> {
                if (caller.anonymous()) {
                    throw ApiProblem.unauthorized();
                }
            }
            case MANAGE -> {
                if (caller.anonymous()) {
                    throw ApiProblem.unauthorized();
                }
                if (caller.role() != Caller.Role.ADMIN && caller.role() != Caller.Role.LOCAL) {
                    throw ApiProblem.forbidden("only an administrator adds, renames and removes athletes");
                }
            }
            case ADMIN -> {
                if (caller.anonymous()) {
                    throw ApiProblem.unauthorized();
                }
                if (caller.role() != Caller.Role.ADMIN) {
                    throw ApiProblem.forbidden("only an administrator manages accounts");
                }
            }
        }
    }

    /** Who sent the request, as the authority identified them before any route ran. */
    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    /** The access rule of the route handling the request. */
    public static Access access(Context ctx) {
        Access access = ctx.attribute(ACCESS);
        return access == null ? Access.PUBLIC : access;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
