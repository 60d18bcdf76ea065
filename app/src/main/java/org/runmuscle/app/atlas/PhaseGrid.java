package org.runmuscle.app.atlas;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.atlas.PhaseWork;
import org.runmuscle.core.gait.GaitPhase;

/**
 * The muscles table: one row per muscle, one column per gait phase, a letter for how it contracts
 * there. A runner scans down a column to see who works at that moment of the stride.
 */
final class PhaseGrid {
    private static final Map<GaitPhase, String> HEADINGS = Map.of(
            GaitPhase.INITIAL_CONTACT,
            "IC",
            GaitPhase.LOADING_RESPONSE,
            "LR",
            GaitPhase.MIDSTANCE,
            "MS",
            GaitPhase.PROPULSION,
            "PO",
            GaitPhase.FLOAT,
            "FL",
            GaitPhase.EARLY_SWING,
            "ES",
            GaitPhase.MID_SWING,
            "SW",
            GaitPhase.LATE_SWING,
            "LS");
    private static final Map<Contraction, String> LETTERS =
            Map.of(Contraction.CONCENTRIC, "C", Contraction.ECCENTRIC, "E", Contraction.ISOMETRIC, "I");

    private PhaseGrid() {}

    static void print(PrintWriter out, List<Muscle> muscles) {
        int idWidth = Math.max(
                        6, muscles.stream().mapToInt(m -> m.id().length()).max().orElse(0))
                + 2;
        int groupWidth = Math.max(
                        5,
                        muscles.stream().mapToInt(m -> m.group().length()).max().orElse(0))
                + 2;
        StringBuilder header =
                new StringBuilder(Text.pad("MUSCLE", idWidth) + Text.pad("GROUP", groupWidth) + Text.pad("ROLE", 12));
        for (GaitPhase phase : GaitPhase.values()) {
            header.append(Text.pad(HEADINGS.get(phase), 4));
        }
        out.println(header.toString().stripTrailing());
        for (Muscle muscle : muscles) {
            StringBuilder row = new StringBuilder(Text.pad(muscle.id(), idWidth)
                    + Text.pad(muscle.group(), groupWidth)
                    + Text.pad(muscle.role().id(), 12));
            for (GaitPhase phase : GaitPhase.values()) {
                row.append(Text.pad(letter(muscle, phase), 4));
            }
            out.println(row.toString().stripTrailing());
        }
        out.println();
        out.println(muscles.size() + (muscles.size() == 1 ? " muscle" : " muscles")
                + ". Phases: IC initial contact, LR loading response, MS midstance, PO propulsion/toe-off, FL float,");
        out.println(
                "ES early swing, SW mid swing, LS late swing. C concentric, E eccentric, I isometric, . not working.");
    }

    /** One letter per gait phase in cycle order: "EE.C...E". */
    static String letters(Muscle muscle) {
        StringBuilder letters = new StringBuilder();
        for (GaitPhase phase : GaitPhase.values()) {
            letters.append(letter(muscle, phase));
        }
        return letters.toString();
    }

    private static String letter(Muscle muscle, GaitPhase phase) {
        return muscle.phases().stream()
                .filter(w -> w.phase() == phase)
                .map(PhaseWork::contraction)
                .map(LETTERS::get)
                .findFirst()
                .orElse(".");
    }
}
