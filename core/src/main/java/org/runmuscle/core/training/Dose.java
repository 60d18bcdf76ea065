package org.runmuscle.core.training;

/**
 * How an exercise is usually done in one session at the start of a plan: sets, and either reps
 * or seconds per set, the tempo and the rest. The planner adjusts it by level and week.
 *
 * @param sets        sets per session
 * @param reps        repetitions per set (per side when unilateral); 0 when timed
 * @param seconds     seconds per set (per side when unilateral); 0 when counted in reps
 * @param tempo       lowering-pause-lifting-pause seconds, e.g. "3-1-1-0", or "fast" for plyometrics
 * @param restSeconds rest between sets
 */
public record Dose(int sets, int reps, int seconds, String tempo, int restSeconds) {
    public Dose {
        if (sets < 1
                || sets > 8
                || reps < 0
                || reps > 60
                || seconds < 0
                || seconds > 300
                || restSeconds < 0
                || restSeconds > 300
                || (reps == 0) == (seconds == 0)
                || tempo == null
                || tempo.isBlank()) {
            throw new IllegalArgumentException("a dose needs 1-8 sets, reps or seconds (not both), a tempo and a rest");
        }
    }

    /** Seconds one repetition takes at this tempo; 2 s for "fast" or an unreadable tempo. */
    public double secondsPerRep() {
        String[] parts = tempo.split("-");
        if (parts.length != 4) {
            return 2;
        }
        double total = 0;
        for (String part : parts) {
            try {
                total += Double.parseDouble(part);
            } catch (NumberFormatException e) {
                return 2;
            }
        }
        return Math.max(1, total);
    }
}
