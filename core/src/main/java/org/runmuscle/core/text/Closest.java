package org.runmuscle.core.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks names by how close they come to what someone typed: names containing it (or contained
 * in it) first, then by edit distance to the name or to its beginning, so that a typo at the
 * start of a long name ("glutus" for "gluteus-medius") still counts as near. Written here rather
 * than taken from a text library: it is a few lines and the lists are a few hundred names.
 */
public final class Closest {
    /**
     * How much of what was typed is ranked: about twice the longest name suggested (an exercise's,
     * 32 characters). The edit distances cost the name's length times this, for every name: a muscle
     * name typed 100,000 characters long took 47 s to answer when the whole of it was ranked, and
     * past the names' length the distance only counts the surplus.
     */
    static final int RANKED_CHARACTERS = 64;

    private Closest() {}

    /** Up to {@code limit} candidates, closest first. */
    public static List<String> of(String typed, List<String> candidates, int limit) {
        return candidates.stream().sorted(order(typed)).limit(limit).toList();
    }

    /**
     * The ordering itself, for callers that rank entries of their own. Each name's distances are
     * worked out once, however often the sort compares it.
     */
    public static Comparator<String> order(String typed) {
        String ranked = typed.length() > RANKED_CHARACTERS ? typed.substring(0, RANKED_CHARACTERS) : typed;
        Map<String, Key> keys = new HashMap<>();
        return Comparator.comparing((String name) -> keys.computeIfAbsent(name, n -> Key.of(n, ranked)), Key.ORDER);
    }

    /** What a name is ranked by: whether it overlaps what was typed, then its two distances to it. */
    private record Key(String name, boolean overlapping, int toPrefix, int toWhole) {
        static final Comparator<Key> ORDER = Comparator.comparing((Key key) -> !key.overlapping)
                .thenComparingInt(Key::toPrefix)
                .thenComparingInt(Key::toWhole)
                .thenComparing(Key::name);

        static Key of(String name, String typed) {
            int whole = editDistance(name, typed);
            int length = Math.min(name.length(), typed.length());
            int prefix = Math.min(whole, editDistance(name.substring(0, length), typed));
            return new Key(name, overlaps(name, typed), prefix, whole);
        }
    }

    private static boolean overlaps(String name, String typed) {
        return !typed.isEmpty() && (name.contains(typed) || name.length() > 3 && typed.contains(name));
    }

    /** Levenshtein distance with two rolling rows. */
    public static int editDistance(String a, String b) {
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
