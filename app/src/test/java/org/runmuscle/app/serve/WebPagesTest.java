package org.runmuscle.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The page is asked for every time; what it links lives under an address taken from the files'
     * bytes and is kept by the browser for good, so a new release is fetched and an old one never is.
     */
    @Test
    void thePageLinksItsFilesUnderALastingAddress() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        Matcher prefix =
                Pattern.compile("src=\"(/v/[0-9a-f]{12})/js/app\\.js\"").matcher(page.body());
        assertThat(prefix.find()).as(page.body()).isTrue();
        assertThat(page.body())
                .contains("href=\"" + prefix.group(1) + "/style.css\"")
                .doesNotContain("href=\"/js/", "src=\"/js/");
        for (String file : List.of("/js/app.js", "/js/pages/today.js", "/bodymap.svg", "/vendor/uplot/uPlot.min.css")) {
            HttpResponse<String> lasting = get(prefix.group(1) + file);
            assertThat(lasting.statusCode()).as(file).isEqualTo(200);
            assertThat(lasting.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(lasting.body()).isEqualTo(get(file).body());
        }
        assertThat(get("/v/000000000000/js/app.js").statusCode()).isEqualTo(404);
        assertThat(get("/index.html").body()).isEqualTo(page.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
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
