package org.runmuscle.core.training.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Finding;

/** Moves a block's exercises to their harder variations for the next block, where that is allowed and fits. */
final class HarderVariations {
    private final Atlas atlas;
    private final ExerciseCatalog catalog;

    HarderVariations(Atlas atlas, ExerciseCatalog catalog) {
        this.atlas = atlas;
        this.catalog = catalog;
    }

    /** A new block: each exercise moves to its harder variation when that is allowed and still fits. */
    List<List<WeekBuilder.Choice>> harder(
            List<List<WeekBuilder.Choice>> block,
            List<TrainingDays.Slot> slots,
            List<Exercise> candidates,
            int secondsPerSession,
            WeekBuilder builder,
            List<Finding> findings) {
        List<List<WeekBuilder.Choice>> next = new ArrayList<>();
        for (int s = 0; s < block.size(); s++) {
            List<WeekBuilder.Choice> session = new ArrayList<>(block.get(s));
            TrainingDays.Slot slot = slots.get(s);
            for (int i = 0; i < session.size(); i++) {
                WeekBuilder.Choice choice = session.get(i);
                Optional<Exercise> harder = catalog.byId(choice.exercise().harder())
                        .filter(candidates::contains)
                        .filter(e -> builder.allowed(e, slot))
                        .filter(e ->
                                session.stream().noneMatch(c -> c.exercise().equals(e)));
                if (harder.isPresent()) {
                    List<WeekBuilder.Choice> trial = new ArrayList<>(session);
                    trial.set(i, new WeekBuilder.Choice(harder.get(), choice.sets(), choice.main()));
                    if (builder.used(trial) <= secondsPerSession
                            && sameGroups(choice.exercise(), harder.get())
                            && sameFindings(choice.exercise(), harder.get(), findings)) {
                        session.set(i, trial.get(i));
                    }
                }
            }
            next.add(session);
        }
        return next;
    }

    /** ... and keep working every finding the easier one worked (a hip hike's harder form may not). */
    private static boolean sameFindings(Exercise from, Exercise to, List<Finding> findings) {
        return findings.stream().filter(f -> WeekPlacement.works(f, from)).allMatch(f -> WeekPlacement.works(f, to));
    }

    /** A harder variation must keep training the primary groups the easier one covered. */
    private boolean sameGroups(Exercise from, Exercise to) {
        return from.primaryGroups(atlas).stream().allMatch(to.primaryGroups(atlas)::contains);
    }
}
