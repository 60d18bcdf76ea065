package org.runmuscle.core.atlas;

import java.util.List;

/**
 * The ids of the muscle groups that code names (the atlas's {@code muscles.json} defines them all,
 * and {@link Atlas} checks that each id here is one of its groups), and which of them carry
 * running.
 */
public final class Groups {
    public static final String GLUTES = "glutes";
    public static final String QUADRICEPS = "quadriceps";
    public static final String HAMSTRINGS = "hamstrings";
    public static final String HIP_FLEXORS = "hip-flexors";
    public static final String CALVES = "calves";
    public static final String CORE = "core";
    public static final String ADDUCTORS = "adductors";
    public static final String SHIN = "shin";

    /**
     * The groups that carry running; each is trained every week (seed articles 000 and 001). The
     * order is the order in which a plan makes sure of each, so it decides ties.
     */
    public static final List<String> PRIMARY = List.of(GLUTES, QUADRICEPS, HAMSTRINGS, HIP_FLEXORS, CALVES, CORE);

    /** The groups of the big lower-body lifts (squat, deadlift, hip thrust, lunge). */
    public static final List<String> BIG_LIFTS = List.of(GLUTES, QUADRICEPS, HAMSTRINGS);

    private Groups() {}

    /** Whether a group carries running. */
    public static boolean primary(String group) {
        return PRIMARY.contains(group);
    }
}
