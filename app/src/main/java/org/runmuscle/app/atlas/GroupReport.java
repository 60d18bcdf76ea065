package org.runmuscle.app.atlas;

import java.io.PrintWriter;
import java.util.List;
import org.runmuscle.app.output.SourceNumbers;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.atlas.MuscleGroup;
import org.runmuscle.core.atlas.Source;

/** A muscle group: what it does in running, and its muscles phase by phase. */
final class GroupReport {
    private final Atlas atlas;
    private final Lookup.OfGroup found;

    GroupReport(Atlas atlas, Lookup.OfGroup found) {
        this.atlas = atlas;
        this.found = found;
    }

    /** The JSON shape: the group, its muscles and the sources of the group summary. */
    record Detail(MuscleGroup group, List<Muscle> muscles, List<Source> sources) {}

    Detail json() {
        SourceNumbers numbers = new SourceNumbers(atlas);
        numbers.cite(found.group().sources());
        return new Detail(found.group(), found.muscles(), numbers.cited());
    }

    void print(PrintWriter out) {
        MuscleGroup group = found.group();
        SourceNumbers numbers = new SourceNumbers(atlas);
        out.println(group.name() + " (" + group.id() + ")"
                + (group.aliases().isEmpty() ? "" : "   also called: " + String.join(", ", group.aliases())));
        out.println();
        Text.wrap(group.summary() + " " + numbers.cite(group.sources()), "").forEach(out::println);
        out.println();
        PhaseGrid.print(out, found.muscles());
        out.println();
        numbers.printReferences(out);
        out.println();
        out.println("Run 'runmuscle muscle ID' for one muscle in full, e.g. 'runmuscle muscle "
                + found.muscles().get(0).id() + "'.");
    }
}
