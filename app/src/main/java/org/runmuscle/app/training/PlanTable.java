package org.runmuscle.app.training;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.training.plan.Plan;
import org.runmuscle.core.training.plan.Prescription;

/** A plan as a runner reads it: the first week in full with reasons, later weeks as doses. */
final class PlanTable {
    private PlanTable() {}

    static void print(PrintWriter out, Plan plan, String heading, List<String> findings, LocalDate monday) {
        out.println(heading + "; from Monday " + monday);
        if (!findings.isEmpty()) {
            out.println("Weighted toward: " + String.join(", ", findings));
        }
        for (Plan.Week week : plan.weeks()) {
            out.println();
            out.println("Week " + week.week() + (week.lighter() ? " (lighter)" : ""));
            for (Plan.Session session : week.sessions()) {
                out.println("  " + capitalised(session.day()) + " " + SessionDates.of(monday, week, session) + ": "
                        + session.focus() + ", " + session.minutes() + " min");
                if (week.week() == 1) {
                    out.println("    Warm-up: " + String.join("; ", session.warmUp()) + ".");
                }
                int n = 1;
                for (Prescription p : session.exercises()) {
                    out.println("    " + n++ + ". " + p.name() + ": " + dose(p));
                    if (week.week() == 1) {
                        Text.wrap("Why: " + p.reason() + " [" + String.join(", ", p.sources()) + "]", "       ")
                                .forEach(out::println);
                    }
                }
                if (session.exercises().isEmpty()) {
                    out.println("    (nothing fits; see the notes)");
                }
            }
        }
        if (!plan.notes().isEmpty()) {
            out.println();
            out.println("Notes");
            plan.notes().forEach(note -> {
                List<String> lines = Text.wrap(note, "    ");
                out.println("  - " + lines.get(0).strip());
                lines.subList(1, lines.size()).forEach(out::println);
            });
        }
    }

    /** "3 x 8 per side, tempo 3-0-1-0, rest 120 s; RPE 8 ..." */
    static String dose(Prescription p) {
        String amount = p.reps() > 0 ? p.reps() + "" : p.seconds() + " s";
        return p.sets() + " x " + amount + (p.perSide() ? " per side" : "") + ", tempo " + p.tempo() + ", rest "
                + p.restSeconds() + " s; " + p.load();
    }

    private static String capitalised(String day) {
        return Character.toUpperCase(day.charAt(0)) + day.substring(1);
    }
}
