package org.runmuscle.core.atlas;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmuscle.core.text.Closest;

/**
 * Every name a runner might type (ids, anatomical names, lay aliases), normalised to a slug and
 * mapped to the canonical id of a muscle or group. It refuses a name that would mean two things,
 * so a lookup is never ambiguous.
 */
final class NameIndex {
    private final Map<String, String> idByName = new HashMap<>();

    void add(String canonicalId, String name) {
        String key = Slug.of(name);
        String previous = idByName.putIfAbsent(key, canonicalId);
        if (previous != null && !previous.equals(canonicalId)) {
            throw new AtlasDataException("name '" + name + "' would mean both " + previous + " and " + canonicalId);
        }
    }

    Optional<String> find(String typed) {
        return Optional.ofNullable(idByName.get(Slug.of(typed)));
    }

    /** Canonical ids whose names come closest to {@code typed} ({@link Closest}'s order), each once. */
    List<String> closest(String typed, int limit) {
        Comparator<String> byName = Closest.order(Slug.of(typed));
        Set<String> ids = new LinkedHashSet<>();
        idByName.entrySet().stream().sorted(Map.Entry.comparingByKey(byName)).forEachOrdered(e -> {
            if (ids.size() < limit) {
                ids.add(e.getValue());
            }
        });
        return List.copyOf(ids);
    }
}
