package org.runmuscle.app.exercises;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.runmuscle.app.atlas.AtlasNames;
import org.runmuscle.app.cli.EquipmentOption;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.SourceNumbers;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.text.Closest;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;

/**
 * The exercise catalog feature: choosing exercises by muscle and equipment, finding one by id.
 * The {@code exercises} and {@code exercise} commands and the exercise routes both call it.
 */
public final class ExerciseService {
    private final Atlas atlas;
    private final ExerciseCatalog catalog;

    public ExerciseService(Atlas atlas, ExerciseCatalog catalog) {
        this.atlas = atlas;
        this.catalog = catalog;
    }

    /** With the catalog loaded from the jar. */
    public static ExerciseService load(Atlas atlas) {
        return new ExerciseService(atlas, ExerciseCatalog.load(atlas));
    }

    public Atlas atlas() {
        return atlas;
    }

    /**
     * The catalog, only what trains {@code muscle} (a muscle or group by any name) and needs only {@code equipment}.
     */
    public List<Exercise> select(Optional<String> muscle, Optional<String> equipment) {
        List<Exercise> exercises = catalog.all();
        if (muscle.isPresent()) {
            Lookup found = AtlasNames.muscleOrGroup(atlas, muscle.get());
            String id = found instanceof Lookup.OfMuscle m
                    ? m.muscle().id()
                    : ((Lookup.OfGroup) found).group().id();
            exercises = catalog.training(id);
        }
        if (equipment.isPresent()) {
            Set<Equipment> available = EquipmentOption.parse(equipment.get());
            exercises =
                    exercises.stream().filter(e -> e.possibleWith(available)).toList();
        }
        return exercises;
    }

    /** An exercise by its id as typed: case and punctuation do not matter. */
    public Optional<Exercise> find(String typed) {
        return catalog.byId(key(typed));
    }

    /** The three ids closest to what was typed, for a refusal. */
    public List<String> closest(String typed) {
        return Closest.of(key(typed), catalog.all().stream().map(Exercise::id).toList(), 3);
    }

    /** The JSON of {@code exercise ID --format json}: the exercise and the sources it cites (field names are API). */
    public Object json(Exercise exercise) {
        SourceNumbers numbers = new SourceNumbers(atlas);
        exercise.targets().forEach(t -> numbers.cite(t.sources()));
        exercise.evidence().forEach(c -> numbers.cite(c.sources()));
        numbers.cite(exercise.sources());
        return Json.object("exercise", exercise, "sources", numbers.cited());
    }

    private static String key(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
