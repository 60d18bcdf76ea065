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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmuscle.app.SharedData;

/**
 * axe-core (Deque's, run in the page by its Playwright binding) over every page of the web app,
 * with a run and a plan in the history, in light and in dark mode: no serious or critical WCAG 2.1
 * A/AA violation, colour contrast included.
 */
class AccessibilityIT {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    static final LiveBrowser live = LiveBrowser.fresh();

    private static final List<String> PAGES = List.of(
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
            "#/athletes");

    /** Tab stops walked per page: the header's, then well into the page. */
    private static final int STOPS = 45;

    /**
     * What the focused element is, and what is wrong with it: not drawn, no visible focus ring, or
     * before the previous stop in the page (a positive tabindex, or focus sent backwards).
     */
    private static final String FOCUSED = """
            previous => {
              const e = document.activeElement;
              if (!e || e === document.body) {
                window.lastStop = null; // past the last stop: the next is the page's first again
                return {name: "body", problem: "", inMain: "false"};
              }
              const style = getComputedStyle(e);
              const box = e.getBoundingClientRect();
              const problems = [];
              if (box.width === 0 || box.height === 0) problems.push("not drawn");
              const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
                || style.boxShadow !== "none";
              if (!ring) problems.push("no visible focus");
              if (e.tabIndex > 0) problems.push("tabindex " + e.tabIndex);
              // the skip link is the page's first stop: reaching it again is the walk wrapping round
              if (window.lastStop && window.lastStop.isConnected && !e.classList.contains("skip")
                  && (e.compareDocumentPosition(window.lastStop) & Node.DOCUMENT_POSITION_FOLLOWING)) {
                problems.push("comes before the previous stop");
              }
              window.lastStop = e;
              const name = e.tagName.toLowerCase() + (e.id ? "#" + e.id : "")
                + (e.dataset.muscle ? "[" + e.dataset.muscle + "]" : "")
                + " '" + (e.getAttribute("aria-label") || e.textContent || e.value || "").trim().slice(0, 30) + "'";
              return {name, problem: problems.join(", "), inMain: String(!!e.closest("main"))};
            }""";

    /** Every page walked by keyboard: each stop is drawn, shows where focus is, and follows the last. */
    @Test
    void everyTabStopShowsItsFocusInPageOrder() {
        List<String> found = new ArrayList<>();
        BrowserContext context = live.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        try {
            Page page = context.newPage();
            for (String hash : PAGES) {
                page.navigate(live.url(hash));
                page.locator("main h1").first().waitFor();
                page.waitForLoadState();
                page.waitForTimeout(300);
                page.evaluate("() => { window.lastStop = null; }");
                List<String> stops = new ArrayList<>();
                int wrapped = 0;
                for (int i = 0; i < STOPS && wrapped < 2; i++) {
                    page.keyboard().press("Tab");
                    @SuppressWarnings("unchecked")
                    var stop = (Map<String, String>) page.evaluate(FOCUSED, null);
                    if (i == 0) {
                        // a page opened moves focus to its content: the first Tab lands in it, not in the menu
                        assertThat(stop.get("inMain"))
                                .as(hash + ": the first stop " + stop.get("name"))
                                .isEqualTo("true");
                    }
                    if (stop.get("name").equals("body")) {
                        wrapped++; // past the last stop: on to the skip link and the menu
                        continue;
                    }
                    stops.add(stop.get("name"));
                    if (!stop.get("problem").isEmpty()) {
                        found.add(hash + " stop " + (i + 1) + " " + stop.get("name") + ": " + stop.get("problem"));
                    }
                }
                assertThat(stops).as(hash + ": reachable by keyboard").hasSizeGreaterThan(10);
            }
        } finally {
            context.close();
        }
        assertThat(found).as("tab stops without visible focus or out of order").isEmpty();
    }

    @Test
    void everyPageInLightAndDarkModeHasNoSeriousViolation() {
        List<String> pages = new ArrayList<>(PAGES);
        List<String> found = new ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            BrowserContext context = live.browser()
                    .newContext(new Browser.NewContextOptions()
                            .setViewportSize(1280, 900)
                            .setColorScheme(scheme));
            try {
                Page page = context.newPage();
                if (scheme == ColorScheme.LIGHT) {
                    page.navigate(live.url("#/runs"));
                    page.setInputFiles("#upload-input", Path.of(SharedData.data("activities/fit/garmin-runPower.fit")));
                    assertThat(page.locator("#upload-result a").first()).isVisible();
                    pages.add(page.locator("#upload-result a").first().getAttribute("href"));
                }
                page.navigate(live.url("#/"));
                page.evaluate("() => localStorage.setItem('runmuscle.plan.own', 'sessions=2&minutes=30&weeks=4')");
                for (String hash : pages) {
                    page.navigate(live.url(hash));
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
