package org.runmuscle.app.strength;

import java.util.List;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.WholeBodyLoad;
import org.runmuscle.store.StrengthSession;

/** A session's effort and length when the athlete did not give them, from its sets. */
final class SessionEffort {
    /** Seconds of one repetition when the tempo is unreadable. */
    private static final double SECONDS_PER_REP = 3;

    private SessionEffort() {}

    static double rpe(StrengthSession session) {
        return WholeBodyLoad.strengthRpe(session.rpe(), session.meanSetRpe(), session.meanSetRir());
    }

    /** Minutes the sets take with the catalog's rests between them; estimated, at least one. */
    static double minutes(List<SetRequest> lines, List<Exercise> exercises) {
        double seconds = 0;
        for (int i = 0; i < lines.size(); i++) {
            SetRequest line = lines.get(i);
            Exercise e = exercises.get(i);
            double perRep = e.dose().tempo().matches("\\d.*") ? e.dose().secondsPerRep() : SECONDS_PER_REP;
            double work = line.reps() > 0 ? line.reps() * perRep : line.seconds();
            seconds += line.sets() * (work * (e.unilateral() ? 2 : 1) + e.dose().restSeconds());
        }
        return Math.max(1, Math.round(seconds / 60));
    }
}
