package org.runmuscle.core.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.runmuscle.core.atlas.Contraction;

/**
 * A watch's exercise categories (the FIT profile's {@code exercise_category}) as exercises the load
 * model knows: the catalog's where one fits the category, else one made from the muscles the
 * category's movements train; within a category, an exercise name the catalog has counts as that
 * exercise (squat 37, goblet squat). The mapping is data ({@code watch-exercises.json}).
 */
public final class WatchExercises {
    /** Tempo of a made exercise: a controlled lowering and lift. Estimated. */
    static final String MADE_TEMPO = "2-0-1-0";

    private record Entry(
            String name,
            boolean ignore,
            String exercise,
            String loaded,
            String bodyWeight,
            Exercise made,
            Map<Integer, String> names) {}

    /**
     * A catalog exercise as a watch knows it: the profile's exercise category and, where the profile
     * has its twin, the exercise name within it (-1: the watch shows the category's name).
     */
    public record Garmin(int category, int name) {
        public boolean named() {
            return name >= 0;
        }
    }

    private final Map<Integer, Entry> entries;
    private final ExerciseCatalog catalog;
    private final Map<String, Garmin> toWatch;

    private WatchExercises(Map<Integer, Entry> entries, ExerciseCatalog catalog, Map<String, Garmin> toWatch) {
        this.entries = Map.copyOf(entries);
        this.catalog = catalog;
        this.toWatch = Map.copyOf(toWatch);
    }

    public static WatchExercises load(ExerciseCatalog catalog) {
        try (InputStream in = WatchExercises.class.getResourceAsStream("watch-exercises.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Integer, Entry> entries = new HashMap<>();
            for (JsonNode c : root.get("categories")) {
                int id = c.get("id").asInt();
                String name = c.get("name").asText();
                String exercise = c.path("exercise").asText("");
                Entry entry = new Entry(
                        name,
                        c.path("ignore").asBoolean(false),
                        exercise,
                        c.path("loaded").asText(exercise),
                        c.path("bodyWeight").asText(exercise),
                        c.has("muscles") ? made(id, name, c, catalog) : null,
                        names(c.path("names")));
                List<String> named = new ArrayList<>(List.of(entry.exercise(), entry.loaded(), entry.bodyWeight()));
                named.addAll(entry.names().values());
                for (String exerciseId : named) {
                    if (!exerciseId.isEmpty() && catalog.byId(exerciseId).isEmpty()) {
                        throw new IllegalStateException(
                                "watch category " + id + " names unknown exercise " + exerciseId);
                    }
                }
                if (!entry.ignore() && entry.exercise().isEmpty() && entry.made() == null) {
                    throw new IllegalStateException("watch category " + id + " maps to nothing");
                }
                entries.put(id, entry);
            }
            Map<String, Garmin> toWatch = new HashMap<>();
            root.path("catalog").fields().forEachRemaining(e -> {
                JsonNode name = e.getValue().path("name");
                toWatch.put(
                        e.getKey(),
                        new Garmin(e.getValue().path("category").asInt(), name.isInt() ? name.asInt() : -1));
            });
            for (Exercise exercise : catalog.all()) {
                Garmin garmin = toWatch.get(exercise.id());
                if (garmin == null || !entries.containsKey(garmin.category())) {
                    throw new IllegalStateException("watch-exercises.json maps catalog exercise " + exercise.id()
                            + " to no category the profile has");
                }
            }
            return new WatchExercises(entries, catalog, toWatch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, String> names(JsonNode names) {
        Map<Integer, String> byNumber = new HashMap<>();
        names.fields()
                .forEachRemaining(e ->
                        byNumber.put(Integer.parseInt(e.getKey()), e.getValue().asText()));
        return byNumber;
    }

    private static Exercise made(int id, String name, JsonNode c, ExerciseCatalog catalog) {
        List<Target> targets = new ArrayList<>();
        c.get("muscles").forEach(m -> targets.add(new Target(m.asText(), true, OptionalDouble.empty(), List.of())));
        c.path("helpers").forEach(m -> targets.add(new Target(m.asText(), false, OptionalDouble.empty(), List.of())));
        for (Target t : targets) {
            if (catalog.atlas().muscle(t.muscle()).isEmpty()) {
                throw new IllegalStateException("watch category " + id + " names unknown muscle " + t.muscle());
            }
        }
        String label = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new Exercise(
                id(name),
                label + " (from a watch)",
                Category.STRENGTH,
                List.of(Equipment.NONE),
                Level.BEGINNER,
                false,
                Contraction.CONCENTRIC,
                false,
                targets,
                List.of("Recorded by a watch as '" + name + "'."),
                List.of(),
                List.of(),
                "",
                "",
                new Dose(3, 10, 0, MADE_TEMPO, 60),
                List.of("fit-profile"),
                List.of());
    }

    /** The id a made exercise is logged under: "watch-" and the category's name. */
    static String id(String name) {
        return "watch-" + name.replace(' ', '-');
    }

    /** The category and name a watch shows for a catalog exercise. */
    public Garmin garmin(Exercise exercise) {
        return toWatch.get(exercise.id());
    }

    /** Whether runmuscle knows the category. */
    public boolean known(int category) {
        return entries.containsKey(category);
    }

    /** Whether sets of the category are left out (warm-up, cardio, running: no strength load). */
    public boolean ignored(int category) {
        Entry entry = entries.get(category);
        return entry != null && entry.ignore();
    }

    /** The exercise a set of the category counts as, loaded or not; empty for unknown or ignored categories. */
    public Optional<Exercise> exercise(int category, boolean loaded) {
        return exercise(category, -1, loaded);
    }

    /**
     * The exercise a set of the category and exercise name ({@code subtype}, -1 for none) counts as:
     * the catalog's exercise of that name where the mapping has one, else the category's.
     */
    public Optional<Exercise> exercise(int category, int subtype, boolean loaded) {
        Entry entry = entries.get(category);
        if (entry == null || entry.ignore()) {
            return Optional.empty();
        }
        String named = entry.names().get(subtype);
        if (named != null) {
            return catalog.byId(named);
        }
        if (entry.made() != null) {
            return Optional.of(entry.made());
        }
        return catalog.byId(loaded ? entry.loaded() : entry.bodyWeight());
    }

    /** The category's name in the FIT profile, for messages. */
    public Optional<String> name(int category) {
        return Optional.ofNullable(entries.get(category)).map(Entry::name);
    }
}
