package org.runmuscle.core.training.plan;

import org.runmuscle.core.training.Exercise;

/** How long an exercise takes in a session: the one formula the week builder and the planner share. */
final class SessionTime {
    /** Seconds to change from one exercise to the next. Estimated: setting up equipment and position. */
    static final int TRANSITION_SECONDS = 30;

    private SessionTime() {}

    /**
     * Sets of work (both sides when one-sided) and rest, plus moving on: {@code reps} at the
     * exercise's seconds per rep, or {@code holdSeconds} when it is held rather than repeated.
     */
    static int seconds(Exercise e, int sets, int reps, int holdSeconds, int restSeconds) {
        double work = reps > 0 ? reps * e.dose().secondsPerRep() : holdSeconds;
        return sets * ((int) Math.ceil(work * (e.unilateral() ? 2 : 1)) + restSeconds) + TRANSITION_SECONDS;
    }

    /** The same at the exercise's starting dose. */
    static int atStartingDose(Exercise e, int sets) {
        return seconds(e, sets, e.dose().reps(), e.dose().seconds(), e.dose().restSeconds());
    }
}
