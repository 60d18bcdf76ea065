package org.runmuscle.app.activity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runmuscle.app.SharedData.data;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.runmuscle.app.activity.ActivityView;
import org.runmuscle.app.activity.RunTrack;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.MuscleGroup;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.ingest.ActivityReaders;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The self-contained HTML report, from real recordings. */
class HtmlReportTest {
    private static final Atlas ATLAS = Atlas.load();
    private static final LoadModel MODEL = LoadModel.load(ATLAS);

    private static HtmlReport.Item run(String file, String shownAs) throws Exception {
        Activity activity = ActivityReaders.withDefaultLimit()
                .read(Path.of(data(file)))
                .activities()
                .get(0);
        ActivityView view = ActivityView.of(shownAs, "tcx", activity).withLoad(MODEL.analyze(activity, 70), "default");
        return new HtmlReport.Item(view, RunTrack.of(activity, MODEL, ATLAS, 70));
    }

    @Test
    void aRunsTitleAndRunningDynamicsAreRowsOfItsTable() throws Exception {
        String html = HtmlReport.of(
                List.of(
                        run("activities/fit/garmin-runPower.fit", "power.fit"),
                        run("activities/gpx/strava-export.gpx", "strava.gpx")),
                ATLAS);
        assertThat(html)
                .contains("<tr><th>Running dynamics</th><td>ground contact 271 ms (left foot 50.7 %)")
                .contains("<tr><th>Title</th><td>Nachtlauf</td></tr>");
    }

    @Test
    void everyTextFromAFileIsEscaped() throws Exception {
        String html =
                HtmlReport.of(List.of(run("activities/tcx/Standard.tcx", "<script>alert('x')</script>.tcx")), ATLAS);
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.tcx")
                .doesNotContain("<script");
    }

    @Test
    void theBodyMapIsValidSvgWithEveryMuscleColouredAndItsLoadInTheTitle() throws Exception {
        String html = HtmlReport.of(List.of(run("activities/tcx/Standard.tcx", "run.tcx")), ATLAS);
        Matcher svg = Pattern.compile("<svg [^>]*class=\"bodymap\".*?</svg>", Pattern.DOTALL)
                .matcher(html);
        assertThat(svg.find()).isTrue();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
        NodeList all = document.getElementsByTagName("*");
        int shapes = 0;
        String darkest = null;
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("data-muscle")) {
                shapes++;
                assertThat(e.getAttribute("style")).startsWith("--fill:rgb(");
                assertThat(e.hasAttribute("tabindex"))
                        .as("a report has no focus stops")
                        .isFalse();
                assertThat(e.getElementsByTagName("title").item(0).getTextContent())
                        .endsWith(" BW·s");
                if (e.getAttribute("style").equals("--fill:rgb(165,15,21)")) {
                    darkest = e.getAttribute("data-muscle");
                }
            }
        }
        assertThat(shapes).isGreaterThan(44);
        assertThat(darkest)
                .as("the most loaded muscle takes the darkest colour")
                .isNotNull();
    }

    @Test
    void aRunGetsChartsHillsAndEveryMuscleAnActivityWithoutLoadOnlyItsSummary() throws Exception {
        Activity ride = ActivityReaders.withDefaultLimit()
                .read(Path.of(data("activities/tcx/Standard.tcx")))
                .activities()
                .get(0);
        HtmlReport.Item plain = new HtmlReport.Item(ActivityView.of("plain.tcx", "tcx", ride), null);
        String html = HtmlReport.of(List.of(run("activities/tcx/Standard.tcx", "run.tcx"), plain), ATLAS);
        assertThat(html).contains("2 activities.", "id=\"activity-1\"", "id=\"activity-2\"");
        String first = html.substring(html.indexOf("id=\"activity-1\""), html.indexOf("id=\"activity-2\""));
        String second = html.substring(html.indexOf("id=\"activity-2\""));
        assertThat(first)
                .contains("Elevation profile", "Muscle load per kilometre", "Every muscle's load", "<td>Soleus</td>");
        assertThat(second).contains("<th>Distance</th>").doesNotContain("class=\"bodymap\"", "Elevation profile");
    }

    @Test
    void anEmptyReportSaysSo() {
        assertThat(HtmlReport.of(List.of(), ATLAS)).contains("0 activities.", "No activity could be read.");
    }

    @Test
    void theStackedChartHasOneAreaAndOneLegendEntryPerColouredGroup() throws Exception {
        String html = HtmlReport.of(List.of(run("activities/tcx/Standard.tcx", "run.tcx")), ATLAS);
        long coloured = ATLAS.groups().stream()
                .filter(g -> !g.colour().equals(MuscleGroup.NO_COLOUR))
                .count();
        assertThat(Pattern.compile("<polygon fill=\"#").matcher(html).results().count())
                .isEqualTo(coloured);
        assertThat(Pattern.compile("<rect x=\"\\d+\" y=\"214\"")
                        .matcher(html)
                        .results()
                        .count())
                .isEqualTo(coloured);
    }
}
