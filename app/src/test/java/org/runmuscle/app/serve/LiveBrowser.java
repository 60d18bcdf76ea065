package org.runmuscle.app.serve;

import com.microsoft.playwright.Browser;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link BrowserRig} for the tests of one class: started before the first, closed after the
 * last. Registered as a static field ({@code @RegisterExtension}), so that each browser test
 * does not write out the same start, stop and address helpers.
 */
final class LiveBrowser implements BeforeAllCallback, AfterAllCallback {
    private final Callable<BrowserRig> starter;
    private BrowserRig rig;

    LiveBrowser(Callable<BrowserRig> starter) {
        this.starter = starter;
    }

    /** The app without accounts over a fresh SQLite file. */
    static LiveBrowser fresh() {
        return new LiveBrowser(BrowserRig::fresh);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        rig = starter.call();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        rig.close();
    }

    Browser browser() {
        return rig.browser();
    }

    /** The app's address with {@code hash} after it, such as {@code #/runs}. */
    String url(String hash) {
        return rig.url(hash);
    }
}
