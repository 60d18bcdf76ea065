package org.runmuscle.core.training;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Weekdays as runners type them: mon, tue, wed ... */
public final class Days {
    private Days() {}

    public static String id(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    public static Optional<DayOfWeek> byId(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d ->
                        key.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(key))
                .findFirst();
    }

    /** "1 run", "3 runs", "2 new activities": a consonant and y take -ies. */
    public static String plural(int count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        boolean consonantY =
                noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0;
        return count + " " + (consonantY ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    public static String ids(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(Days::id).collect(Collectors.joining(","));
    }
}
