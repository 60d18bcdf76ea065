package org.runmuscle.core.atlas;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Canonical ids whose names come closest to {@code typed}: names containing it or contained
     * in it first, then by edit distance. Written here rather than taken from a text library: it is
     * twenty lines and the atlas has a few hundred names.
     */
    List<String> closest(String typed, int limit) {
        String query = Slug.of(typed);
        Comparator<Map.Entry<String, String>> byCloseness = Comparator
                .comparingInt((Map.Entry<String, String> e) -> overlaps(e.getKey(), query) ? 0 : 1)
                .thenComparingInt(e -> prefixDistance(e.getKey(), query))
                .thenComparingInt(e -> editDistance(e.getKey(), query))
                .thenComparing(Map.Entry::getValue);
        Set<String> ids = new LinkedHashSet<>();
        idByName.entrySet().stream().sorted(byCloseness).forEachOrdered(e -> {
            if (ids.size() < limit) {
                ids.add(e.getValue());
            }
        });
        return List.copyOf(ids);
    }

    /**
     * A typo in the start of a long name ("glutus" for "gluteus-medius") should count as near;
     * plain edit distance would rank short unrelated aliases ("lats") closer.
     */
    private static int prefixDistance(String name, String query) {
        int length = Math.min(name.length(), query.length());
        return Math.min(editDistance(name, query), editDistance(name.substring(0, length), query));
    }

    /** A name containing the query, or contained in it, if the name is not a tiny abbreviation. */
    private static boolean overlaps(String name, String query) {
        return !query.isEmpty() && (name.contains(query) || name.length() > 3 && query.contains(name));
    }

    /** Levenshtein distance with two rolling rows. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
