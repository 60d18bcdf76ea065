package org.runmuscle.app.strength;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.app.serve.Application;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Database;
import org.runmuscle.store.TestDatabases;

/** The strength routes of a local server: log, list, read, delete; bad bodies get a problem and store nothing. */
class StrengthApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonNode json) {}

    private Reply send(WebServer server, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aSessionIsLoggedReadListedAndDeleted(TestDatabases.Kind kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind));
                WebServer server = Application.start(new WebServer.Settings("127.0.0.1", 0, 1L << 20), database)) {
            long anna = send(server, "POST", "/api/v1/athletes", "{\"name\": \"Anna\"}")
                    .json()
                    .get("id")
                    .asLong();
            long ben = send(server, "POST", "/api/v1/athletes", "{\"name\": \"Ben\"}")
                    .json()
                    .get("id")
                    .asLong();
            Reply logged = send(
                    server,
                    "POST",
                    "/api/v1/strength?athlete=" + anna,
                    "{\"rpe\": 7, \"minutes\": 30, \"sets\": [{\"exercise\": \"single-leg-calf-raise\", \"sets\": 3, "
                            + "\"reps\": 12, \"loadKg\": 10}, {\"exercise\": \"side-plank\", \"sets\": 2, "
                            + "\"seconds\": 30}]}");
            assertThat(logged.status()).as(String.valueOf(logged.json())).isEqualTo(201);
            long id = logged.json().get("id").asLong();
            assertThat(logged.json().get("sessionRpe").asDouble()).isEqualTo(210);
            assertThat(logged.json().at("/groups/calves").asDouble()).isPositive();

            Reply one = send(server, "GET", "/api/v1/strength/" + id + "?athlete=" + anna, null);
            assertThat(one.json().get("sets")).hasSize(5);
            Reply list = send(server, "GET", "/api/v1/strength?athlete=" + anna, null);
            assertThat(list.json().get("sessions")).hasSize(1);
            assertThat(send(server, "GET", "/api/v1/strength/" + id + "?athlete=" + ben, null)
                            .status())
                    .as("another athlete's session is not there")
                    .isEqualTo(404);
            assertThat(send(server, "DELETE", "/api/v1/strength/" + id + "?athlete=" + ben, null)
                            .status())
                    .isEqualTo(404);
            Reply history = send(server, "GET", "/api/v1/history?days=7&work=strength&athlete=" + anna, null);
            assertThat(history.json().at("/wholeBody/sessions/0/load").asDouble())
                    .isPositive();

            assertThat(send(server, "DELETE", "/api/v1/strength/" + id + "?athlete=" + anna, null)
                            .status())
                    .isEqualTo(204);
            assertThat(send(server, "GET", "/api/v1/strength/" + id + "?athlete=" + anna, null)
                            .status())
                    .isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void badBodiesGetAProblemAndStoreNothing(TestDatabases.Kind kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind));
                WebServer server = Application.start(new WebServer.Settings("127.0.0.1", 0, 1L << 20), database)) {
            send(server, "POST", "/api/v1/athletes", "{\"name\": \"Anna\"}");
            String[][] cases = {
                {"{\"sets\": [{\"exercise\": \"goblet-squat\", \"sets\": 3, \"reps\": 0}]}", "0 reps per set"},
                {"{\"sets\": [{\"exercise\": \"goblet-squat\", \"sets\": 3, \"reps\": 10000}]}", "10000 reps"},
                {"{\"sets\": [{\"exercise\": \"goblet-squat\", \"reps\": 8, \"loadKg\": -20}]}", "not possible"},
                {"{\"sets\": [{\"exercise\": \"gobletsquat\", \"reps\": 8}]}", "did you mean goblet-squat"},
                {"{\"date\": \"2999-01-01\", \"sets\": [{\"exercise\": \"goblet-squat\", \"reps\": 8}]}", "future"},
                {"{\"sets\": []}", "at least one exercise"},
                {"{\"sets\": [{\"exercise\": \"goblet-squat\", \"repz\": 8}]}", "Unrecognized field"},
                {"{\"sets\": [{\"exercise\": \"goblet-squat\", \"reps\": 1e12}]}", "the body is not"},
                {"not json", "the body is not"}
            };
            for (String[] c : cases) {
                Reply reply = send(server, "POST", "/api/v1/strength", c[0]);
                assertThat(reply.status()).as(c[0]).isEqualTo(400);
                assertThat(reply.json().get("detail").asText())
                        .as(c[0])
                        .contains(c[1])
                        .doesNotContain("\n");
            }
            assertThat(send(server, "GET", "/api/v1/strength", null).json().get("sessions"))
                    .isEmpty();
            assertThat(send(server, "GET", "/api/v1/strength/abc", null).status())
                    .isEqualTo(404);
        }
    }
}
