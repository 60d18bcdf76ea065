package org.runmuscle.app.training;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.runmuscle.app.output.SourceNumbers;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.Finding;

/** Findings as a runner reads them in a terminal. */
final class FindingsTable {
    private FindingsTable() {}

    static void print(Atlas atlas, List<Finding> findings, PrintWriter out) {
        SourceNumbers numbers = new SourceNumbers(atlas);
        if (findings.isEmpty()) {
            out.println("No weakness found in the tests you gave. Strength work still pays: it cut sports injuries to "
                    + "about a third in trials, and improved running economy by 2-8 %.");
            return;
        }
        out.println(findings.size() + (findings.size() == 1 ? " finding" : " findings"));
        int n = 1;
        for (Finding finding : findings) {
            out.println();
            out.println(n++ + ". " + finding.title() + "   (confidence: "
                    + finding.confidence().id() + ")");
            out.println("   Muscles: "
                    + finding.muscles().stream()
                            .map(id -> atlas.muscle(id).orElseThrow().name())
                            .collect(Collectors.joining(", ")));
            Text.wrap("Why: " + finding.why() + " " + numbers.cite(finding.sources()), "   ")
                    .forEach(out::println);
            Text.wrap(
                            "What to do: " + finding.advice()
                                    + (finding.exercises().isEmpty()
                                            ? ""
                                            : " Try: " + String.join(", ", finding.exercises()) + "."),
                            "   ")
                    .forEach(out::println);
        }
        out.println();
        numbers.printReferences(out);
        out.println();
        out.println("Plan around these: runmuscle plan --finding "
                + findings.stream().map(Finding::id).distinct().collect(Collectors.joining(" --finding ")));
    }
}
