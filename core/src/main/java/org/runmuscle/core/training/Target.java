package org.runmuscle.core.training;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A muscle an exercise trains.
 *
 * @param muscle            atlas muscle id
 * @param primary           a main target (true) or a helper (false)
 * @param activationPercent measured activation, % of maximal voluntary isometric contraction, when
 *                          a study in the evidence base measured it for this exercise
 * @param sources           where the activation (or the claim that it trains this muscle) comes from
 */
public record Target(String muscle, boolean primary, OptionalDouble activationPercent, List<String> sources) {
    public Target {
        Objects.requireNonNull(muscle, "muscle");
        activationPercent = activationPercent == null ? OptionalDouble.empty() : activationPercent;
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (activationPercent.isPresent() && sources.isEmpty()) {
            throw new IllegalArgumentException("a measured activation of " + muscle + " needs its source");
        }
    }
}
