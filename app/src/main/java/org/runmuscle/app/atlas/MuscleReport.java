package org.runmuscle.app.atlas;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.runmuscle.app.output.SourceNumbers;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Claim;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.atlas.MuscleGroup;
import org.runmuscle.core.atlas.PhaseWork;
import org.runmuscle.core.atlas.Source;

/** One muscle in full, as text for a runner or as JSON. */
final class MuscleReport {
    private final Atlas atlas;
    private final Muscle muscle;
    private final MuscleGroup group;

    MuscleReport(Atlas atlas, Muscle muscle) {
        this.atlas = atlas;
        this.muscle = muscle;
        this.group = atlas.group(muscle.group()).orElseThrow();
    }

    /** The JSON shape: the muscle, its group and its sources in full. */
    record Detail(Muscle muscle, MuscleGroup group, List<Source> sources) {}

    Detail json() {
        SourceNumbers numbers = new SourceNumbers(atlas);
        numbers.cite(muscle.citedSources());
        return new Detail(muscle, group, numbers.cited());
    }

    void print(PrintWriter out) {
        SourceNumbers numbers = new SourceNumbers(atlas);
        out.println(muscle.name() + " (" + muscle.id() + ")");
        if (!muscle.aliases().isEmpty()) {
            out.println("Also called: " + String.join(", ", muscle.aliases()));
        }
        out.println("Group: " + group.name() + " (" + group.id() + ")   Role: "
                + (muscle.role().id().equals("primary") ? "primary mover" : "supporting") + "   Region: "
                + muscle.region().id());
        out.println();
        Text.wrap("Where: " + muscle.location() + " " + numbers.cite(muscle.sources()), "")
                .forEach(out::println);
        out.println("Joint actions: "
                + muscle.actions().stream()
                        .map(a -> a.id().replace('-', ' ') + " (" + a.joint().id() + ")")
                        .collect(Collectors.joining(", ")));
        out.println();
        out.println("In the stride");
        muscle.phases().stream().sorted(Comparator.comparing(PhaseWork::phase)).forEach(work -> {
            // "  %-18s %-8s %-11s" without a Formatter, which this command would otherwise load for it alone
            String heading = "  " + Text.pad(work.phase().displayName(), 18) + " "
                    + Text.pad(
                            work.phase().nominalStartPercent() + "-"
                                    + work.phase().nominalEndPercent() + "%",
                            8)
                    + " " + Text.pad(work.contraction().id(), 11);
            out.println(heading);
            Text.wrap(work.function() + " " + numbers.cite(work.sources()), "      ")
                    .forEach(out::println);
        });
        printClaims(out, "Signs of weakness", muscle.weaknessSigns(), numbers);
        printClaims(out, "Soreness and injuries", muscle.injuries(), numbers);
        out.println();
        numbers.cite(muscle.citedSources());
        numbers.printReferences(out);
        out.println();
        out.println("Phase windows are nominal for steady running near 3.5 m/s; "
                + "'runmuscle gait' explains each phase.");
    }

    private static void printClaims(PrintWriter out, String heading, List<Claim> claims, SourceNumbers numbers) {
        out.println();
        out.println(heading);
        if (claims.isEmpty()) {
            out.println("  None recorded: the sources say nothing specific here.");
        }
        for (Claim claim : claims) {
            List<String> lines = Text.wrap(claim.text() + " " + numbers.cite(claim.sources()), "    ");
            out.println("  - " + lines.get(0).strip());
            lines.subList(1, lines.size()).forEach(out::println);
        }
    }
}
