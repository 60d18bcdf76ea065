package org.runmuscle.core.atlas;

import java.util.List;
import org.runmuscle.core.gait.GaitPhase;

/**
 * What a muscle does in one phase of the stride and how it contracts there.
 *
 * @param phase       the gait phase
 * @param contraction concentric, eccentric or isometric
 * @param function    what the work achieves, in plain words
 * @param sources     ids of the sources behind this statement
 */
public record PhaseWork(GaitPhase phase, Contraction contraction, String function, List<String> sources) {
    public PhaseWork {
        Checks.present(phase, "phase");
        Checks.present(contraction, "contraction");
        Checks.text(function, "phase function");
        sources = Checks.ids(sources, "phase sources");
    }
}
