package org.runmuscle.core.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmuscle.core.atlas.Atlas;

/**
 * The exercises runmuscle prescribes, from {@code exercises.json}, checked against the atlas: every
 * target is an atlas muscle, every source resolves, every easier or harder variation exists.
 */
public final class ExerciseCatalog {
    private final Atlas atlas;
    private final Map<String, Exercise> byId;

    private ExerciseCatalog(Atlas atlas, List<Exercise> exercises) {
        this.atlas = atlas;
        this.byId = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            if (byId.putIfAbsent(exercise.id(), exercise) != null) {
                throw new IllegalStateException("duplicate exercise id " + exercise.id());
            }
        }
        for (Exercise exercise : exercises) {
            check(exercise);
        }
    }

    /**
     * The shipped catalog, checked against {@code atlas}: the build's snapshot of it
     * ({@link CatalogSnapshot}), or the JSON where no build has written one.
     */
    public static ExerciseCatalog load(Atlas atlas) {
        InputStream snapshot = ExerciseCatalog.class.getResourceAsStream(CatalogSnapshot.RESOURCE);
        return of(atlas, snapshot != null ? CatalogSnapshot.read(snapshot) : fromJson());
    }

    static ExerciseCatalog of(Atlas atlas, List<Exercise> exercises) {
        return new ExerciseCatalog(atlas, exercises);
    }

    /** The exercises of {@code exercises.json}, through Jackson's data binding. */
    static List<Exercise> fromJson() {
        try (InputStream in = ExerciseCatalog.class.getResourceAsStream("exercises.json")) {
            return new ObjectMapper()
                    .registerModule(new Jdk8Module())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<List<Exercise>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("exercises.json is unreadable", e);
        }
    }

    private void check(Exercise exercise) {
        for (Target target : exercise.targets()) {
            if (atlas.muscle(target.muscle()).isEmpty()) {
                throw new IllegalStateException(exercise.id() + " targets unknown muscle " + target.muscle());
            }
            target.sources().forEach(id -> requireSource(exercise, id));
        }
        exercise.sources().forEach(id -> requireSource(exercise, id));
        exercise.evidence().forEach(claim -> claim.sources().forEach(id -> requireSource(exercise, id)));
        for (String variation : List.of(exercise.easier(), exercise.harder())) {
            if (!variation.isEmpty() && !byId.containsKey(variation)) {
                throw new IllegalStateException(exercise.id() + " names unknown variation " + variation);
            }
        }
    }

    private void requireSource(Exercise exercise, String id) {
        if (atlas.source(id).isEmpty()) {
            throw new IllegalStateException(exercise.id() + " cites unknown source " + id);
        }
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Exercise> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Exercises that train a muscle, or any muscle of a group, primary targets first. */
    public List<Exercise> training(String muscleOrGroup) {
        List<String> muscles = atlas.muscle(muscleOrGroup)
                .map(m -> List.of(m.id()))
                .orElseGet(() ->
                        atlas.musclesOf(muscleOrGroup).stream().map(m -> m.id()).toList());
        return byId.values().stream()
                .filter(e -> muscles.stream().anyMatch(e::trains))
                .sorted((a, b) -> Boolean.compare(
                        muscles.stream().anyMatch(b::trainsPrimarily),
                        muscles.stream().anyMatch(a::trainsPrimarily)))
                .toList();
    }

    /** Exercises possible with this equipment (body weight always counts as available). */
    public List<Exercise> possibleWith(Set<Equipment> equipment) {
        return byId.values().stream().filter(e -> e.possibleWith(equipment)).toList();
    }

    public Atlas atlas() {
        return atlas;
    }
}
