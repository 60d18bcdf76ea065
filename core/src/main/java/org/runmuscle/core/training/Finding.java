package org.runmuscle.core.training;

import java.util.List;

/**
 * What a self-test revealed: which muscles it implicates, why, how sure, where that comes from,
 * and what to do about it.
 *
 * @param id         stable kebab-case id (also accepted by the planner's {@code --finding})
 * @param title      one line for a runner
 * @param muscles    atlas muscle ids implicated
 * @param why        the reasoning in plain words
 * @param confidence how sure
 * @param sources    source ids
 * @param advice     what to do
 * @param exercises  exercise ids that address it, best first
 * @param side       "left", "right" or "" when it is not one-sided
 */
public record Finding(
        String id,
        String title,
        List<String> muscles,
        String why,
        Confidence confidence,
        List<String> sources,
        String advice,
        List<String> exercises,
        String side) {
    public Finding {
        muscles = List.copyOf(muscles);
        sources = List.copyOf(sources);
        exercises = List.copyOf(exercises);
        side = side == null ? "" : side;
    }
}
