package org.runmuscle.core.atlas;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.runmuscle.core.gait.GaitPhase;

/**
 * Every muscle running uses, grouped, with its work in each gait phase and the sources of each
 * claim. Immutable; {@link #load()} gives the one in {@code muscles.json} and {@code sources.json} on
 * the classpath, with every reference checked.
 */
public final class Atlas {
    private static final int SUGGESTIONS = 3;
    private static volatile Atlas shipped;

    private final List<MuscleGroup> groups;
    private final List<Muscle> muscles;
    private final List<Source> sources;
    private final Map<String, MuscleGroup> groupsById;
    private final Map<String, Muscle> musclesById;
    private final Map<String, Source> sourcesById;
    private final NameIndex names = new NameIndex();

    private Atlas(List<MuscleGroup> groups, List<Muscle> muscles, List<Source> sources) {
        this.groups = List.copyOf(groups);
        this.muscles = List.copyOf(muscles);
        this.sources = List.copyOf(sources);
        this.groupsById = byId(groups, MuscleGroup::id, "group");
        this.musclesById = byId(muscles, Muscle::id, "muscle");
        this.sourcesById = byId(sources, Source::id, "source");
        checkReferences();
        indexNames();
    }

    /**
     * The atlas shipped with runmuscle: the build's snapshot of it ({@link AtlasSnapshot}), or the
     * JSON where no build has written one (a run from an IDE's own output folder).
     */
    public static Atlas load() {
        Atlas atlas = shipped;
        return atlas != null ? atlas : loadOnce();
    }

    /**
     * Reads the shipped atlas the first time it is asked for. It never changes while the program
     * runs, and a command that starts reading it early on another thread (the CLI's warm-up) hands
     * its copy to the command itself, which waits here for it.
     */
    private static synchronized Atlas loadOnce() {
        if (shipped == null) {
            InputStream snapshot = Atlas.class.getResourceAsStream(AtlasSnapshot.RESOURCE);
            shipped = snapshot != null ? AtlasSnapshot.read(snapshot) : fromJson();
        }
        return shipped;
    }

    /** The atlas read from {@code muscles.json} and {@code sources.json}, checked. */
    static Atlas fromJson() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        AtlasFile atlasFile = read(json, "muscles.json", new TypeReference<>() {});
        List<Source> sources = read(json, "sources.json", new TypeReference<>() {});
        Atlas atlas = of(atlasFile.groups(), atlasFile.muscles(), sources);
        for (String group : Groups.PRIMARY) {
            if (atlas.group(group).isEmpty()) {
                throw new AtlasDataException("muscles.json has no group '" + group + "', which the code names");
            }
        }
        return atlas;
    }

    /** An atlas from values, checked as {@link #load()} checks the shipped one. */
    public static Atlas of(List<MuscleGroup> groups, List<Muscle> muscles, List<Source> sources) {
        return new Atlas(groups, muscles, sources);
    }

    /** The layout of {@code muscles.json}. */
    record AtlasFile(List<MuscleGroup> groups, List<Muscle> muscles) {}

    private static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
        try (InputStream in = Atlas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AtlasDataException("atlas resource " + resource + " is missing from the classpath");
            }
            return json.readValue(in, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new AtlasDataException("atlas resource " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T value : values) {
            if (map.putIfAbsent(id.apply(value), value) != null) {
                throw new AtlasDataException("duplicate " + what + " id '" + id.apply(value) + "'");
            }
        }
        return map;
    }

    private void checkReferences() {
        for (MuscleGroup group : groups) {
            for (String id : group.sources()) {
                requireSource(id, "group " + group.id());
            }
        }
        for (Muscle muscle : muscles) {
            if (!groupsById.containsKey(muscle.group())) {
                throw new AtlasDataException("muscle " + muscle.id() + " names unknown group '" + muscle.group() + "'");
            }
            for (String id : muscle.citedSources()) {
                requireSource(id, "muscle " + muscle.id());
            }
        }
        Set<String> withMuscles = new HashSet<>();
        for (Muscle muscle : muscles) {
            withMuscles.add(muscle.group());
        }
        for (MuscleGroup group : groups) {
            if (!withMuscles.contains(group.id())) {
                throw new AtlasDataException("group " + group.id() + " has no muscles");
            }
        }
    }

    private void requireSource(String id, String where) {
        if (!sourcesById.containsKey(id)) {
            throw new AtlasDataException(where + " cites unknown source '" + id + "'");
        }
    }

    private void indexNames() {
        for (MuscleGroup group : groups) {
            names.add(group.id(), group.id());
            names.add(group.id(), group.name());
            for (String alias : group.aliases()) {
                names.add(group.id(), alias);
            }
        }
        for (Muscle muscle : muscles) {
            names.add(muscle.id(), muscle.id());
            names.add(muscle.id(), muscle.name());
            for (String alias : muscle.aliases()) {
                names.add(muscle.id(), alias);
            }
        }
    }

    public List<MuscleGroup> groups() {
        return groups;
    }

    public List<Muscle> muscles() {
        return muscles;
    }

    public List<Source> sources() {
        return sources;
    }

    public Optional<Muscle> muscle(String id) {
        return Optional.ofNullable(musclesById.get(id));
    }

    public Optional<MuscleGroup> group(String id) {
        return Optional.ofNullable(groupsById.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** The muscles of a group, in atlas order; empty for an unknown group. */
    public List<Muscle> musclesOf(String groupId) {
        return muscles.stream().filter(m -> m.group().equals(groupId)).collect(Collectors.toUnmodifiableList());
    }

    /** For each gait phase in cycle order, the muscles that work in it. */
    public Map<GaitPhase, List<Muscle>> musclesByPhase() {
        Map<GaitPhase, List<Muscle>> byPhase = new LinkedHashMap<>();
        for (GaitPhase phase : GaitPhase.values()) {
            List<Muscle> working = new ArrayList<>();
            muscles.stream().filter(m -> m.worksIn(phase)).forEach(working::add);
            byPhase.put(phase, List.copyOf(working));
        }
        return byPhase;
    }

    /**
     * Resolves what a runner typed: a muscle id, name or alias ({@code "glute med"}), or a group id,
     * name or alias ({@code "quads"}). Case, spaces and punctuation do not matter.
     */
    public Lookup lookup(String typed) {
        Optional<String> id = names.find(typed);
        if (id.isEmpty()) {
            return new Lookup.NotFound(typed, names.closest(typed, SUGGESTIONS));
        }
        Muscle muscle = musclesById.get(id.get());
        if (muscle != null) {
            return new Lookup.OfMuscle(muscle);
        }
        MuscleGroup group = groupsById.get(id.get());
        return new Lookup.OfGroup(group, musclesOf(group.id()));
    }
}
