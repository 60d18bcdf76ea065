package org.runmuscle.core.training.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.training.Category;
import org.runmuscle.core.training.Days;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Finding;
import org.runmuscle.core.training.RunningHistory;
import org.runmuscle.core.training.Target;

/**
 * The words of a plan: its notes, each session's focus and warm-up, and the reason for every
 * exercise. {@link Planner} and {@link WeekBuilder} decide; this class says what they decided,
 * from the facts they pass.
 */
final class PlanReasons {
    static final String ONE_SESSION = "One session a week keeps strength; the 2-3 a week used in studies that improved"
            + " running economy would build it (Blagrove 2018).";
    static final String SHORT_PROGRAMME = "Programmes that improved running lasted 6-20 weeks, at least 10 for running"
            + " economy (Blagrove 2018; Eihara 2022); this plan is a start.";
    static final String MAIN_LIFTS_TRIMMED = "Short sessions: the main lifts give up sets (never below two) so that"
            + " the groups and findings they would crowd out still get an exercise.";
    static final String LIGHTER_WEEKS = "Every 4th week is lighter (about 30 % fewer reps, lower effort) so the body"
            + " absorbs the work; after it, exercises move to harder variations where your level and equipment allow.";
    static final String NO_PLYOMETRICS =
            "No plyometrics yet: jumps and bounds start from intermediate level, once strength is built.";
    static final String NO_JUMPS_BEFORE_HARD_RUNS = "No jumps or eccentric-heavy work the day before a hard run:"
            + " both leave the legs sore and slow for a day or two. This week's jumps had no other place to go.";
    static final String NO_BARBELL = "No barbell or machine: heavy sessions use the hardest body-weight and dumbbell"
            + " exercises, loaded (a backpack works) to reach the stated effort.";

    private final Atlas atlas;

    PlanReasons(Atlas atlas) {
        this.atlas = atlas;
    }

    /** Fewer heavy sessions fit than were wanted, because of the hard-run days. */
    String fewerHeavy(int heavy, Set<DayOfWeek> hardDays) {
        return "Only " + Days.plural(heavy, "heavy session") + " a week fit: heavy lower-body work is kept off "
                + "hard-run days (" + Days.ids(hardDays) + ") and the days before them; the other sessions "
                + "are lighter.";
    }

    /** No exercise for a primary group fitted in the week. */
    String noRoomFor(String group, int minutesPerSession, int sessionsPerWeek) {
        return "No exercise for the " + groupName(group) + " fits: with " + minutesPerSession + " minutes and "
                + Days.plural(sessionsPerWeek, "session")
                + " a week there is no time left after the other groups; more time or sessions would allow it.";
    }

    /** A finding got no exercise in a week: nothing for its muscles fits. */
    String noRoomForFinding(String title, int minutesPerSession, int sessionsPerWeek) {
        return "No exercise for your finding '" + title + "' fits: with " + minutesPerSession + " minutes and "
                + Days.plural(sessionsPerWeek, "session") + " a week; more time or sessions would allow it.";
    }

    /** Weekly quadriceps and hamstring sets stayed further apart than the balance allows. */
    String unbalanced(double quadricepsSets, double hamstringSets) {
        return String.format(
                "Quadriceps and hamstring work could not be balanced within 30 %% (%.0f against"
                        + " %.0f sets a week) with this equipment and time.",
                quadricepsSets, hamstringSets);
    }

    /** What the running history changes, in the plan's notes; none when there is no history. */
    List<String> history(RunningHistory history, List<String> underLoaded, List<String> withoutHeavyLift) {
        List<String> notes = new ArrayList<>();
        List<String> recovering = history.recovering();
        if (!recovering.isEmpty()) {
            notes.add("After your recent " + (history.known() ? "runs" : "strength sessions") + " your "
                    + recovering.stream()
                            .map(g -> String.format(Locale.ROOT, "%s (%.0f %%)", groupName(g), history.readiness(g)))
                            .collect(Collectors.joining(", "))
                    + " will not yet be recovered on the plan's first day "
                    + "(100 % = fully): the first week takes a set off the exercises that work them on the days "
                    + "they are still recovering"
                    + (withoutHeavyLift.isEmpty()
                            ? ""
                            : " and leaves out the heavy "
                                    + withoutHeavyLift.stream()
                                            .map(this::groupName)
                                            .collect(Collectors.joining(" and "))
                                    + " lift")
                    + ".");
        }
        if (!underLoaded.isEmpty()) {
            notes.add("Over the last 28 days (" + Days.plural(history.runsLast28Days(), "run") + ") your running gave "
                    + underLoaded.stream()
                            .map(g ->
                                    String.format(Locale.ROOT, "your %s %.0f %%", groupName(g), 100 * history.ratio(g)))
                            .collect(Collectors.joining(", "))
                    + " of the share of load a varied week (some fast running and "
                    + "hills) gives them: the plan gives " + (underLoaded.size() == 1 ? "it" : "them") + " more.");
        }
        if (recovering.isEmpty() && underLoaded.isEmpty() && history.known()) {
            notes.add("Your last 28 days of running (" + Days.plural(history.runsLast28Days(), "run") + ") left every "
                    + "group recovered and none under-loaded: the plan follows its usual shares.");
        }
        return notes;
    }

    /** What a session is for. */
    static String focus(boolean heavy, boolean plyometrics) {
        if (heavy) {
            return "heavy lower-body strength";
        }
        return plyometrics ? "plyometrics, hips, calves and core" : "strength-endurance, hips, calves and core";
    }

    /** The warm-up steps of a session: the first main lift (if any) gets a light rehearsal set. */
    static List<String> warmUp(int minutes, Optional<Exercise> firstLift, boolean plyometrics) {
        List<String> steps = new ArrayList<>();
        steps.add(
                minutes >= 4
                        ? "3 minutes of easy jogging, skipping or cycling"
                        : "1 minute of skipping or marching in place");
        steps.add("leg swings, front-to-back and side-to-side, 10 each leg");
        firstLift.ifPresent(lift -> steps.add(
                "one light set of " + lift.name().toLowerCase(Locale.ROOT) + " at about half the working load"));
        if (plyometrics) {
            steps.add("two rounds of 20 s high knees and 20 s A-skips");
        }
        return steps;
    }

    /**
     * Why an exercise is in the plan: the finding it serves (else the groups it covers), what the
     * running history changes about it, and the evidence for it.
     *
     * @param finding       the runner's first finding whose muscles the exercise trains
     * @param groups        the exercise's primary groups
     * @param underLoaded   those of its groups that running lately under-loaded
     * @param easedFor      the recovering group a set was taken off for, or null
     * @param heavyEvidence whether the heavy-strength evidence applies (a heavy session's big lift)
     */
    String reason(
            Exercise e,
            Optional<Finding> finding,
            Set<String> groups,
            List<String> underLoaded,
            RunningHistory history,
            String easedFor,
            boolean heavyEvidence) {
        StringBuilder reason = new StringBuilder();
        if (finding.isPresent()) {
            List<Target> hit = e.targets().stream()
                    .filter(t -> finding.get().muscles().contains(t.muscle()))
                    .toList();
            reason.append("For your finding '")
                    .append(finding.get().title())
                    .append("': trains ")
                    .append(hit.stream()
                            .map(t -> muscleName(t.muscle())
                                    + (t.activationPercent().isPresent()
                                            ? String.format(
                                                    " (%.0f %% of maximal activation)",
                                                    t.activationPercent().getAsDouble())
                                            : ""))
                            .collect(Collectors.joining(", ")));
            if (!finding.get().side().isEmpty() && e.unilateral()) {
                reason.append("; start each set with your ")
                        .append(finding.get().side())
                        .append(" side, the weaker, and do the same reps on the other");
            }
        } else {
            reason.append("Covers the ")
                    .append(groups.stream().map(this::groupName).collect(Collectors.joining(" and ")))
                    .append(" this week");
        }
        if (!underLoaded.isEmpty()) {
            reason.append(". Your running lately gave your ")
                    .append(underLoaded.stream().map(this::groupName).collect(Collectors.joining(" and ")))
                    .append(" less than their usual share of load, so the plan gives them more");
        }
        if (easedFor != null) {
            reason.append(String.format(
                    Locale.ROOT,
                    ". This first week one set fewer: your %s are %.0f %% recovered from your recent runs",
                    groupName(easedFor),
                    history.readiness(easedFor)));
        }
        if (!e.evidence().isEmpty()) {
            reason.append(". ").append(e.evidence().get(0).text());
        } else if (heavyEvidence) {
            reason.append(". Heavy strength work 2-3 times a week improved running economy by 2-8 %");
        } else if (e.category() == Category.PLYOMETRIC) {
            reason.append(". Plyometrics add to running economy alongside heavy work");
        }
        String text = reason.toString();
        return text.endsWith(".") ? text : text + ".";
    }

    /** Whether an exercise is one of the big lifts: it trains at least two of glutes, quadriceps and hamstrings. */
    static boolean bigLift(Set<String> primaryGroups) {
        return primaryGroups.stream().filter(Groups.BIG_LIFTS::contains).count() >= 2;
    }

    private String groupName(String group) {
        return atlas.group(group).map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(group);
    }

    private String muscleName(String muscle) {
        return atlas.muscle(muscle).orElseThrow().name().toLowerCase(Locale.ROOT);
    }
}
