package org.runmuscle.store;

import java.util.List;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummary;

/**
 * An activity to store: its summary, samples and (for runs) muscle loads.
 *
 * @param sessionIndex which session of its file
 * @param activity     the activity itself, samples included
 * @param summary      its summary
 * @param massKg       the body mass its loads were computed for
 * @param muscleLoads  per-muscle loads (empty for sports the model does not cover)
 * @param modelVersion the load model version
 * @param gear         shoes or bike as an export named them, "" if none (the name is the activity's own)
 */
public record NewActivity(
        int sessionIndex,
        Activity activity,
        ActivitySummary summary,
        double massKg,
        List<MuscleLoad> muscleLoads,
        int modelVersion,
        String gear) {
    public NewActivity {
        muscleLoads = List.copyOf(muscleLoads);
        gear = gear == null ? "" : gear;
    }

    public NewActivity(
            int sessionIndex,
            Activity activity,
            ActivitySummary summary,
            double massKg,
            List<MuscleLoad> muscleLoads,
            int modelVersion) {
        this(sessionIndex, activity, summary, massKg, muscleLoads, modelVersion, "");
    }
}
