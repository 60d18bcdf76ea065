package org.runmuscle.app.history;

import java.util.List;
import org.runmuscle.core.training.StrengthLoad;
import org.runmuscle.store.MuscleLoad;

/** A session's sets' work, summed per muscle, as the rows the history stores. */
public final class StrengthLoads {
    private StrengthLoads() {}

    public static List<MuscleLoad> of(List<StrengthLoad.Work> work) {
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
