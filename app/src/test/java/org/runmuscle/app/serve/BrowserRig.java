package org.runmuscle.app.serve;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Database;
import org.runmuscle.store.TestDatabases;

/**
 * What a browser test runs against: the web app on a loopback port over a real database, and
 * Debian's Chromium under Playwright (Playwright's own browser download is never used).
 * Screenshots go to {@link #SHOTS}.
 */
record BrowserRig(Database store, WebServer server, Playwright playwright, Browser browser) implements AutoCloseable {
    static final Path SHOTS = Path.of("target", "screenshots");

    /** The app without accounts over a fresh SQLite file. */
    static BrowserRig fresh() throws IOException {
        return start(Database.open(TestDatabases.fresh(TestDatabases.Kind.SQLITE)), false);
    }

    /** The app over {@code store}, with accounts and sign-in when {@code accounts}. */
    static BrowserRig start(Database store, boolean accounts) throws IOException {
        Files.createDirectories(SHOTS);
        WebServer.Settings settings = new WebServer.Settings("127.0.0.1", 0, 64L << 20);
        WebServer server = accounts ? Application.start(settings, store, true) : Application.start(settings, store);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu")));
        return new BrowserRig(store, server, playwright, browser);
    }

    private static Path chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "the browser tests need Debian's chromium: apt-get install chromium (.ci/run does)"));
    }

    String url(String hash) {
        return "http://127.0.0.1:" + server.port() + "/" + hash;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.close();
        store.close();
    }
}
