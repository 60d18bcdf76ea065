package org.runmuscle.app.athletes;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.SharedData;
import org.runmuscle.app.serve.Application;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Database;
import org.runmuscle.store.TestDatabases;

/** Several athletes through the API of a local server (no accounts): ?athlete= picks whose history. */
class AthletesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonNode json) {}

    private Reply send(WebServer server, String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    private Reply json(WebServer server, String method, String path, String body) throws Exception {
        return send(server, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private Reply upload(WebServer server, long athlete) throws Exception {
        String boundary = "----athletes";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"race.tcx\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(Path.of(SharedData.data("activities/tcx/Runtastic.tcx"))));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                server,
                "POST",
                "/api/v1/activities?athlete=" + athlete,
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void eachAthleteHasTheirOwnHistoryAndTheRosterShowsThemAll(TestDatabases.Kind kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind));
                WebServer server = Application.start(new WebServer.Settings("127.0.0.1", 0, 64L << 20), database)) {
            Reply anna = json(server, "POST", "/api/v1/athletes", "{\"name\": \"Anna\"}");
            assertThat(anna.status()).isEqualTo(201);
            long a = anna.json().get("id").asLong();
            long b = json(server, "POST", "/api/v1/athletes", "{\"name\": \"Ben\"}")
                    .json()
                    .get("id")
                    .asLong();
            assertThat(json(server, "POST", "/api/v1/athletes", "{\"name\": \"anna\"}")
                            .status())
                    .isEqualTo(400);
            assertThat(upload(server, a).status()).isEqualTo(201);
            assertThat(upload(server, b).status()).isEqualTo(201);
            Reply unnamed = send(server, "GET", "/api/v1/activities", null, null);
            assertThat(unnamed.status()).isEqualTo(400);
            assertThat(unnamed.json().get("detail").asText()).contains("?athlete=ID");
            JsonNode annas = send(server, "GET", "/api/v1/activities?athlete=" + a, null, null)
                    .json()
                    .get("activities");
            assertThat(annas).hasSize(1);
            long annasRun = annas.get(0).get("id").asLong();
            assertThat(send(server, "GET", "/api/v1/activities/" + annasRun + "?athlete=" + b, null, null)
                            .status())
                    .isEqualTo(404);
            assertThat(send(server, "GET", "/api/v1/activities?athlete=999", null, null)
                            .status())
                    .isEqualTo(404);
            assertThat(send(server, "GET", "/api/v1/activities?athlete=x", null, null)
                            .status())
                    .isEqualTo(400);
            Reply profile = json(server, "PUT", "/api/v1/athlete?athlete=" + b, "{\"massKg\": 81, \"units\": \"mi\"}");
            assertThat(profile.json().get("name").asText()).isEqualTo("Ben");
            assertThat(profile.json().get("runsReanalysed").asInt()).isEqualTo(1);
            assertThat(send(server, "GET", "/api/v1/athlete?athlete=" + a, null, null)
                            .json()
                            .get("massKg")
                            .isNull())
                    .isTrue();

            JsonNode roster =
                    send(server, "GET", "/api/v1/athletes", null, null).json().get("athletes");
            assertThat(roster).extracting(r -> r.get("name").asText()).containsExactly("Anna", "Ben");
            assertThat(roster.get(0).get("lastRun").get("id").asLong()).isEqualTo(annasRun);
            assertThat(roster.get(0).get("groups")).hasSize(6);

            assertThat(json(server, "PATCH", "/api/v1/athletes/" + b, "{\"name\": \"Benjamin\"}")
                            .json()
                            .get("name")
                            .asText())
                    .isEqualTo("Benjamin");
            Reply removed = send(server, "DELETE", "/api/v1/athletes/" + a, null, null);
            assertThat(removed.json().get("activitiesRemoved").asInt()).isEqualTo(1);
            // with one athlete left, the parameter may be left out again
            assertThat(send(server, "GET", "/api/v1/activities", null, null)
                            .json()
                            .get("activities"))
                    .hasSize(1);
        }
    }
}
