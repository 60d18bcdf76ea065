package org.runmuscle.core.load;

import java.util.List;

/** The force bursts of one muscle over the cycle, as {@code muscle-forces.json} lists them. */
public record MuscleForces(String muscle, List<ForceBurst> bursts) {
    public MuscleForces {
        if (muscle == null || bursts == null || bursts.isEmpty()) {
            throw new IllegalArgumentException("a muscle's forces need its id and at least one burst");
        }
        bursts = List.copyOf(bursts);
    }
}
