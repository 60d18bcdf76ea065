package org.runmuscle.core.training.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which days of the week get strength sessions, and which of them may be heavy.
 *
 * <p>A heavy lower-body session never falls on a hard-run day or the day before one, so the legs
 * are fresh for the hard run; sessions are spread as evenly as possible (heavy sessions at least
 * 48 hours apart where the week allows); with run days given, days without a run are preferred
 * for strength when all else is equal. Among equally good choices the earliest days win, so the
 * choice is deterministic.
 */
final class TrainingDays {
    /**
     * A chosen day, whether a heavy lower-body session may go there, and whether a hard run follows
     * the next day (then no plyometric or eccentric-heavy work either: both leave the legs sore and
     * slower for a day or two, which is what a hard run must not meet).
     */
    record Slot(DayOfWeek day, boolean heavyAllowed, boolean beforeHard) {}

    private TrainingDays() {}

    static List<Slot> choose(int sessions, Set<DayOfWeek> runDays, Set<DayOfWeek> hardDays, int heavyWanted) {
        Set<DayOfWeek> heavyOk = EnumSet.allOf(DayOfWeek.class);
        for (DayOfWeek hard : hardDays) {
            heavyOk.remove(hard);
            heavyOk.remove(hard.minus(1));
        }
        List<DayOfWeek> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (List<DayOfWeek> days : combinations(sessions)) {
            long heavyDays = days.stream().filter(heavyOk::contains).count();
            long hardChosen = days.stream().filter(hardDays::contains).count();
            long runChosen = days.stream().filter(runDays::contains).count();
            double score = 1000 * Math.min(heavyDays, heavyWanted) - 100 * hardChosen + 10 * minGap(days) - runChosen;
            if (score > bestScore) {
                bestScore = score;
                best = days;
            }
        }
        List<Slot> slots = new ArrayList<>();
        int heavyLeft = heavyWanted;
        for (DayOfWeek day : spreadHeavy(best, heavyOk, heavyWanted)) {
            boolean heavy = heavyLeft > 0 && heavyOk.contains(day);
            if (heavy) {
                heavyLeft--;
            }
            slots.add(new Slot(day, heavy, hardDays.contains(day.plus(1))));
        }
        slots.sort((a, b) -> a.day().compareTo(b.day()));
        return slots;
    }

    /** The heavy-eligible days first, taken alternately so heavy sessions fall apart from each other. */
    private static List<DayOfWeek> spreadHeavy(List<DayOfWeek> days, Set<DayOfWeek> heavyOk, int heavyWanted) {
        List<DayOfWeek> eligible = days.stream().filter(heavyOk::contains).toList();
        List<DayOfWeek> order = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i += 2) {
            order.add(eligible.get(i));
        }
        for (int i = 1; i < eligible.size(); i += 2) {
            order.add(eligible.get(i));
        }
        days.stream().filter(d -> !heavyOk.contains(d)).forEach(order::add);
        return order;
    }

    /** The smallest distance in days between two chosen days, around the week. */
    static int minGap(List<DayOfWeek> days) {
        if (days.size() < 2) {
            return 7;
        }
        int min = 7;
        for (int i = 0; i < days.size(); i++) {
            int a = days.get(i).getValue();
            int b = days.get((i + 1) % days.size()).getValue();
            int gap = Math.floorMod(b - a, 7);
            min = Math.min(min, gap == 0 ? 7 : gap);
        }
        return min;
    }

    private static List<List<DayOfWeek>> combinations(int k) {
        List<List<DayOfWeek>> all = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        for (int mask = 0; mask < 1 << 7; mask++) {
            if (Integer.bitCount(mask) != k) {
                continue;
            }
            List<DayOfWeek> chosen = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                if ((mask & 1 << d) != 0) {
                    chosen.add(days[d]);
                }
            }
            all.add(chosen);
        }
        all.sort((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return all;
    }
}
