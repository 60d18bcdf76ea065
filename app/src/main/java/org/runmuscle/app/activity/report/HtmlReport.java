package org.runmuscle.app.activity.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.runmuscle.app.activity.ActivityView;
import org.runmuscle.app.activity.DynamicsText;
import org.runmuscle.app.activity.RunTrack;
import org.runmuscle.app.output.Resources;
import org.runmuscle.app.output.Units;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.MuscleGroup;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.core.training.Days;

/**
 * {@code analyze --format html}: one self-contained page (no script, no other file, no server)
 * with each activity's summary and, for runs, the body map coloured by load, an elevation profile,
 * the load kilometre by kilometre stacked by group, and the muscles' loads.
 *
 * <p>The page is {@code report.html.mustache} filled from the records below. JMustache was chosen
 * over jte and Thymeleaf: one small jar with no dependencies and nothing to generate at build
 * time, and logic-less templates that escape every value unless a tag says otherwise; the only
 * unescaped values are the style sheet and the SVG that this class builds.
 */
public final class HtmlReport {
    /** One activity; {@code track} is null unless it is a run. */
    public record Item(ActivityView view, RunTrack track) {}

    record Page(String css, String count, List<Section> activities) {}

    record Section(
            int number,
            String file,
            String sport,
            String started,
            String device,
            List<Row> rows,
            Run run,
            boolean hasWarnings,
            List<String> warnings) {}

    record Row(String label, String value) {}

    record Run(
            List<String> notes,
            String bodyMap,
            Chart elevation,
            Chart perKm,
            boolean hasHills,
            List<Hill> hills,
            List<MuscleRow> muscles) {}

    record Hill(String kind, String fromKm, String toKm, String change, String grade) {}

    record MuscleRow(String name, String group, String load, String concentric, String eccentric, String isometric) {}

    private static final Templates TEMPLATES = new Templates();

    private HtmlReport() {}

    public static String of(List<Item> items, Atlas atlas) {
        BodyMapSvg bodyMap = new BodyMapSvg(Resources.text("/web/bodymap.svg"));
        List<MuscleGroup> charted = atlas.groups().stream()
                .filter(g -> !g.colour().equals(MuscleGroup.NO_COLOUR))
                .toList();
        List<Section> sections = new ArrayList<>();
        for (Item item : items) {
            sections.add(section(item, sections.size() + 1, bodyMap, charted, atlas));
        }
        Page page = new Page(Resources.text("/web/style.css"), Days.plural(items.size(), "activity"), sections);
        return TEMPLATES.report.execute(page);
    }

    private static Section section(Item item, int number, BodyMapSvg bodyMap, List<MuscleGroup> charted, Atlas atlas) {
        ActivityView v = item.view();
        ActivityView.Summary s = v.summary();
        List<Row> rows = new ArrayList<>(List.of(
                new Row(
                        "Elapsed / moving",
                        Units.duration(s.elapsedSeconds()) + " / " + Units.duration(s.movingSeconds())),
                new Row("Distance", Units.km(s.distanceMeters())),
                new Row("Pace", Units.pace(s.paceSecondsPerKm())),
                new Row(
                        "Heart rate avg / max",
                        Units.number(s.avgHeartRate(), "") + " / " + Units.number(s.maxHeartRate(), "")),
                new Row("Cadence", Units.number(s.avgCadenceSpm(), " steps/min")),
                new Row(
                        "Ascent / descent",
                        Units.number(s.ascentMeters(), " m") + " / " + Units.number(s.descentMeters(), " m"))));
        if (!v.name().isEmpty()) {
            rows.add(0, new Row("Title", v.name()));
        }
        ActivityView.Dynamics dynamics = v.runningDynamics();
        if (dynamics != null) {
            rows.add(new Row("Running dynamics", DynamicsText.of(dynamics)));
        }
        Run run = null;
        if (v.load() != null && item.track() != null) {
            Map<String, Double> loads = new LinkedHashMap<>();
            v.muscles().forEach(m -> loads.put(m.id(), m.loadBwSeconds()));
            List<Hill> hills =
                    v.load().segments().stream().map(HtmlReport::hill).toList();
            run = new Run(
                    v.load().notes(),
                    bodyMap.coloured(loads),
                    Chart.elevation(item.track()),
                    Chart.perKm(item.track(), charted),
                    !hills.isEmpty(),
                    hills,
                    muscles(v.muscles(), atlas));
        }
        return new Section(
                number,
                v.file(),
                v.sport(),
                v.startTime().replace('T', ' ').replace("Z", " UTC"),
                v.device(),
                rows,
                run,
                !v.warnings().isEmpty(),
                v.warnings());
    }

    private static Hill hill(RunLoad.Segment s) {
        return new Hill(
                s.kind().id(),
                format("%.2f", s.fromKm()),
                format("%.2f", s.toKm()),
                format("%.0f m", s.altitudeChangeMeters()),
                format("%.1f %%", s.gradePercent()));
    }

    private static List<MuscleRow> muscles(List<ActivityView.MuscleView> muscles, Atlas atlas) {
        return muscles.stream()
                .sorted(Comparator.comparingDouble(ActivityView.MuscleView::loadBwSeconds)
                        .reversed())
                .map(m -> {
                    var muscle = atlas.muscle(m.id()).orElseThrow();
                    return new MuscleRow(
                            muscle.name(),
                            muscle.group(),
                            format("%.0f", m.loadBwSeconds()),
                            format("%.0f", m.concentricBwSeconds()),
                            format("%.0f", m.eccentricBwSeconds()),
                            format("%.0f", m.isometricBwSeconds()));
                })
                .toList();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** The templates, compiled once: an empty string or an empty list counts as false in a section. */
    private static final class Templates {
        final Template report;

        Templates() {
            Mustache.Compiler compiler = Mustache.compiler()
                    .escapeHTML(true)
                    .emptyStringIsFalse(true)
                    .zeroIsFalse(false)
                    .withLoader(name -> new StringReader(Resources.text("/report/" + name + ".svg.mustache")));
            this.report = compiler.compile(Resources.text("/report/report.html.mustache"));
        }
    }
}
