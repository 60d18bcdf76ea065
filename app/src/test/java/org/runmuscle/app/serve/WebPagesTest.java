package org.runmuscle.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Database;
import org.runmuscle.store.TestDatabases;

/** The pages and their scripts come from the jar, with their types, and name no other host (works offline). */
class WebPagesTest {
    private static Database store;
    private static WebServer server;

    @BeforeAll
    static void start() {
        store = Database.open(TestDatabases.fresh(TestDatabases.Kind.SQLITE));
        server = Application.start(new WebServer.Settings("127.0.0.1", 0, 1 << 20), store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @ParameterizedTest
    @CsvSource({
        "/,text/html",
        "/js/app.js,text/javascript",
        "/style.css,text/css",
        "/bodymap.svg,image/svg+xml",
        "/vendor/uplot/uPlot.iife.min.js,text/javascript",
        "/vendor/uplot/uPlot.min.css,text/css"
    })
    void servedFromTheJarWithNoOtherHost(String path, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains(type);
        if (!path.contains("vendor") && !path.endsWith(".svg")) {
            assertThat(response.body()).doesNotContain("http://", "https://", "//cdn");
        }
    }

    /** Every module is preloaded by the page (a module left out is fetched only when its importer is read). */
    @Test
    void thePageAsksForEveryModuleAtOnce() throws Exception {
        Path web = Path.of("src", "main", "resources", "web");
        List<String> modules;
        try (Stream<Path> files = Files.walk(web.resolve("js"))) {
            modules = files.filter(f -> f.toString().endsWith(".js"))
                    .map(f -> "/" + web.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
        String page = Files.readString(web.resolve("index.html"));
        assertThat(modules)
                .isNotEmpty()
                .allSatisfy(
                        module -> assertThat(page).contains("<link rel=\"modulepreload\" href=\"" + module + "\">"));
    }
}
