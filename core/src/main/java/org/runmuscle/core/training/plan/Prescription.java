package org.runmuscle.core.training.plan;

import java.util.List;

/**
 * One exercise in one session: what to do, how much, and why.
 *
 * @param id          exercise id
 * @param name        display name
 * @param sets        sets
 * @param reps        reps per set (per side when one-sided), 0 when timed
 * @param seconds     seconds per set (per side when one-sided), 0 when counted
 * @param perSide     one side at a time: the reps or seconds are for each side
 * @param tempo       lowering-pause-lifting-pause seconds, "fast" or "hold"
 * @param load        how heavy: an effort (RPE) or a share of the one-repetition maximum
 * @param restSeconds rest between sets
 * @param targets     muscles it trains, primary first
 * @param reason      why it is in the plan, in plain words
 * @param sources     source ids behind the choice
 */
public record Prescription(
        String id,
        String name,
        int sets,
        int reps,
        int seconds,
        boolean perSide,
        String tempo,
        String load,
        int restSeconds,
        List<String> targets,
        String reason,
        List<String> sources) {
    public Prescription {
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
    }
}
