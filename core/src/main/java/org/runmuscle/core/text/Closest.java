package org.runmuscle.core.text;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks names by how close they come to what someone typed: names containing it (or contained
 * in it) first, then by edit distance to the name or to its beginning, so that a typo at the
 * start of a long name ("glutus" for "gluteus-medius") still counts as near. Written here rather
 * than taken from a text library: it is a few lines and the lists are a few hundred names.
 */
public final class Closest {
    private Closest() {}

    /** Up to {@code limit} candidates, closest first. */
    public static List<String> of(String typed, List<String> candidates, int limit) {
        return candidates.stream().sorted(order(typed)).limit(limit).toList();
    }

    /** The ordering itself, for callers that rank entries of their own. */
    public static Comparator<String> order(String typed) {
        return Comparator.comparingInt((String name) -> overlaps(name, typed) ? 0 : 1)
                .thenComparingInt(name -> prefixDistance(name, typed))
                .thenComparingInt(name -> editDistance(name, typed))
                .thenComparing(name -> name);
    }

    private static boolean overlaps(String name, String typed) {
        return !typed.isEmpty() && (name.contains(typed) || name.length() > 3 && typed.contains(name));
    }

    private static int prefixDistance(String name, String typed) {
        int length = Math.min(name.length(), typed.length());
        return Math.min(editDistance(name, typed), editDistance(name.substring(0, length), typed));
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
