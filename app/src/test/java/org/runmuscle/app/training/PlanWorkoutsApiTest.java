package org.runmuscle.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.runmuscle.app.serve.Application;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.ingest.FitWorkoutRead;
import org.runmuscle.store.Database;
import org.runmuscle.store.TestDatabases;

/** {@code GET /api/v1/plan.fit}: the plan page's download for the watch. */
class PlanWorkoutsApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(WebServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPlanGoesToTheWatchAsAZipOrOneSession() throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(TestDatabases.Kind.SQLITE));
                WebServer server = Application.start(new WebServer.Settings("127.0.0.1", 0, 1L << 20), database)) {
            String plan = "/api/v1/plan.fit?sessions=3&weeks=4&equipment=none,dumbbells&start=2026-12-07&history=false";
            HttpResponse<byte[]> zip = get(server, plan);
            assertThat(zip.statusCode()).isEqualTo(200);
            assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
            assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("runmuscle-plan-2026-12-07.zip");
            int files = 0;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; files++) {
                    FitWorkoutRead.Read read = FitWorkoutRead.of(in.readAllBytes());
                    assertThat(read.steps()).as(e.getName()).isNotEmpty();
                }
            }
            assertThat(files).isEqualTo(12);

            HttpResponse<byte[]> one = get(server, plan + "&session=2026-12-07");
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.ant.fit");
            assertThat(FitWorkoutRead.of(one.body()).name()).startsWith("W1 mon");

            HttpResponse<byte[]> missing = get(server, plan + "&session=2026-12-08");
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(new String(missing.body())).contains("no session on 2026-12-08");
            assertThat(get(server, plan + "&session=tuesday").statusCode()).isEqualTo(400);
        }
    }
}
