package org.runmuscle.app.serve;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmuscle.app.SharedData;

/**
 * axe-core (Deque's, run in the page by its Playwright binding) over every page of the web app,
 * with a run and a plan in the history, in light and in dark mode: no serious or critical WCAG 2.1
 * A/AA violation, colour contrast included.
 */
class AccessibilityIT {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static BrowserRig rig;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        rig = BrowserRig.fresh();
        browser = rig.browser();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private String url(String hash) {
        return rig.url(hash);
    }

    @Test
    void everyPageInLightAndDarkModeHasNoSeriousViolation() {
        List<String> pages = new ArrayList<>(List.of(
                "#/",
                "#/body",
                "#/muscle/gluteus-maximus",
                "#/muscle/hamstrings",
                "#/exercise/nordic-hamstring-curl",
                "#/gait",
                "#/runs",
                "#/history",
                "#/plan",
                "#/strength",
                "#/athletes"));
        List<String> found = new ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(scheme));
            try {
                Page page = context.newPage();
                if (scheme == ColorScheme.LIGHT) {
                    page.navigate(url("#/runs"));
                    page.setInputFiles("#upload-input", Path.of(SharedData.data("activities/fit/garmin-runPower.fit")));
                    assertThat(page.locator("#upload-result a").first()).isVisible();
                    pages.add(page.locator("#upload-result a").first().getAttribute("href"));
                }
                page.navigate(url("#/"));
                page.evaluate("() => localStorage.setItem('runmuscle.plan.own', 'sessions=2&minutes=30&weeks=4')");
                for (String hash : pages) {
                    page.navigate(url(hash));
                    page.locator("main h1").first().waitFor();
                    page.waitForLoadState();
                    page.waitForTimeout(300); // charts and maps drawn after the heading
                    for (Rule rule :
                            new AxeBuilder(page).withTags(WCAG).analyze().getViolations()) {
                        if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                            found.add(scheme + " " + hash + ": " + rule.getId() + " (" + rule.getHelp() + ") on "
                                    + rule.getNodes().size() + " elements, first: "
                                    + rule.getNodes().get(0).getHtml());
                        }
                    }
                }
            } finally {
                context.close();
            }
        }
        assertThat(found).as("serious or critical accessibility violations").isEmpty();
    }
}
