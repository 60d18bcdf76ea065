package org.runmuscle.app.strength;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.StrengthSet;

/** The words of the strength log for a terminal. */
final class LogsTable {
    private LogsTable() {}

    static void print(PrintWriter out, List<StrengthService.Logged> sessions, int days) {
        if (sessions.isEmpty()) {
            out.println("No strength session in the last " + days + " days. Log one with 'runmuscle log', e.g.");
            out.println("  runmuscle log \"goblet-squat 3x10@16kg\" \"front-plank 3x40s\"");
            return;
        }
        out.printf("%-5s %-10s %-6s %5s %4s %6s  %s%n", "ID", "DATE", "SOURCE", "MIN", "RPE", "LOAD", "EXERCISES");
        for (StrengthService.Logged logged : sessions) {
            StrengthSession s = logged.session();
            out.printf(
                    "%-5d %-10s %-6s %5.0f %4.1f %6.0f  %s%n",
                    s.id(),
                    LocalDate.ofEpochDay(s.epochDay()),
                    s.source(),
                    s.minutes(),
                    logged.rpe(),
                    logged.load(),
                    String.join("; ", lines(s.sets())));
        }
        out.println("LOAD is the whole-body load (TRIMP scale, from session RPE x minutes).");
    }

    static void printSession(PrintWriter out, StrengthService.Logged logged, Atlas atlas) {
        StrengthSession s = logged.session();
        out.printf(
                "Logged strength session %d on %s: %.0f min at RPE %.1f%s, whole-body load %.0f.%n",
                s.id(),
                LocalDate.ofEpochDay(s.epochDay()),
                s.minutes(),
                logged.rpe(),
                Double.isNaN(s.rpe()) ? " (estimated)" : "",
                logged.load());
        for (String line : lines(s.sets())) {
            out.println("  " + line);
        }
        Map<String, Double> groups = StrengthJson.groups(logged.loads(), atlas);
        out.println("Muscle load (body-weight seconds): "
                + String.join(
                        ", ",
                        groups.entrySet().stream()
                                .sorted(Map.Entry.<String, Double>comparingByValue()
                                        .reversed())
                                .map(e -> e.getKey() + " " + Math.round(e.getValue()))
                                .toList()));
    }

    /** Consecutive identical sets as one line: "goblet-squat 3x10 @ 16 kg". */
    static List<String> lines(List<StrengthSet> sets) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < sets.size()) {
            StrengthSet first = sets.get(i);
            int j = i;
            while (j < sets.size() && same(sets.get(j), first)) {
                j++;
            }
            String amount = first.reps() > 0 ? String.valueOf(first.reps()) : Math.round(first.seconds()) + "s";
            String load = first.loadKg() > 0
                    ? String.format(" @ %.4g kg", first.loadKg()).replaceAll("\\.?0+ kg", " kg")
                    : "";
            lines.add(first.exercise() + " " + (j - i) + "x" + amount + load);
            i = j;
        }
        return lines;
    }

    private static boolean same(StrengthSet a, StrengthSet b) {
        return a.exercise().equals(b.exercise())
                && a.reps() == b.reps()
                && a.seconds() == b.seconds()
                && a.loadKg() == b.loadKg();
    }
}
