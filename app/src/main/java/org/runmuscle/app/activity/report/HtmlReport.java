package org.runmuscle.app.activity.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmuscle.app.activity.ActivityView;
import org.runmuscle.app.activity.RunTrack;
import org.runmuscle.app.output.Resources;
import org.runmuscle.app.output.Units;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.RunLoad;

/**
 * {@code analyze --format html}: one self-contained page (no script, no other file, no server)
 * with each activity's summary and, for runs, the body map coloured by load, an elevation profile,
 * the load kilometre by kilometre stacked by group, and the muscles' loads. Everything that came
 * from a file is escaped.
 */
public final class HtmlReport {
    /** One activity; {@code track} is null unless it is a run. */
    public record Item(ActivityView view, RunTrack track) {}

    private static final Pattern SHAPE_TITLE =
            Pattern.compile("data-muscle=\"([a-z-]+)\"([^>]*)><title>([^<]*)</title>");
    /** Group colours, as in the web app's charts. */
    static final Map<String, String> GROUP_COLOURS = new java.util.LinkedHashMap<>();

    static {
        GROUP_COLOURS.put("glutes", "#b3261e");
        GROUP_COLOURS.put("quadriceps", "#0b5cad");
        GROUP_COLOURS.put("calves", "#1b6e3a");
        GROUP_COLOURS.put("hamstrings", "#8a4f00");
        GROUP_COLOURS.put("hip-flexors", "#6a1b9a");
        GROUP_COLOURS.put("core", "#00695c");
        GROUP_COLOURS.put("adductors", "#c2185b");
        GROUP_COLOURS.put("shin", "#455a64");
    }

    private HtmlReport() {}

    public static String of(List<Item> items, Atlas atlas) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>runmuscle report</title>\n<style>\n")
                .append(Resources.text("/web/style.css"))
                .append(
                        "\nsection.activity { border-top: 2px solid var(--line); padding-top: 1em; margin-top: 2em; }\n")
                .append(
                        ".chart { width: 100%; height: auto; }\n.chart text { font-size: 11px; fill: #4f5560; }\n</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>runmuscle report</h1>\n<p class=\"muted\">")
                .append(items.size())
                .append(items.size() == 1 ? " activity" : " activities")
                .append(
                        ". Loads are in body-weight seconds (force in body weights times time). Point at a muscle to name it.</p>\n");
        if (items.isEmpty()) {
            html.append("<p>No activity could be read.</p>\n");
        }
        String svg = Resources.text("/web/bodymap.svg");
        int n = 0;
        for (Item item : items) {
            section(html, item, ++n, svg, atlas);
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, Item item, int n, String svg, Atlas atlas) {
        ActivityView v = item.view();
        ActivityView.Summary s = v.summary();
        html.append("<section class=\"activity\" id=\"activity-")
                .append(n)
                .append("\">\n<h2>")
                .append(esc(v.file()))
                .append("</h2>\n<p>")
                .append(esc(v.sport()))
                .append(", started ")
                .append(esc(v.startTime().replace('T', ' ').replace("Z", " UTC")))
                .append(v.device().isEmpty() ? "" : " · " + esc(v.device()))
                .append("</p>\n<div class=\"table-wrap\"><table><tbody>\n");
        row(html, "Elapsed / moving", Units.duration(s.elapsedSeconds()) + " / " + Units.duration(s.movingSeconds()));
        row(html, "Distance", Units.km(s.distanceMeters()));
        row(html, "Pace", Units.pace(s.paceSecondsPerKm()));
        row(
                html,
                "Heart rate avg / max",
                Units.number(s.avgHeartRate(), "") + " / " + Units.number(s.maxHeartRate(), ""));
        row(html, "Cadence", Units.number(s.avgCadenceSpm(), " steps/min"));
        row(
                html,
                "Ascent / descent",
                Units.number(s.ascentMeters(), " m") + " / " + Units.number(s.descentMeters(), " m"));
        html.append("</tbody></table></div>\n");
        if (v.load() != null && item.track() != null) {
            html.append("<h3>What it asked of the muscles</h3>\n<ul>\n");
            v.load()
                    .notes()
                    .forEach(note -> html.append("<li>").append(esc(note)).append("</li>\n"));
            html.append("</ul>\n<div class=\"grid\">\n<div>")
                    .append(bodyMap(svg, v.muscles(), atlas))
                    .append("</div>\n<div>")
                    .append(elevation(item.track()))
                    .append(perKm(item.track()))
                    .append("</div>\n</div>\n");
            hills(html, v.load().segments());
            muscles(html, v.muscles(), atlas);
        }
        if (!v.warnings().isEmpty()) {
            html.append("<h3>Repairs</h3>\n<ul>\n");
            v.warnings().forEach(w -> html.append("<li>").append(esc(w)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>")
                .append(esc(label))
                .append("</th><td>")
                .append(esc(value))
                .append("</td></tr>\n");
    }

    /** The body map with each muscle filled by its share of the most loaded one, and its load in the title. */
    static String bodyMap(String svg, List<ActivityView.MuscleView> muscles, Atlas atlas) {
        double max = muscles.stream()
                .mapToDouble(ActivityView.MuscleView::loadBwSeconds)
                .max()
                .orElse(1);
        Map<String, Double> load = new java.util.HashMap<>();
        muscles.forEach(m -> load.put(m.id(), m.loadBwSeconds()));
        Matcher shape = SHAPE_TITLE.matcher(svg.replaceFirst("<svg ", "<svg focusable=\"false\" "));
        StringBuilder out = new StringBuilder();
        while (shape.find()) {
            String id = shape.group(1);
            double value = load.getOrDefault(id, 0.0);
            String replacement = "data-muscle=\"" + id + "\" style=\"--fill:" + heat(max > 0 ? value / max : 0) + "\""
                    + shape.group(2).replaceAll(" tabindex=\"0\" role=\"link\" aria-label=\"[^\"]*\"", "")
                    + "><title>" + shape.group(3) + ": " + Math.round(value) + " BW·s</title>";
            shape.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        shape.appendTail(out);
        return out.toString();
    }

    /** Light to dark red, as in the web app. */
    static String heat(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        int[] from = {244, 236, 222};
        int[] to = {165, 15, 21};
        return String.format(
                Locale.ROOT,
                "rgb(%d,%d,%d)",
                Math.round(from[0] + (to[0] - from[0]) * f),
                Math.round(from[1] + (to[1] - from[1]) * f),
                Math.round(from[2] + (to[2] - from[2]) * f));
    }

    private static final int W = 640;
    private static final int H = 200;
    private static final int LEFT = 48;
    private static final int BOTTOM = 28;

    static String elevation(RunTrack track) {
        List<Double> xs = track.distanceKm();
        List<Double> ys = track.altitudeMeters();
        double maxX = xs.isEmpty() ? 1 : Math.max(0.001, xs.get(xs.size() - 1));
        double minY = ys.stream()
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        double maxY = ys.stream()
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        if (maxY - minY < 10) {
            maxY = minY + 10;
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            if (ys.get(i) != null) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(xs.get(i), maxX), y(ys.get(i), minY, maxY)));
            }
        }
        StringBuilder svg = chartStart("Elevation profile: altitude in metres over distance in km");
        axes(svg, maxX, minY, maxY, "m");
        svg.append("<polyline fill=\"none\" stroke=\"#455a64\" stroke-width=\"1.5\" points=\"")
                .append(points)
                .append("\"/>\n</svg>\n");
        return svg.toString();
    }

    /** Stacked areas: each group's load per km on top of the groups before it. */
    static String perKm(RunTrack track) {
        List<Double> km = track.kmStart();
        int n = km.size();
        double maxX = n == 0 ? 1 : km.get(n - 1) + 1;
        double[] base = new double[n];
        double[][] tops = new double[GROUP_COLOURS.size()][];
        int g = 0;
        double maxY = 1;
        for (String group : GROUP_COLOURS.keySet()) {
            List<Double> series = track.groupLoadPerKm().getOrDefault(group, List.of());
            double[] top = new double[n];
            for (int i = 0; i < n; i++) {
                top[i] = base[i] + (i < series.size() ? series.get(i) : 0);
                maxY = Math.max(maxY, top[i]);
            }
            tops[g++] = top;
            base = top;
        }
        StringBuilder svg = chartStart("Muscle load per kilometre, stacked by muscle group, in body-weight seconds");
        axes(svg, maxX, 0, maxY, "BW·s");
        double[] below = new double[n];
        g = 0;
        for (Map.Entry<String, String> group : GROUP_COLOURS.entrySet()) {
            double[] top = tops[g++];
            StringBuilder area = new StringBuilder();
            for (int i = 0; i < n; i++) {
                area.append(String.format(
                        Locale.ROOT,
                        "%.1f,%.1f %.1f,%.1f ",
                        x(km.get(i), maxX),
                        y(top[i], 0, maxY),
                        x(km.get(i) + 1, maxX),
                        y(top[i], 0, maxY)));
            }
            for (int i = n - 1; i >= 0; i--) {
                area.append(String.format(
                        Locale.ROOT,
                        "%.1f,%.1f %.1f,%.1f ",
                        x(km.get(i) + 1, maxX),
                        y(below[i], 0, maxY),
                        x(km.get(i), maxX),
                        y(below[i], 0, maxY)));
            }
            svg.append("<polygon fill=\"")
                    .append(group.getValue())
                    .append("\" fill-opacity=\"0.75\" points=\"")
                    .append(area)
                    .append("\"><title>")
                    .append(group.getKey())
                    .append("</title></polygon>\n");
            below = top;
        }
        int lx = LEFT;
        for (Map.Entry<String, String> group : GROUP_COLOURS.entrySet()) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    lx,
                    H + 14,
                    group.getValue(),
                    lx + 13,
                    H + 23,
                    group.getKey()));
            lx += 14 + 7 * group.getKey().length();
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static StringBuilder chartStart(String label) {
        return new StringBuilder(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>%n",
                W,
                H + 30,
                esc(label),
                esc(label)));
    }

    private static void axes(StringBuilder svg, double maxX, double minY, double maxY, String unit) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8a8f98\"/>%n",
                LEFT,
                H - BOTTOM,
                W - 8,
                H - BOTTOM));
        for (int i = 0; i <= 4; i++) {
            double value = minY + (maxY - minY) * i / 4;
            double py = y(value, minY, maxY);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e5e8\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n",
                    LEFT,
                    py,
                    W - 8,
                    py,
                    LEFT - 4,
                    py + 4,
                    value));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"12\">%s</text>%n", esc(unit)));
        double step = maxX > 20 ? 5 : maxX > 8 ? 2 : 1;
        for (double k = 0; k <= maxX + 1e-9; k += step) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>%n",
                    x(k, maxX),
                    H - BOTTOM + 16,
                    k));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">km</text>%n", W - 8, H - 2));
    }

    private static double x(double km, double maxX) {
        return LEFT + (W - 8 - LEFT) * km / maxX;
    }

    private static double y(double value, double min, double max) {
        return (H - BOTTOM) - (H - BOTTOM - 20) * (value - min) / (max - min);
    }

    private static void hills(StringBuilder html, List<RunLoad.Segment> segments) {
        if (segments.isEmpty()) {
            return;
        }
        html.append(
                "<h3>Hills</h3>\n<div class=\"table-wrap\"><table><thead><tr><th>Kind</th><th class=\"num\">From km</th>"
                        + "<th class=\"num\">To km</th><th class=\"num\">Change</th><th class=\"num\">Grade</th></tr></thead><tbody>\n");
        for (RunLoad.Segment s : segments) {
            html.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%s</td><td class=\"num\">%.2f</td><td class=\"num\">%.2f</td>"
                            + "<td class=\"num\">%.0f m</td><td class=\"num\">%.1f %%</td></tr>%n",
                    esc(s.kind().id()),
                    s.fromKm(),
                    s.toKm(),
                    s.altitudeChangeMeters(),
                    s.gradePercent()));
        }
        html.append("</tbody></table></div>\n");
    }

    private static void muscles(StringBuilder html, List<ActivityView.MuscleView> muscles, Atlas atlas) {
        html.append(
                "<h3>Every muscle's load</h3>\n<div class=\"table-wrap\"><table><thead><tr><th>Muscle</th><th>Group</th>"
                        + "<th class=\"num\">Load</th><th class=\"num\">Concentric</th><th class=\"num\">Eccentric</th>"
                        + "<th class=\"num\">Isometric</th></tr></thead><tbody>\n");
        muscles.stream()
                .sorted(Comparator.comparingDouble(ActivityView.MuscleView::loadBwSeconds)
                        .reversed())
                .forEach(m -> {
                    var muscle = atlas.muscle(m.id()).orElseThrow();
                    html.append(String.format(
                            Locale.ROOT,
                            "<tr><td>%s</td><td>%s</td><td class=\"num\">%.0f</td><td class=\"num\">%.0f</td>"
                                    + "<td class=\"num\">%.0f</td><td class=\"num\">%.0f</td></tr>%n",
                            esc(muscle.name()),
                            esc(muscle.group()),
                            m.loadBwSeconds(),
                            m.concentricBwSeconds(),
                            m.eccentricBwSeconds(),
                            m.isometricBwSeconds()));
                });
        html.append("</tbody></table></div>\n");
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
