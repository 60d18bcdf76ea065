package org.runmuscle.app.serve;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.app.SharedData;

/**
 * The real pages in Debian's Chromium, driven by Playwright: upload a real FIT file, see its run page
 * and body map, make a plan. Screenshots of each page go to target/screenshots for review.
 */
class WebBrowserIT {
    @TempDir
    Path temp;

    private static final Path SHOTS = BrowserRig.SHOTS;

    @RegisterExtension
    static final LiveBrowser live = LiveBrowser.fresh();

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void open() {
        context = live.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.onPageError(error -> {
            throw new AssertionError("script error on the page: " + error);
        });
        violations.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
    }

    /** What the Content-Security-Policy refused on the page: nothing, or a page relies on what it forbids. */
    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void close() {
        context.close();
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Test
    void uploadARealFitFileThenSeeItsRunPageAndBodyMap() {
        page.navigate(live.url("#/runs"));
        page.setInputFiles("#upload-input", Path.of(SharedData.data("activities/fit/garmin-runPower.fit")));
        Locator result = page.locator("#upload-result");
        assertThat(result).containsText("garmin-runPower.fit");
        assertThat(result).containsText("imported");
        // the same file chosen again is sent again (the input is emptied once read)
        page.setInputFiles("#upload-input", Path.of(SharedData.data("activities/fit/garmin-runPower.fit")));
        assertThat(result.locator("li")).hasCount(2);
        assertThat(result.locator("li").first()).containsText("already");
        shot("runs");
        result.locator("a").first().click();
        assertThat(page.locator("h1")).containsText("Run of 2017-12-09");
        assertThat(page.locator("#run-notes")).containsText("km of running");
        assertThat(page.locator("#running-dynamics")).containsText("Running dynamics: ground contact ");
        page.locator("#elevation-chart canvas").first().waitFor();
        page.locator("#load-chart canvas").first().waitFor();
        String fill = (String) page.evalOnSelector("[data-muscle=soleus]", "e => e.style.getPropertyValue('--fill')");
        assertThat(fill).as("the body map is coloured by this run's load").startsWith("rgb(");
        shot("run");

        page.navigate(live.url("#/body"));
        page.selectOption("#colour-by", "run");
        page.waitForFunction("() => document.querySelector('[data-muscle=gluteus-maximus]')"
                + ".style.getPropertyValue('--fill').startsWith('rgb')");
        page.locator("[data-muscle=vastus-lateralis][tabindex]").hover();
        assertThat(page.locator(".tooltip")).containsText("Vastus lateralis, right: ");
        shot("body-map-run-load");

        page.navigate(live.url("#/history"));
        assertThat(page.locator("#history-table")).containsText("Gluteus maximus");
        assertThat(page.locator("#history-jumped"))
                .containsText("Nothing in the last 90 days: showing the window up to your last training, 2017-12-09");
        // The six groups that carry running lead the page.
        assertThat(page.locator("#group-readiness .group-card")).hasCount(6);
        assertThat(page.locator("#group-readiness [data-group=quadriceps]")).containsText("% ");
        assertThat(page.locator("#group-readiness [data-group=quadriceps]")).containsText("soreness risk");
        assertThat(page.locator("#group-readiness")).not().containsText("NaN");
        shot("history");
        // the run 73 days before is in the 90-day window's chart, not in the table's last 28 days
        page.fill("#history-as-of", "2018-02-20");
        assertThat(page.locator("#history-empty"))
                .containsText("No training in the 28 days up to 2018-02-20: the charts above show the earlier weeks");
        page.fill("#history-as-of", "2017-12-10");
        assertThat(page.locator("#history-table")).containsText("Gluteus maximus");
        page.selectOption("#history-chart", "vastus-lateralis");
        assertThat(page.locator("#weeks-chart")).containsText("muscle of the quadriceps");
        // the choices live in the address: reload keeps them, and the page before is one step back
        assertThat(page).hasURL(Pattern.compile("#/history\\?.*chart=vastus-lateralis"));
        page.reload();
        assertThat(page.locator("#history-chart")).hasValue("vastus-lateralis");
        assertThat(page.locator("#weeks-chart")).containsText("muscle of the quadriceps");
        page.goBack();
        assertThat(page).hasURL(Pattern.compile("#/body"));
        page.goForward();
        assertThat(page.locator("#history-chart")).hasValue("vastus-lateralis");
        assertThat(page.locator("#weeks-chart")).containsText("vastus-lateralis");
        shot("history-one-muscle");
    }

    @Test
    void theBodyMapWorksByKeyboardAndOpensAMusclePage() {
        page.navigate(live.url("#/body"));
        page.locator("[data-muscle=gluteus-medius][tabindex]").focus();
        assertThat(page.locator(".tooltip")).containsText("Gluteus medius");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Gluteus medius");
        assertThat(page.locator("main")).containsText("Exercises that train it");
        assertThat(page.locator("main")).containsText("Sources");
        shot("muscle");
        // its exercises open their own pages: how-to, dose, the muscles lit on the map
        page.locator("main a[href^='#/exercise/']").first().click();
        assertThat(page.locator("#exercise-how li").first()).isVisible();
        assertThat(page.locator("#exercise-dose")).containsText(" × ");
        String lit =
                (String) page.evalOnSelector("[data-muscle=gluteus-medius]", "e => e.style.getPropertyValue('--fill')");
        assertThat(lit).as("the exercise's muscle is lit").isNotEqualTo("#d9dbe0");
        shot("exercise");
        page.navigate(live.url("#/body"));
        shot("body-map");
    }

    @Test
    void theGaitPageScrubsThroughTheCycle() {
        page.navigate(live.url("#/gait"));
        page.locator("#activation-chart canvas").first().waitFor();
        page.locator("#scrub").fill("50");
        assertThat(page.locator("main")).containsText("50 % of the cycle:");
        assertThat(page.locator("#activation-chart")).hasAttribute("data-moment", "50");
        page.locator("#speed").fill("5");
        page.locator("#speed").dispatchEvent("change");
        assertThat(page.locator("main")).containsText("5.0 m/s");
        assertThat(page.locator("#activation-chart")).hasAttribute("data-moment", "50");
        // pointing at the chart moves the slider, the map and the marker to that moment
        page.locator("#activation-chart .u-over").hover(new Locator.HoverOptions().setPosition(5, 100));
        String moment = page.locator("#scrub").inputValue();
        assertThat(Integer.parseInt(moment)).isLessThan(10);
        assertThat(page.locator("#activation-chart")).hasAttribute("data-moment", moment);
        assertThat(page.locator("main")).containsText(moment + " % of the cycle:");
        // and the address keeps the page's state: a reload opens it at the same speed and moment
        page.reload();
        assertThat(page.locator("main")).containsText("5.0 m/s");
        assertThat(page.locator("#scrub")).hasValue(moment);
        shot("gait");
    }

    @Test
    void assessThenMakeAPlanAndDownloadIt() {
        page.navigate(live.url("#/plan"));
        page.selectOption("select[name=hipDrop]", "yes");
        page.fill("input[name=calfRaisesLeft]", "18");
        page.fill("input[name=calfRaisesRight]", "26");
        page.locator("#assess-form button").click();
        assertThat(page.locator("#findings")).containsText("hip drops");
        // the weaker left calf is lit on the left only; the hip drop's gluteus medius on both sides
        assertThat(findingFill("soleus", "left")).isEqualTo("rgb(230, 159, 0)");
        assertThat(findingFill("soleus", "right")).isNotEqualTo("rgb(230, 159, 0)");
        assertThat(findingFill("gluteus-medius", "left")).isEqualTo(findingFill("gluteus-medius", "right"));
        page.locator("#plan-form input[value=dumbbells]").check();
        page.locator("#plan-form button").click();
        assertThat(page.locator("#plan-output")).containsText("Week 1");
        assertThat(page.locator("#plan-output .why").first()).not().isEmpty();
        assertThat(page.locator("#ics-link")).hasAttribute("href", Pattern.compile("finding=hip-drop"));
        shot("plan");
        // both forms ride in the address: a reload gives back the answers, the findings and the same plan
        page.reload();
        assertThat(page.locator("input[name=calfRaisesLeft]")).hasValue("18");
        assertThat(page.locator("#plan-form input[value=dumbbells]")).isChecked();
        assertThat(page.locator("#ics-link")).hasAttribute("href", Pattern.compile("finding=hip-drop"));
        assertThat(findingFill("soleus", "left")).isEqualTo("rgb(230, 159, 0)");
    }

    private String findingFill(String muscle, String side) {
        return (String) page.locator("#findings path[data-muscle=" + muscle + "][data-side=" + side + "]")
                .first()
                .evaluate("shape => getComputedStyle(shape).fill");
    }

    /**
     * A plan that started two weeks ago: a past session is ticked off in one tap, another is logged
     * with changes on the strength log, which lists both; the history counts them.
     */
    @Test
    void tickOffPlannedSessionsAndSeeThemInTheLogAndHistory() {
        page.navigate(live.url("#/plan"));
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).minusWeeks(2).with(DayOfWeek.MONDAY);
        page.fill("#plan-start", monday.toString());
        page.locator("#plan-form button[type=submit]").click();
        Locator sessions = page.locator("#plan-output article.session");
        assertThat(sessions.first()).containsText(monday.toString());
        sessions.first().locator("button.tick").click();
        assertThat(sessions.first().locator(".tick-off")).containsText("Logged");
        shot("plan-ticked");
        sessions.nth(1).locator("button.secondary").click();
        assertThat(page.locator("#log-form h2")).containsText("Log the session planned for");
        page.locator("#log-lines .line-sets").first().fill("1");
        page.fill("#log-rpe", "8");
        page.locator("#log-form button[type=submit]").click();
        assertThat(page.locator("#log-result")).containsText("Logged");
        assertThat(page.locator("#log-table tbody tr")).hasCount(2);
        assertThat(page.locator("#log-table")).containsText("plan (" + monday);
        shot("strength-log");
        // a bad line is stopped by the form itself (the server refuses it too: StrengthApiTest), nothing added
        page.locator("#add-line").click();
        page.locator("#log-lines .line-reps").last().fill("10000");
        page.locator("#log-form button[type=submit]").click();
        assertThat(page.locator("#log-lines .line-reps:invalid")).hasCount(1);
        assertThat(page.locator("#log-table tbody tr")).hasCount(2);
        page.navigate(live.url("#/history"));
        page.selectOption("#history-work", "strength");
        assertThat(page.locator("#whole-body-summary")).containsText("2 sessions");
        page.locator("#whole-body-chart canvas").first().waitFor();
        shot("history-strength");
    }

    @Test
    void textFromAFileIsShownAsTextNeverAsMarkup() throws Exception {
        String gpx = Files.readString(
                        Path.of(SharedData.data("activities/gpx/strava-export.gpx")), StandardCharsets.UTF_8)
                .replaceFirst("creator=\"[^\"]*\"", "creator=\"&lt;img src=x onerror=alert(1)&gt;Evil watch\"");
        Path file = temp.resolve("evil.gpx");
        Files.writeString(file, gpx);
        page.navigate(live.url("#/runs"));
        page.setInputFiles("#upload-input", file);
        page.locator("#upload-result a").first().click();
        assertThat(page.locator("main")).containsText("Device: <img src=x onerror=alert(1)>Evil watch");
        assertThat(page.locator("main img")).hasCount(0);
    }

    @Test
    void anExportZipImportsWhatItCanAndTheHistoryCanBeCorrected() throws Exception {
        Path zip = temp.resolve("export_42.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("activities.csv"));
            out.write("Activity ID,Activity Name,Activity Type,Filename\n1,Tempo by the river,Run,activities/1.gpx\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("activities/1.gpx"));
            out.write(Files.readAllBytes(Path.of(SharedData.data("activities/gpx/standard.gpx"))));
            out.putNextEntry(new ZipEntry("activities/2.fit"));
            out.write("not a fit file".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("activities/3.fit"));
            out.write(Files.readAllBytes(Path.of(SharedData.data("bad/activity-filecrc.fit"))));
        }
        page.navigate(live.url("#/runs"));
        page.setInputFiles("#upload-input", zip);
        Locator result = page.locator("#upload-result");
        assertThat(result).containsText("1 imported (1 run)");
        assertThat(result).containsText("2 refused");
        result.locator("summary").click();
        assertThat(result).containsText("export_42.zip!activities/3.fit: bad FIT file CRC");
        Locator row = page.locator("#runs-table tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Tempo by the river"));
        assertThat(row).hasCount(1);
        shot("runs-export");

        row.locator("button.edit").click();
        page.locator(".row-edit input[name=name]").fill("Tempo, renamed");
        page.locator(".row-edit select[name=sport]").selectOption("walking");
        page.locator(".row-edit button[type=submit]").click();
        Locator renamed =
                page.locator("#runs-table tbody tr").filter(new Locator.FilterOptions().setHasText("Tempo, renamed"));
        assertThat(renamed).containsText("walking");

        page.locator("#athlete-mass").fill("71.5");
        page.locator("#athlete-form button").click();
        assertThat(page.locator("main")).containsText("Body mass 71.5 kg saved");

        page.onceDialog(dialog -> dialog.accept());
        renamed.locator("button.edit").click();
        page.locator(".row-edit button.danger").click();
        assertThat(page.locator("#runs-table tbody tr")
                        .filter(new Locator.FilterOptions().setHasText("Tempo, renamed")))
                .hasCount(0);
    }

    @Test
    void fitsAPhoneWidthScreen() {
        BrowserContext phone = live.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setIsMobile(true));
        try {
            Page small = phone.newPage();
            for (String hash : List.of(
                    "#/",
                    "#/body",
                    "#/muscle/gluteus-maximus",
                    "#/exercise/nordic-hamstring-curl",
                    "#/plan",
                    "#/gait",
                    "#/history",
                    "#/runs",
                    "#/strength")) {
                small.navigate(live.url(hash));
                small.locator("h1").waitFor();
                small.waitForLoadState();
                if (hash.equals("#/history")) {
                    small.locator("#weeks-chart canvas").first().waitFor();
                }
                small.waitForTimeout(300); // maps and charts are drawn after the heading
                // every page at phone width (phone-muscle-gluteus-maximus.png, ...); TodayBrowserIT shoots Today's
                // states
                if (!hash.equals("#/")) {
                    small.screenshot(new Page.ScreenshotOptions()
                            .setPath(SHOTS.resolve("phone-" + hash.substring(2).replace('/', '-') + ".png"))
                            .setFullPage(true));
                }
                Object width = small.evaluate("() => document.scrollingElement.scrollWidth");
                Object widest = small.evaluate("() => [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > 390 && !e.closest('.table-wrap'))"
                        + ".map(e => e.tagName + '.' + e.className).slice(0, 5).join(', ')");
                assertThat(((Number) width).intValue())
                        .as(hash + " has no sideways scrolling; wider than the screen: " + widest)
                        .isLessThanOrEqualTo(390);
            }
        } finally {
            phone.close();
        }
    }
}
