package org.runmuscle.core.training.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.RunningHistory;
import org.runmuscle.core.training.Target;
import org.runmuscle.core.training.plan.WeekBuilder.Choice;

/**
 * How much a session needs an exercise: each group's share of the week, raised for the runner's
 * findings and for what running under-loads, lowered for what is still recovering and for what the
 * week has already given. {@link WeekBuilder} takes the best-scoring exercise that fits, one at a time.
 */
final class ExerciseScore {
    /** A finding's muscles count this many times their group's share. Estimated: enough to lead, not to crowd out. */
    static final double FINDING_WEIGHT = 2.0;
    /**
     * A primary group that running under-loads counts this many times its share. Estimated: less
     * than a finding (a measured weakness), enough to shift a set or two a week toward it.
     */
    static final double UNDER_LOADED_WEIGHT = 1.5;
    /** An exercise that repeats a movement already in the session is worth this fraction. Estimated. */
    static final double PATTERN_REPEAT = 0.25;
    /**
     * How much of a week's work each group should get when nothing else decides. Estimated from the
     * model's share of running load (glutes and calves about a quarter each, quadriceps a fifth,
     * hamstrings and hip flexors a tenth), leaning toward the groups the evidence trains for injury
     * prevention (hamstrings, hips).
     */
    static final Map<String, Double> SHARE = Map.of(
            Groups.GLUTES, 0.22,
            Groups.QUADRICEPS, 0.16,
            Groups.HAMSTRINGS, 0.16,
            Groups.CALVES, 0.15,
            Groups.HIP_FLEXORS, 0.10,
            Groups.CORE, 0.13,
            Groups.ADDUCTORS, 0.05,
            Groups.SHIN, 0.03);

    private final Atlas atlas;
    private final PlanRequest request;
    private final Random random;
    private final Set<String> findingMuscles = new HashSet<>();

    ExerciseScore(Atlas atlas, PlanRequest request, Random random) {
        this.atlas = atlas;
        this.request = request;
        this.random = random;
        request.findings().forEach(f -> findingMuscles.addAll(f.muscles()));
    }

    /**
     * How much a session needs this exercise now. A group's need is its share of the week, raised
     * for a finding's muscles, and divided by the work the group has already had this week, so that
     * a finding gets more work without crowding out the other groups.
     */
    double score(
            Exercise exercise,
            boolean heavy,
            Map<String, Double> delivered,
            boolean usedThisWeek,
            boolean recoveringWeek) {
        double score = 0;
        for (Target target : exercise.targets()) {
            String group = atlas.muscle(target.muscle()).orElseThrow().group();
            double want = SHARE.getOrDefault(group, 0.02)
                    * (findingMuscles.contains(target.muscle()) ? FINDING_WEIGHT : 1)
                    * historyWeight(group, recoveringWeek);
            double need = want / (1 + delivered.getOrDefault(group, 0.0));
            score += (target.primary() ? 1 : 0.35) * need;
        }
        score /= Math.sqrt(exercise.targets().size());
        score *= switch (exercise.category()) {
            case HEAVY_STRENGTH -> heavy ? 2.0 : 0;
            case STRENGTH -> heavy ? 1.2 : 1.0;
            case PLYOMETRIC -> heavy ? 0.5 : 1.3;
            case STABILITY -> heavy ? 0.7 : 1.1;
            case DRILL -> 0.6;
            case MOBILITY -> 0.2;
        };
        if (usedThisWeek) {
            score *= 0.3;
        }
        return score * (1 + 0.15 * random.nextDouble());
    }

    /**
     * What the running history does to a group's want: more for an under-loaded primary group,
     * less in the first week for a group still recovering (scaled by its readiness).
     */
    private double historyWeight(String group, boolean recoveringWeek) {
        RunningHistory history = request.history();
        double weight = history.underLoaded(Groups.PRIMARY).contains(group) ? UNDER_LOADED_WEIGHT : 1;
        if (recoveringWeek && history.readiness(group) < RunningHistory.RECOVERING_BELOW) {
            weight *= history.readiness(group) / 100;
        }
        return weight;
    }

    /**
     * An exercise that repeats a movement already in the session: its primary groups are covered
     * by one exercise there, or it shares two of glutes, quadriceps and hamstrings with one (a
     * deadlift after a Romanian deadlift, a lunge after a squat).
     */
    boolean repeatsPattern(Exercise exercise, List<Choice> session) {
        Set<String> groups = primaryGroups(exercise);
        return session.stream()
                .map(c -> primaryGroups(c.exercise()))
                .anyMatch(other -> other.containsAll(groups)
                        || Groups.BIG_LIFTS.stream()
                                        .filter(g -> groups.contains(g) && other.contains(g))
                                        .count()
                                >= 2);
    }

    private Set<String> primaryGroups(Exercise exercise) {
        return exercise.primaryGroups(atlas);
    }
}
