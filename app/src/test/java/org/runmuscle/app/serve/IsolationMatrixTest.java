package org.runmuscle.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.SharedData;
import org.runmuscle.app.account.AccountService;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Account;
import org.runmuscle.store.Accounts;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.StrengthSet;
import org.runmuscle.store.TestDatabases;

/**
 * Every API route, as registered, against every kind of caller, on a server with accounts: the
 * answer each gets follows from the route's access rule alone. A route added without thought for
 * who may call it shows up here: its rule decides what every caller must get.
 */
class IsolationMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery";
    private final HttpClient http = HttpClient.newHttpClient();

    /** The callers, in the order they try each route: the athlete who owns the data, and the administrator, last. */
    enum Who {
        ANONYMOUS,
        BEN,
        DAVE,
        CARLA,
        ANNA,
        ADMIN
    }

    record Reply(int status, String body) {}

    private WebServer server;
    private final Map<Who, String> cookies = new LinkedHashMap<>();
    private long anna;
    private long annasRun;
    private long annasSession;
    private long carla;
    private long eve;
    private final Map<Who, Long> tokens = new LinkedHashMap<>();

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void everyRouteAnswersEachCallerAsItsRuleSays(TestDatabases.Kind kind) throws Exception {
        Database database = Database.open(TestDatabases.fresh(kind));
        try (database) {
            Athletes athletes = new Athletes(database);
            AccountService accounts = new AccountService(new Accounts(database), athletes);
            accounts.add("root", PASSWORD, "admin", null);
            Account annas = accounts.add("anna", PASSWORD, "athlete", null);
            accounts.add("ben", PASSWORD, "athlete", null);
            carla = accounts.add("carla", PASSWORD, "coach", null).id();
            accounts.add("dave", PASSWORD, "coach", null);
            eve = accounts.add("eve", PASSWORD, "coach", null).id(); // removed by the administrator
            anna = annas.athleteId();
            accounts.invite(anna, "carla");
            server = Application.start(new WebServer.Settings("127.0.0.1", 0, 64L << 20), database, true);
            try {
                Map<Who, String> logins = Map.of(
                        Who.ANNA, "anna", Who.BEN, "ben", Who.CARLA, "carla", Who.DAVE, "dave", Who.ADMIN, "root");
                for (Who who : Who.values()) {
                    cookies.put(who, who == Who.ANONYMOUS ? null : login(logins.get(who)));
                }
                annasRun = upload(Who.ANNA);
                upload(Who.BEN);
                annasSession = athletes.history(anna)
                        .strength()
                        .add(
                                new StrengthSession(
                                        0,
                                        20_000,
                                        Optional.empty(),
                                        30,
                                        7,
                                        "log",
                                        OptionalLong.empty(),
                                        "",
                                        "",
                                        60,
                                        1,
                                        List.of(new StrengthSet("side-plank", 0, 30, 0, Double.NaN, Double.NaN))),
                                List.of())
                        .id();
                List<String> failures = new ArrayList<>();
                List<WebServer.Route> routes = server.routes().stream()
                        .filter(r -> r.path().startsWith("/api/"))
                        .sorted(Comparator.comparingInt(IsolationMatrixTest::phase))
                        .toList();
                assertThat(routes).hasSizeGreaterThan(30);
                for (WebServer.Route route : routes) {
                    for (Who who : Who.values()) {
                        Reply reply = send(route, who);
                        String wanted = expected(route, who);
                        if (!matches(wanted, reply.status())) {
                            failures.add(route.method() + " " + route.path() + " as " + who + ": wanted " + wanted
                                    + ", got " + reply.status() + " " + reply.body());
                        }
                    }
                }
                assertThat(failures).isEmpty();
            } finally {
                server.close();
            }
        }
    }

    /** Routes that end something (deletions, logout) go last, so the others meet the data whole. */
    private static int phase(WebServer.Route route) {
        if (route.path().equals("/api/v1/logout")) {
            return 3;
        }
        if (route.path().equals("/api/v1/athletes/{id}") && route.method().equals("delete")) {
            return 2;
        }
        return route.method().equals("delete") ? 1 : 0;
    }

    /** "ok" (any answer but 401, 403 and 404), or the one status wanted. */
    private static String expected(WebServer.Route route, Who who) {
        if (who == Who.ANONYMOUS) {
            return route.access() == Access.PUBLIC ? "ok" : "401";
        }
        boolean athlete = who == Who.ANNA || who == Who.BEN;
        return switch (route.access()) {
            case PUBLIC -> "ok";
            case LOGIN -> "401"; // the sample sends no credentials
            case ACCOUNT -> {
                if (route.path().equals("/api/v1/account/coaches/{id}")) {
                    yield who == Who.ANNA ? "ok" : "404"; // Carla is Anna's coach, no one else's
                }
                yield athlete || !route.path().startsWith("/api/v1/account/coaches") ? "ok" : "404";
            }
            case READ -> who == Who.ANNA || who == Who.CARLA ? "ok" : "404";
            case WRITE -> who == Who.ANNA ? "ok" : who == Who.CARLA ? "403" : "404";
            case MANAGE, ADMIN -> who == Who.ADMIN ? "ok" : "403";
        };
    }

    private static boolean matches(String wanted, int status) {
        return wanted.equals("ok")
                ? status != 401 && status != 403 && status != 404 && status < 500
                : Integer.parseInt(wanted) == status;
    }

    /** A request to the route about Anna's data, with a body that passes or fails only after the access check. */
    private Reply send(WebServer.Route route, Who who) throws Exception {
        String path = route.path();
        String id = switch (path) {
            case "/api/v1/activities/{id}", "/api/v1/activities/{id}/track" -> String.valueOf(annasRun);
            case "/api/v1/athletes/{id}" -> String.valueOf(anna);
            case "/api/v1/strength/{id}" -> String.valueOf(annasSession);
            case "/api/v1/account/coaches/{id}" -> String.valueOf(carla);
            case "/api/v1/account/tokens/{id}" -> String.valueOf(tokens.getOrDefault(who, 999_999L));
            case "/api/v1/accounts/{id}" -> String.valueOf(eve);
            case "/api/v1/muscles/{id}" -> "soleus";
            case "/api/v1/exercises/{id}" -> "seated-calf-raise";
            default -> {
                assertThat(path).as("a sample id for a new route's placeholder").doesNotContain("{");
                yield "";
            }
        };
        String uri = path.replace("{id}", id)
                + (route.access() == Access.READ || route.access() == Access.WRITE ? "?athlete=" + anna : "");
        String body = switch (route.method()) {
            case "get", "delete" -> null;
            default ->
                path.equals("/api/v1/activities")
                        ? null
                        // each caller guesses under its own name, so that the throttle does not answer instead
                        : path.equals("/api/v1/login") ? "{\"name\": \"" + who + "\", \"password\": \"x\"}" : "{}";
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + uri));
        if (cookies.get(who) != null) {
            request.header("Cookie", cookies.get(who));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                route.method().toUpperCase(Locale.ROOT),
                body == null && !route.method().equals("post")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (path.equals("/api/v1/account/tokens") && route.method().equals("post") && response.statusCode() == 201) {
            tokens.put(who, JSON.readTree(response.body()).get("id").asLong());
        }
        return new Reply(response.statusCode(), response.body());
    }

    private String login(String name) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** Uploads one run as {@code who}; its id. */
    private long upload(Who who) throws Exception {
        String boundary = "----matrix";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"run.tcx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(Path.of(SharedData.data("activities/tcx/Runtastic.tcx"))));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/activities"))
                        .header("Cookie", cookies.get(who))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode files = JSON.readTree(response.body()).get("files");
        return files.get(0).get("activities").get(0).get("id").asLong();
    }
}
