package org.runmuscle.app.serve;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmuscle.app.SharedData;
import org.runmuscle.app.account.AccountService;
import org.runmuscle.store.Accounts;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;
import org.runmuscle.store.TestDatabases;

/**
 * A shared server in Chromium: an athlete logs in and uploads, a coach logs in, switches between
 * the athletes who granted access, and never sees another coach's athlete; names with markup show
 * as text. Screenshots at 1280 and 390 px go to target/screenshots.
 */
class AccountsBrowserIT {
    private static final Path SHOTS = BrowserRig.SHOTS;
    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final LiveBrowser live = new LiveBrowser(AccountsBrowserIT::withAccounts);

    private static long ben;

    /** The server with accounts: an admin, three athletes and two coaches, each coach invited by some. */
    private static BrowserRig withAccounts() throws Exception {
        Database store = Database.open(TestDatabases.fresh(TestDatabases.Kind.SQLITE));
        AccountService accounts = new AccountService(new Accounts(store), new Athletes(store));
        accounts.add("root", PASSWORD, "admin", null);
        long anna = accounts.add("anna", PASSWORD, "athlete", null).athleteId();
        ben = accounts.add("ben", PASSWORD, "athlete", null).athleteId();
        long cleo = accounts.add("<b>Cleo</b>", PASSWORD, "athlete", null).athleteId();
        accounts.add("carla", PASSWORD, "coach", null);
        accounts.add("dave", PASSWORD, "coach", null);
        accounts.invite(anna, "carla");
        accounts.invite(cleo, "carla");
        accounts.invite(ben, "dave");
        return BrowserRig.start(store, true);
    }

    private Page open(BrowserContext context, List<String> problems) {
        Page page = context.newPage();
        page.onPageError(error -> problems.add("script error: " + error));
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                problems.add(m.text());
            }
        });
        return page;
    }

    private void logIn(Page page, String name) {
        page.navigate(live.url("#/login"));
        page.fill("#login-name", name);
        page.fill("#login-password", PASSWORD);
        page.click("#login-form button[type=submit]");
        assertThat(page.locator("#account-link")).containsText(name);
        assertThat(page).not().hasURL(Pattern.compile(".*#/login$")); // the login page has moved on
    }

    @Test
    void anAthleteUploadsAndTheirCoachSwitchesAthletesButNeverSeesAnotherCoachs() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext athlete =
                live.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = open(athlete, problems);
            page.navigate(live.url("#/runs"));
            assertThat(page).hasURL(live.url("#/login"));
            page.fill("#login-name", "anna");
            page.fill("#login-password", "wrong password here");
            page.click("#login-form button[type=submit]");
            assertThat(page.locator(".problem")).containsText("wrong account name or password");
            logIn(page, "anna");
            page.navigate(live.url("#/runs"));
            page.setInputFiles("#upload-input", Path.of(SharedData.data("activities/fit/garmin-runPower.fit")));
            assertThat(page.locator("#upload-result")).containsText("imported");
            page.click("#logout");
            assertThat(page).hasURL(live.url("#/login"));
        }
        for (int width : new int[] {1280, 390}) {
            try (BrowserContext coach = live.browser()
                    .newContext(new Browser.NewContextOptions()
                            .setViewportSize(width, 900)
                            .setIsMobile(width < 500))) {
                Page page = open(coach, problems);
                logIn(page, "carla");
                assertThat(page).hasURL(live.url("#/athletes"));
                assertThat(page.locator("#roster tbody tr")).hasCount(2);
                assertThat(page.locator("#roster")).containsText("anna");
                // markup in a name is shown as the characters typed, not run
                assertThat(page.locator("#roster")).containsText("<b>Cleo</b>");
                assertThat(page.locator("#roster b")).hasCount(0);
                assertThat(page.locator("#roster")).not().containsText("ben");
                assertThat(page.locator("#athlete-picker option")).hasCount(2);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SHOTS.resolve("roster-" + width + ".png"))
                        .setFullPage(true));
                page.selectOption(
                        "#athlete-picker",
                        page.locator("#athlete-picker option", new Page.LocatorOptions().setHasText("anna"))
                                .getAttribute("value"));
                page.navigate(live.url("#/runs"));
                assertThat(page.locator("#runs-table tbody tr").first()).containsText("km");
                page.selectOption(
                        "#athlete-picker",
                        page.locator("#athlete-picker option", new Page.LocatorOptions().setHasText("Cleo"))
                                .getAttribute("value"));
                page.navigate(live.url("#/history"));
                assertThat(page.locator("h1")).isVisible();
                // Ben is Dave's athlete: asking for him by id is answered as if he did not exist
                Object status = page.evaluate(
                        "id => fetch('/api/v1/activities?athlete=' + id).then(r => r.status)", String.valueOf(ben));
                assertThat(status).isEqualTo(404);
                page.navigate(live.url("#/account"));
                assertThat(page.locator("h1")).containsText("Account: carla");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SHOTS.resolve("account-" + width + ".png"))
                        .setFullPage(true));
            }
        }
        assertThat(problems).isEmpty();
    }
}
