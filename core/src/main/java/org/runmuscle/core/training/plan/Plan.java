package org.runmuscle.core.training.plan;

import java.util.List;

/** A strength plan over weeks: sessions per week with their exercises, and notes on what could not be done. */
public record Plan(List<Week> weeks, List<String> notes) {
    public Plan {
        weeks = List.copyOf(weeks);
        notes = List.copyOf(notes);
    }

    /** One week; a lighter week has about 40 % less volume. */
    public record Week(int week, boolean lighter, List<Session> sessions) {
        public Week {
            sessions = List.copyOf(sessions);
        }
    }

    /**
     * One session.
     *
     * @param day       mon..sun
     * @param minutes   the time it takes, warm-up included
     * @param heavy     whether it is a heavy lower-body session
     * @param focus     what it is for, in a few words
     * @param warmUp    the warm-up, step by step
     * @param exercises the exercises in order
     */
    public record Session(
            String day, int minutes, boolean heavy, String focus, List<String> warmUp, List<Prescription> exercises) {
        public Session {
            warmUp = List.copyOf(warmUp);
            exercises = List.copyOf(exercises);
        }
    }
}
