package org.runmuscle.app.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.StrengthLoad;
import org.runmuscle.store.MuscleLoad;
import org.runmuscle.store.StrengthSet;

/** A session's sets' work, summed per muscle, as the rows the history stores. */
public final class StrengthLoads {
    private StrengthLoads() {}

    /**
     * The loads of {@code sets} done by a body of {@code massKg}, each set's exercise found by its id
     * in {@code exercises}: what a logged, a watch's and a restored session all store.
     */
    public static List<MuscleLoad> of(
            StrengthLoad model, List<StrengthSet> sets, Function<String, Exercise> exercises, double massKg) {
        List<StrengthLoad.Work> work = new ArrayList<>();
        for (StrengthSet set : sets) {
            work.addAll(model.of(exercises.apply(set.exercise()), set.reps(), set.seconds(), set.loadKg(), massKg));
        }
        return summed(work);
    }

    private static List<MuscleLoad> summed(List<StrengthLoad.Work> work) {
        return StrengthLoad.sum(work).values().stream()
                .map(w -> new MuscleLoad(
                        w.muscle(),
                        w.loadBwSeconds(),
                        w.concentricBwSeconds(),
                        w.eccentricBwSeconds(),
                        w.isometricBwSeconds(),
                        w.damagingBwSeconds()))
                .toList();
    }
}
