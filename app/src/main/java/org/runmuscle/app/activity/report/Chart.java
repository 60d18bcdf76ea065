package org.runmuscle.app.activity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.runmuscle.app.activity.RunTrack;
import org.runmuscle.core.atlas.MuscleGroup;

/**
 * An SVG chart over distance as {@code chart.svg.mustache} draws it: every coordinate computed and
 * formatted here, every text escaped by the template.
 */
record Chart(
        String label,
        int width,
        int height,
        int left,
        int right,
        int axisY,
        int kmLabelY,
        String unit,
        List<GridLine> gridLines,
        List<Tick> xTicks,
        List<Line> line,
        List<Area> areas,
        List<LegendEntry> legend) {
    record GridLine(int x1, int x2, String y, int labelX, String labelY, String value) {}

    record Tick(String x, int y, String value) {}

    record Line(String colour, String points) {}

    record Area(String colour, String name, String points) {}

    record LegendEntry(int x, int y, int textX, int textY, String colour, String name) {}

    private static final int W = 640;
    private static final int H = 200;
    private static final int LEFT = 48;
    private static final int BOTTOM = 28;
    private static final String PROFILE_COLOUR = "#455a64";

    /** Altitude in metres over distance in km. */
    static Chart elevation(RunTrack track) {
        List<Double> xs = track.distanceKm();
        List<Double> ys = track.altitudeMeters();
        double maxX = xs.isEmpty() ? 1 : Math.max(0.001, xs.get(xs.size() - 1));
        double minY = ys.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        double maxY = ys.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        if (maxY - minY < 10) {
            maxY = minY + 10;
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            if (ys.get(i) != null) {
                points.append(format("%.1f,%.1f ", x(xs.get(i), maxX), y(ys.get(i), minY, maxY)));
            }
        }
        return chart(
                "Elevation profile: altitude in metres over distance in km",
                maxX,
                minY,
                maxY,
                "m",
                List.of(new Line(PROFILE_COLOUR, points.toString())),
                List.of(),
                List.of());
    }

    /** Each group's load per km stacked on the groups before it, in the order given. */
    static Chart perKm(RunTrack track, List<MuscleGroup> groups) {
        List<Double> km = track.kmStart();
        int n = km.size();
        double maxX = n == 0 ? 1 : km.get(n - 1) + 1;
        List<double[]> tops = new ArrayList<>();
        double[] base = new double[n];
        double maxY = 1;
        for (MuscleGroup group : groups) {
            List<Double> series = track.groupLoadPerKm().getOrDefault(group.id(), List.of());
            double[] top = new double[n];
            for (int i = 0; i < n; i++) {
                top[i] = base[i] + (i < series.size() ? series.get(i) : 0);
                maxY = Math.max(maxY, top[i]);
            }
            tops.add(top);
            base = top;
        }
        List<Area> areas = new ArrayList<>();
        double[] below = new double[n];
        for (int g = 0; g < groups.size(); g++) {
            double[] top = tops.get(g);
            StringBuilder area = new StringBuilder();
            for (int i = 0; i < n; i++) {
                area.append(format(
                        "%.1f,%.1f %.1f,%.1f ",
                        x(km.get(i), maxX), y(top[i], 0, maxY), x(km.get(i) + 1, maxX), y(top[i], 0, maxY)));
            }
            for (int i = n - 1; i >= 0; i--) {
                area.append(format(
                        "%.1f,%.1f %.1f,%.1f ",
                        x(km.get(i) + 1, maxX), y(below[i], 0, maxY), x(km.get(i), maxX), y(below[i], 0, maxY)));
            }
            areas.add(new Area(groups.get(g).colour(), groups.get(g).id(), area.toString()));
            below = top;
        }
        List<LegendEntry> legend = new ArrayList<>();
        int lx = LEFT;
        for (MuscleGroup group : groups) {
            legend.add(new LegendEntry(lx, H + 14, lx + 13, H + 23, group.colour(), group.id()));
            lx += 14 + 7 * group.id().length();
        }
        return chart(
                "Muscle load per kilometre, stacked by muscle group, in body-weight seconds",
                maxX,
                0,
                maxY,
                "BW·s",
                List.of(),
                areas,
                legend);
    }

    private static Chart chart(
            String label,
            double maxX,
            double minY,
            double maxY,
            String unit,
            List<Line> line,
            List<Area> areas,
            List<LegendEntry> legend) {
        List<GridLine> grid = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = minY + (maxY - minY) * i / 4;
            double py = y(value, minY, maxY);
            grid.add(new GridLine(
                    LEFT, W - 8, format("%.1f", py), LEFT - 4, format("%.1f", py + 4), format("%.0f", value)));
        }
        List<Tick> ticks = new ArrayList<>();
        double step = maxX > 20 ? 5 : maxX > 8 ? 2 : 1;
        for (double k = 0; k <= maxX + 1e-9; k += step) {
            ticks.add(new Tick(format("%.1f", x(k, maxX)), H - BOTTOM + 16, format("%.0f", k)));
        }
        return new Chart(label, W, H + 30, LEFT, W - 8, H - BOTTOM, H - 2, unit, grid, ticks, line, areas, legend);
    }

    private static double x(double km, double maxX) {
        return LEFT + (W - 8 - LEFT) * km / maxX;
    }

    private static double y(double value, double min, double max) {
        return (H - BOTTOM) - (H - BOTTOM - 20) * (value - min) / (max - min);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
