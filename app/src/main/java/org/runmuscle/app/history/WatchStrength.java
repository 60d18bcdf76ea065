package org.runmuscle.app.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.RecordedSet;
import org.runmuscle.core.training.StrengthLoad;
import org.runmuscle.core.training.WatchExercises;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.store.StrengthLog;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.StrengthSet;

/**
 * A watch's strength sets as a logged session: each set's exercise from its category
 * ({@link WatchExercises}), its per-muscle loads from {@link StrengthLoad}. A file whose sets cannot
 * be placed (no category, a category no profile defines, absurd numbers) is refused whole.
 */
final class WatchStrength {
    /** The same bounds as a set logged by hand. */
    static final int MAX_REPS = 100;

    static final double MAX_LOAD_KG = 500;
    static final double MAX_SET_SECONDS = 600;

    private final WatchExercises exercises;
    private final StrengthLoad model;

    WatchStrength(LoadModel model, ExerciseCatalog catalog) {
        this.exercises = WatchExercises.load(catalog);
        this.model = StrengthLoad.of(model);
    }

    /**
     * The session of a file's sets, dated by its start in {@code zone}; empty when every set is
     * warm-up or cardio.
     */
    Optional<StrengthLog.Entry> session(
            List<RecordedSet> recorded, Activity activity, String hash, ZoneId zone, double massKg, double minutes)
            throws ActivityFormatException {
        long missing = recorded.stream().filter(s -> s.category() < 0).count();
        if (missing > 0) {
            throw new ActivityFormatException(missing + " of its " + recorded.size() + " strength sets name no "
                    + "exercise category, so runmuscle cannot tell which muscles they worked; name the exercises on "
                    + "the watch or in Garmin Connect and export it again (nothing imported)");
        }
        List<StrengthSet> sets = new ArrayList<>();
        // a watch's own exercises (watch-curl) are not in the catalog: each set's exercise by its id
        Map<String, Exercise> byId = new HashMap<>();
        for (int i = 0; i < recorded.size(); i++) {
            RecordedSet set = recorded.get(i);
            int number = i + 1;
            if (!exercises.known(set.category())) {
                throw new ActivityFormatException("strength set " + number + " names exercise category "
                        + set.category() + ", which no FIT profile runmuscle knows defines (nothing imported)");
            }
            double kg = Double.isNaN(set.weightKg()) ? 0 : set.weightKg();
            Optional<Exercise> exercise = exercises.exercise(set.category(), set.subtype(), kg > 0);
            if (exercise.isEmpty()) {
                continue; // warm-up, cardio, running: no strength load
            }
            boolean held = set.repetitions() <= 0;
            double seconds = held ? set.seconds() : 0;
            if (set.repetitions() > MAX_REPS
                    || kg > MAX_LOAD_KG
                    || held && !(seconds > 0 && seconds <= MAX_SET_SECONDS)) {
                throw new ActivityFormatException("strength set " + number + " (" + set.repetitions() + " reps, " + kg
                        + " kg, " + set.seconds() + " s) is not a set a person lifts (nothing imported)");
            }
            int reps = held ? 0 : set.repetitions();
            sets.add(new StrengthSet(exercise.get().id(), reps, seconds, kg, Double.NaN, Double.NaN));
            byId.put(exercise.get().id(), exercise.get());
        }
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        Instant start = activity.startTime();
        StrengthSession session = new StrengthSession(
                0,
                start.atZone(zone).toLocalDate().toEpochDay(),
                Optional.of(start),
                Math.max(1, minutes),
                Double.NaN,
                "fit",
                OptionalLong.empty(),
                hash,
                "",
                massKg,
                StrengthLoad.VERSION,
                sets);
        return Optional.of(new StrengthLog.Entry(session, StrengthLoads.of(model, sets, byId::get, massKg)));
    }
}
