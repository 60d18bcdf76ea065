package org.runmuscle.core.training.plan;

import org.runmuscle.core.training.Category;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Level;

/**
 * How an exercise's dose changes week to week. Plans run in blocks of four weeks: three building
 * weeks, then a lighter one with the same sets but about 30 % fewer reps or seconds and lower effort
 * (keeping the sets keeps the week's balance between muscle groups); after it, exercises move
 * to their harder variation where the runner's level and equipment allow it. The four-week wave is
 * an estimate borrowed from common strength programming; the evidence gives the frequency (2-3
 * sessions a week) and duration (6-20 weeks, at least 10 for running economy) it should fit in
 * (Blagrove 2018; Eihara 2022).
 */
final class Progression {
    static final int BLOCK_WEEKS = 4;

    private Progression() {}

    /** The starting sets for a runner's level: one fewer for beginners, one more for the advanced. */
    static int baseSets(Exercise exercise, Level level) {
        int sets = exercise.dose().sets();
        return switch (level) {
            case BEGINNER -> Math.max(2, sets - 1);
            case INTERMEDIATE -> sets;
            case ADVANCED -> Math.min(5, sets + 1);
        };
    }

    /**
     * Rest after a set of a main lift: heavy sets need long rests. Estimated from common strength
     * practice (2-3 minutes); the reviews give loads and frequency, not rests.
     */
    static final int MAIN_REST = 120;
    /** Beginners learn the lifts with moderate loads first: shorter rests suffice. Estimated. */
    static final int BEGINNER_MAIN_REST = 90;

    static int mainRest(Exercise exercise, Level level) {
        return Math.max(exercise.dose().restSeconds(), level == Level.BEGINNER ? BEGINNER_MAIN_REST : MAIN_REST);
    }

    /**
     * Main lifts in heavy sessions: 5-8 heavy reps, the same all block while the load rises (a
     * coach's rule: within a building block the dose never goes down); beginners do 10-12
     * controlled reps, more as the block goes on, to learn the movement before loading it.
     */
    static int mainReps(Exercise exercise, int week, boolean lighter, Level level) {
        if (exercise.dose().reps() == 0) {
            return 0;
        }
        if (level == Level.BEGINNER) {
            int base = Math.max(10, Math.min(12, exercise.dose().reps()));
            return lighter ? lighterOf(base) : base + Math.min(stage(week), 2);
        }
        int base = Math.min(8, Math.max(5, exercise.dose().reps()));
        return lighter ? lighterOf(base) : base;
    }

    /** Main lifts in heavy sessions are heavy whatever the exercise (Blagrove 2018: heavy resistance training). */
    static String mainLoad(Exercise exercise, int week, boolean lighter, int block, Level level) {
        if (lighter || exercise.category() == Category.HEAVY_STRENGTH) {
            return load(exercise, week, lighter, block);
        }
        if (level == Level.BEGINNER) {
            return "RPE 7: controlled reps, about 3 in reserve; add load once every rep is smooth";
        }
        String later = block > 0 ? "; start this block about 5 % heavier than the last" : "";
        int stage = stage(week);
        return (stage == 0
                        ? "RPE 7-8: heavy dumbbells or a loaded backpack, 2-3 reps in reserve"
                        : "RPE 8-9: heavy enough that 1-2 more reps would be the limit")
                + later;
    }

    static boolean lighter(int week, int totalWeeks) {
        return totalWeeks >= BLOCK_WEEKS && week % BLOCK_WEEKS == 0;
    }

    /** Week within its block, 0 to 3. */
    static int stage(int week) {
        return (week - 1) % BLOCK_WEEKS;
    }

    /** In a lighter week reps and holds drop to this share. Estimated, with the wave itself. */
    static final double LIGHTER_SHARE = 0.7;

    /** Reps for the week: strength work adds repetitions; heavy lifts keep theirs and add load. */
    static int reps(Exercise exercise, int week, boolean lighter) {
        int base = exercise.dose().reps();
        if (base == 0) {
            return 0;
        }
        if (lighter) {
            return lighterOf(base);
        }
        int stage = Math.min(stage(week), 2);
        return switch (exercise.category()) {
            case HEAVY_STRENGTH -> base;
            case PLYOMETRIC -> base + stage * 2;
            default -> Math.min(25, base + stage * 2);
        };
    }

    /** Seconds for timed work: five more each building week. */
    static int seconds(Exercise exercise, int week, boolean lighter) {
        int base = exercise.dose().seconds();
        if (base == 0) {
            return 0;
        }
        return lighter ? lighterOf(base) : Math.min(90, base + Math.min(stage(week), 2) * 5);
    }

    private static int lighterOf(int amount) {
        return Math.max(3, (int) Math.round(amount * LIGHTER_SHARE));
    }

    /** How hard: an effort on the RPE scale (10 = nothing left) and, for heavy lifts, a share of the maximum. */
    static String load(Exercise exercise, int week, boolean lighter, int block) {
        String later = block > 0 ? "; start this block about 5 % heavier than the last" : "";
        if (lighter) {
            return "lighter week: RPE 6, fewer reps, stop well short of fatigue";
        }
        int stage = stage(week);
        return switch (exercise.category()) {
            case HEAVY_STRENGTH ->
                // The reps stay and the load rises. Estimated from RPE-based tables for sets of about five
                // (RPE 8 is about 81 %, RPE 9 about 84 % of the maximum; Zourdos 2016's scale, as used by
                // Helms 2018), a little below them since these are not the lifters those tables measured.
                (stage == 0
                                ? "RPE 7, about 75 % of your one-repetition maximum"
                                : stage == 1
                                        ? "RPE 8, about 78 % of your one-repetition maximum, 2 reps in reserve"
                                        : "RPE 8-9, about 82 % of your one-repetition maximum, 1-2 reps in reserve")
                        + later;
            case STRENGTH ->
                (stage == 0
                                ? "RPE 7: a load you could lift about 3 more times"
                                : "RPE 7-8: add load when every rep is smooth")
                        + later;
            case PLYOMETRIC -> "maximal intent, full recovery between sets; stop when contacts slow";
            case STABILITY -> "hold perfect form; stop before it breaks";
            case DRILL -> "quick and relaxed, technique first";
            case MOBILITY -> "gentle stretch, no pain";
        };
    }
}
