package org.runmuscle.app.history;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;

/** A stored activity made whole again from its samples, for showing or re-analysing it. */
final class StoredRuns {
    private StoredRuns() {}

    static Activity activity(HistoryStore store, StoredActivity stored, double massKg) {
        DeviceTotals timing = new DeviceTotals(
                stored.elapsedSeconds(),
                stored.movingSeconds(),
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN);
        return new Activity(
                Sport.valueOf(stored.sport().toUpperCase(Locale.ROOT)),
                stored.startTime(),
                store.samples(stored.id()),
                OptionalDouble.empty(),
                timing,
                stored.device(),
                OptionalDouble.of(massKg),
                List.of(),
                stored.name());
    }
}
