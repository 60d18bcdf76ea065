package org.runmuscle.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.SharedData;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Database;
import org.runmuscle.store.TestDatabases;
import org.runmuscle.store.TestDatabases.Kind;

/** The REST API over real HTTP, on a server on a free port with a real database. */
class WebApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> open = new ArrayList<>();

    static Stream<Kind> kinds() {
        return TestDatabases.both();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private WebServer server(Kind kind, long maxUploadBytes) {
        Database store = Database.open(TestDatabases.fresh(kind));
        WebServer server = Application.start(new WebServer.Settings("127.0.0.1", 0, maxUploadBytes), store);
        open.add(server);
        open.add(store);
        return server;
    }

    private WebServer server() {
        return server(Kind.SQLITE, 64L << 20);
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(body, e);
            }
        }
    }

    private Reply get(WebServer server, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(server, path)).GET().build());
    }

    private Reply post(WebServer server, String path, String contentType, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(uri(server, path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private Reply send(WebServer server, String method, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(server, path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private Reply upload(WebServer server, Map<String, byte[]> files) throws Exception {
        String boundary = "----runmuscle-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(server, "/api/v1/activities", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static URI uri(WebServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static byte[] data(String relative) throws IOException {
        return Files.readAllBytes(Path.of(SharedData.data(relative)));
    }

    private static void assertProblem(Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains(detail).doesNotContain("\n", "Exception", "\tat ");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutes() throws Exception {
        WebServer server = server();
        JsonNode doc = get(server, "/api/v1/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<WebServer.Route> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                            method -> documented.add(new WebServer.Route(method, path.getKey(), Access.PUBLIC)));
        }
        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(server.routes().stream()
                        .filter(r -> r.path().startsWith("/api/"))
                        .map(r -> new WebServer.Route(r.method(), r.path(), Access.PUBLIC))
                        .toList());
    }

    @Test
    void atlasExercisesAndGaitAnswerAsTheCommandsDo() throws Exception {
        WebServer server = server();
        assertThat(get(server, "/api/v1/muscles").json().size()).isEqualTo(44);
        assertThat(get(server, "/api/v1/muscles?group=quads").json())
                .extracting(m -> m.get("id").asText())
                .containsExactlyInAnyOrder(
                        "rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius");
        assertThat(get(server, "/api/v1/muscles/glute%20med")
                        .json()
                        .at("/muscle/id")
                        .asText())
                .isEqualTo("gluteus-medius");
        assertProblem(get(server, "/api/v1/muscles/glutus"), 404, "closest: glutes");
        assertThat(get(server, "/api/v1/exercises?muscle=gluteus-medius&equipment=none,band")
                        .json()
                        .size())
                .isPositive();
        assertThat(get(server, "/api/v1/exercises/nordic-hamstring-curl")
                        .json()
                        .at("/exercise/id")
                        .asText())
                .isEqualTo("nordic-hamstring-curl");
        assertProblem(get(server, "/api/v1/exercises/nordic"), 404, "closest: ");
        assertThat(get(server, "/api/v1/gait").json().get("phases").size()).isEqualTo(8);
        JsonNode model = get(server, "/api/v1/gait?speed=3.5&grade=0").json();
        assertThat(model.get("muscles").size()).isEqualTo(44);
        assertThat(model.get("muscles").get(0).get("activation").size()).isEqualTo(101);
        assertThat(get(server, "/api/v1/gait?pace=4:45/km&grade=-8")
                        .json()
                        .get("gradePercent")
                        .asDouble())
                .isEqualTo(-8);
        assertProblem(get(server, "/api/v1/gait?speed=abc"), 400, "speed 'abc' is not a number");
        assertProblem(get(server, "/api/v1/gait?speed=40"), 400, "speed 40 is outside");
        assertProblem(get(server, "/api/v1/gait?grade=5"), 400, "give speed or pace too");
        assertProblem(get(server, "/api/v1/no-such-route"), 404, "no-such-route");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anUploadedRunIsAnalysedStoredAndListed(Kind kind) throws Exception {
        WebServer server = server(kind, 64L << 20);
        Reply first = upload(server, Map.of("garmin-runPower.fit", data("activities/fit/garmin-runPower.fit")));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode file = first.json().get("files").get(0);
        assertThat(file.get("status").asText()).isEqualTo("imported");
        long id = file.get("activities").get(0).get("id").asLong();

        JsonNode run = get(server, "/api/v1/activities/" + id).json();
        assertThat(run.at("/activity/sport").asText()).isEqualTo("running");
        assertThat(run.at("/activity/muscles").size()).isEqualTo(44);
        assertThat(run.at("/activity/summary/distanceMeters").asDouble()).isBetween(25_000.0, 26_000.0);

        Reply again = upload(server, Map.of("copy.fit", data("activities/fit/garmin-runPower.fit")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/files/0/status").asText()).isEqualTo("already-imported");
        assertThat(get(server, "/api/v1/activities").json().get("activities")).hasSize(1);
        assertProblem(get(server, "/api/v1/activities/99999"), 404, "no activity 99999");
        assertProblem(get(server, "/api/v1/activities/abc"), 404, "ids are numbers");
    }

    @Test
    void eachUploadedFileGetsItsOwnResultAndABadOneCostsNoGoodOne() throws Exception {
        WebServer server = server(Kind.SQLITE, 1L << 20);
        byte[] good = data("activities/tcx/Runtastic.tcx");
        Reply mixed = upload(server, Map.of("good.tcx", good, "cut.fit", data("bad/activity-filecrc.fit")));
        assertThat(mixed.status()).isEqualTo(201);
        Map<String, JsonNode> byName = new HashMap<>();
        mixed.json().get("files").forEach(f -> byName.put(f.get("name").asText(), f));
        assertThat(byName.get("good.tcx").get("status").asText()).isEqualTo("imported");
        assertThat(byName.get("cut.fit").get("status").asText()).isEqualTo("refused");
        assertThat(byName.get("cut.fit").get("reason").asText()).startsWith("bad FIT file CRC");

        assertProblem(
                upload(server, Map.of("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})),
                422,
                "photo.png: not a FIT, GPX or TCX file");
        assertProblem(
                post(server, "/api/v1/activities", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                415,
                "multipart/form-data");
        // the limit is per file: a file over it is refused on its own...
        assertProblem(upload(server, Map.of("huge.fit", new byte[2 << 20])), 422, "limit of 1 MiB per file");
        // ...and a request over four times it is refused whole, before it is read
        assertProblem(upload(server, Map.of("huger.fit", new byte[5 << 20])), 413, "4 MiB per request");
        String entityTrick = "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<gpx><trk><trkseg><trkpt lat=\"1\" "
                + "lon=\"2\"><time>2020-01-01T00:00:00Z</time><name>&x;</name></trkpt>"
                + "</trkseg></trk></gpx>";
        Reply trick = upload(server, Map.of("trick.gpx", entityTrick.getBytes(StandardCharsets.UTF_8)));
        assertProblem(trick, 422, "trick.gpx");
        assertThat(trick.body()).doesNotContain("root:");
        assertThat(get(server, "/api/v1/activities").json().get("activities")).hasSize(1);
    }

    @Test
    void anotherSitesPageCannotChangeDataAndAForeignHostIsRefused() throws Exception {
        WebServer server = server();
        byte[] run = data("activities/tcx/Runtastic.tcx");
        Reply crossSite = send(HttpRequest.newBuilder(uri(server, "/api/v1/athlete"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"massKg\": 99}"))
                .build());
        assertProblem(crossSite, 403, "a page from http://evil.example may not change this server's data");
        Reply fetchSite = send(HttpRequest.newBuilder(uri(server, "/api/v1/athlete"))
                .header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"massKg\": 99}"))
                .build());
        assertProblem(fetchSite, 403, "another site");
        assertThat(get(server, "/api/v1/athlete").json().get("massKg").isNull()).isTrue();
        Reply sameSite = send(HttpRequest.newBuilder(uri(server, "/api/v1/athlete"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"massKg\": 68}"))
                .build());
        assertThat(sameSite.status()).isEqualTo(200);
        assertThat(upload(server, Map.of("run.tcx", run)).status())
                .as("a script without an Origin")
                .isEqualTo(201);

        // DNS rebinding: a page on evil.example whose name now points here still sends its own Host
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write("GET /api/v1/activities HTTP/1.1\r\nHost: evil.example:7070\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421").contains("does not answer to the host 'evil.example'");
            assertThat(answer).doesNotContain("Runtastic");
        }
    }

    @Test
    void whatJettyRefusesAndAMethodAPathDoesNotTakeAreProblemsToo() throws Exception {
        WebServer server = server();
        // refused by Jetty before any route: its own answers were HTML pages
        assertProblem(get(server, "/static/..%2f..%2fetc%2fpasswd"), 400, "cannot be read");
        assertProblem(get(server, "/api/v1/muscles/" + "x".repeat(20_000)), 414, "address is longer");
        assertProblem(
                send(HttpRequest.newBuilder(uri(server, "/api/v1/muscles"))
                        .header("X-Padding", "x".repeat(20_000))
                        .GET()
                        .build()),
                431,
                "headers are larger");
        HttpResponse<String> delete = http.send(
                HttpRequest.newBuilder(uri(server, "/api/v1/muscles")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(
                new Reply(
                        delete.statusCode(),
                        delete.headers().firstValue("Content-Type").orElse(""),
                        delete.body()),
                405,
                "DELETE is not a method of /api/v1/muscles; it takes GET");
        assertThat(delete.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void everyAnswerForbidsInlineScriptFramingAndSniffing() throws Exception {
        WebServer server = server();
        for (String path : List.of("/", "/js/app.js", "/api/v1/muscles", "/api/v1/no-such-route")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri(server, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("script-src 'self'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("no-referrer");
        }
    }

    @Test
    void aZipUploadGivesOneResultPerFileInside() throws Exception {
        WebServer server = server(Kind.SQLITE, 64L << 20);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("activities/1.fit"));
            out.write(data("activities/fit/Fenix-2.fit"));
            out.putNextEntry(new ZipEntry("activities/2.fit"));
            out.write(data("bad/activity-filecrc.fit"));
            out.putNextEntry(new ZipEntry("../../etc/passwd"));
            out.write("root:x:0:0".getBytes(StandardCharsets.UTF_8));
        }
        Reply reply = upload(server, Map.of("export.zip", zip.toByteArray()));
        assertThat(reply.status()).isEqualTo(201);
        List<String> lines = new ArrayList<>();
        reply.json()
                .get("files")
                .forEach(f ->
                        lines.add(f.get("name").asText() + " " + f.get("status").asText()));
        assertThat(lines)
                .containsExactly(
                        "export.zip!activities/1.fit imported",
                        "export.zip!activities/2.fit refused",
                        "export.zip!../../etc/passwd skipped");
    }

    @Test
    void anActivityCanBeRenamedGivenAnotherSportAndDeletedAndTheMassReanalysesRuns() throws Exception {
        WebServer server = server(Kind.SQLITE, 64L << 20);
        upload(server, Map.of("run.tcx", data("activities/tcx/Runtastic.tcx")));
        long id =
                get(server, "/api/v1/activities").json().at("/activities/0/id").asLong();
        Reply renamed =
                send(server, "PATCH", "/api/v1/activities/" + id, "{\"name\": \"Strides\", \"sport\": \"walking\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Strides");
        assertThat(renamed.json().get("sport").asText()).isEqualTo("walking");
        assertProblem(send(server, "PATCH", "/api/v1/activities/" + id, "{\"sport\": \"flying\"}"), 400, "not a sport");
        assertProblem(send(server, "PATCH", "/api/v1/activities/" + id, "{\"colour\": \"red\"}"), 400, "colour");
        assertThat(send(server, "PATCH", "/api/v1/activities/" + id, "{\"sport\": \"running\"}")
                        .status())
                .isEqualTo(200);

        Reply athlete = send(server, "PUT", "/api/v1/athlete", "{\"massKg\": 72.5}");
        assertThat(athlete.json().get("massKg").asDouble()).isEqualTo(72.5);
        assertThat(athlete.json().get("runsReanalysed").asInt()).isEqualTo(1);
        assertThat(get(server, "/api/v1/activities/" + id)
                        .json()
                        .at("/activity/load/massKg")
                        .asDouble())
                .isEqualTo(72.5);
        assertProblem(send(server, "PUT", "/api/v1/athlete", "{\"massKg\": 900}"), 400, "massKg");

        assertThat(send(server, "DELETE", "/api/v1/activities/" + id, "").status())
                .isEqualTo(204);
        assertProblem(send(server, "DELETE", "/api/v1/activities/" + id, ""), 404, "no activity " + id);
        assertThat(get(server, "/api/v1/activities").json().get("activities")).isEmpty();
        // its file stays known: uploading it again does not bring it back
        Reply again = upload(server, Map.of("run.tcx", data("activities/tcx/Runtastic.tcx")));
        assertThat(again.json().at("/files/0/status").asText()).isEqualTo("already-imported");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void concurrentUploadsOfOneFileCreateOneRun(Kind kind) throws Exception {
        WebServer server = server(kind, 64L << 20);
        byte[] fit = data("activities/fit/Fenix-2.fit");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit((Callable<Reply>) () -> upload(server, Map.of("same.fit", fit))));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get().json().at("/files/0/status").asText());
            }
            assertThat(statuses)
                    .containsOnlyOnce("imported")
                    .allMatch(s -> s.equals("imported") || s.equals("already-imported"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(get(server, "/api/v1/activities").json().get("activities")).hasSize(1);
    }

    @Test
    void historyAssessmentAndPlanAnswerAsTheCommandsDo() throws Exception {
        WebServer server = server();
        upload(server, Map.of("run.fit", data("activities/fit/garmin-runPower.fit")));
        JsonNode history =
                get(server, "/api/v1/history?asOf=2017-12-10&days=14").json();
        assertThat(history.get("muscles").size()).isEqualTo(44);
        assertThat(history.get("days").size()).isEqualTo(14);
        assertProblem(get(server, "/api/v1/history?days=0"), 400, "days 0 is outside 1 to 3650");
        // an archive whose running stopped long ago: asked with recentDays, the answer is its last day of running
        assertThat(history.get("asOf").asText()).isEqualTo("2017-12-10");
        JsonNode old = get(server, "/api/v1/history?recentDays=28&days=42").json();
        assertThat(old.get("asOf").asText()).isEqualTo("2017-12-09");
        assertThat(old.at("/wholeBody/sessions").size()).isEqualTo(1);
        assertThat(get(server, "/api/v1/history?days=42").json().get("asOf").asText())
                .isNotEqualTo("2017-12-09");
        assertProblem(get(server, "/api/v1/history?recentDays=0"), 400, "recentDays 0 is outside 1 to 3650");

        JsonNode findings = JSON.readTree(post(
                        server,
                        "/api/v1/assessment",
                        "application/json",
                        "{\"hipDrop\":\"yes\",\"calfRaisesLeft\":18,\"calfRaisesRight\":26,\"sore\":\"quads\"}"
                                .getBytes(StandardCharsets.UTF_8))
                .body());
        assertThat(findings.get("findings"))
                .extracting(f -> f.get("id").asText())
                .contains("hip-drop");
        assertProblem(
                post(
                        server,
                        "/api/v1/assessment",
                        "application/json",
                        "{\"hipDrop\":\"maybe\"}".getBytes(StandardCharsets.UTF_8)),
                400,
                "'maybe' is not an answer");
        assertProblem(
                post(server, "/api/v1/assessment", "application/json", "{not json".getBytes(StandardCharsets.UTF_8)),
                400,
                "not the assessment's JSON");

        JsonNode plan = get(server, "/api/v1/plan?asOf=2017-12-10&weeks=2&sessions=2&finding=hip-drop")
                .json();
        assertThat(plan.get("weeks").size()).isEqualTo(2);
        assertThat(plan.get("history").get("runsLast28Days").asInt()).isEqualTo(1);
        assertThat(get(server, "/api/v1/plan?weeks=2&history=no").json().has("history"))
                .isFalse();
        Reply calendar = get(server, "/api/v1/plan.ics?weeks=1&start=2026-11-23");
        assertThat(calendar.contentType()).startsWith("text/calendar");
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20261123");
        assertProblem(get(server, "/api/v1/plan?sessions=9"), 400, "sessions 9 is outside 1 to 5");
        assertProblem(get(server, "/api/v1/plan?runDays=someday"), 400, "'someday' is not a day");
    }
}
