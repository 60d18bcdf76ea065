package org.runmuscle.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.training.AssessmentAnswers.SquatResult;

/** Turns self-test answers into findings: the muscles implicated, why, how sure, and what to do. */
public final class Assessment {
    /**
     * Conventional concentric hamstring-to-quadriceps ratio below which hamstrings count as weak:
     * the normative 0.6 (Coombs &amp; Garbutt 2002). Below 0.47, the bottom of the gravity-corrected
     * range (Aagaard 1995), the deficit is clear whatever the test's details.
     */
    static final double HQ_NORM = 0.6;

    static final double HQ_CLEAR = 0.47;
    /**
     * Fewer single-leg calf raises than this counts as low endurance. Estimated: the evidence base
     * reports about 45-48 raises to fatigue in its heel-raise study (Hebert-Losier 2012b) under a
     * metronome; 25 is the usual clinical pass mark for one leg, and is used as that.
     */
    static final int CALF_RAISES_LOW = 25;
    /** A left-right gap larger than this share of the stronger side is an asymmetry (the brief's 15 %). */
    static final double CALF_GAP = 0.15;
    /**
     * A side plank held for less than this is short. Estimated: the evidence base gives activation,
     * not endurance norms, for the side bridge (Ekstrom 2007); 45 s is a middle value of published
     * screening norms for active adults.
     */
    static final int SIDE_PLANK_SHORT = 45;

    private static final List<String> ABDUCTORS = List.of("gluteus-medius", "gluteus-minimus");
    private static final List<String> ROTATORS =
            List.of("piriformis", "obturator-internus", "obturator-externus", "gemellus-superior", "gemellus-inferior");
    private static final Map<String, String> SORENESS_CAUSES = Map.of(
            "quadriceps", "descents, which load the quadriceps eccentrically (braking up to 54 % harder at -9 degrees)",
            "calves", "hills, fast running and forefoot landings, which ask more of the calves",
            "hamstrings", "sprints and fast strides, where the hamstrings brake the swinging leg in late swing",
            "glutes", "climbs and fast running, where the hip supplies most of the extra work",
            "hip-flexors", "speed work and a sudden rise in cadence, both of which raise hip-flexor force in swing",
            "shin", "a rise in volume or speed, and heel landings that the shin muscle must lower",
            "adductors", "fast running, lateral moves and uneven trails",
            "core", "long runs and hilly runs as the trunk tires");
    private static final Map<String, List<String>> SORENESS_SOURCES = Map.of(
            "quadriceps", List.of("maeo-2017", "gottschall-kram-2005", "seed-001"),
            "calves", List.of("ahn-2014", "dorn-2012", "seed-001"),
            "hamstrings", List.of("chumanov-2011", "schache-2012"),
            "glutes", List.of("roberts-belliveau-2005", "dorn-2012"),
            "hip-flexors", List.of("lieberman-2015", "dorn-2012"),
            "shin", List.of("kyrolainen-2005", "lopes-2012"),
            "adductors", List.of("seed-001"),
            "core", List.of("behm-2009", "seed-001"));
    private static final Map<String, List<String>> SORENESS_EXERCISES = Map.of(
            "quadriceps", List.of("eccentric-step-down", "bulgarian-split-squat", "wall-sit"),
            "calves", List.of("eccentric-heel-drop", "single-leg-calf-raise", "bent-knee-calf-raise"),
            "hamstrings", List.of("nordic-hamstring-curl", "romanian-deadlift", "single-leg-romanian-deadlift"),
            "glutes", List.of("hip-thrust", "single-leg-glute-bridge", "step-up"),
            "hip-flexors", List.of("banded-knee-drive", "hip-flexor-stretch", "hanging-knee-raise"),
            "shin", List.of("tibialis-raise", "bent-knee-calf-raise"),
            "adductors", List.of("copenhagen-adduction", "adductor-ball-squeeze"),
            "core", List.of("front-plank", "side-plank", "bird-dog"));

    private final Atlas atlas;

    public Assessment(Atlas atlas) {
        this.atlas = atlas;
    }

    public List<Finding> findings(AssessmentAnswers answers) {
        List<Finding> findings = new ArrayList<>();
        boolean squatHipDrop =
                answers.singleLegSquat().filter(r -> r == SquatResult.HIP_DROPS).isPresent();
        boolean seenHipDrop = answers.hipDropSeen().orElse(false);
        if (squatHipDrop || seenHipDrop) {
            findings.add(hipDrop(squatHipDrop && seenHipDrop));
        }
        answers.singleLegSquat().ifPresent(result -> {
            if (result == SquatResult.KNEE_CAVES_IN) {
                findings.add(kneeValgus());
            } else if (result == SquatResult.TRUNK_LEANS) {
                findings.add(trunkLean());
            } else if (result == SquatResult.WOBBLES) {
                findings.add(wobble());
            }
        });
        calves(answers, findings);
        answers.sidePlankSeconds().ifPresent(seconds -> {
            if (seconds < SIDE_PLANK_SHORT) {
                findings.add(shortSidePlank(seconds));
            }
        });
        answers.hamstringQuadRatio().ifPresent(ratio -> {
            if (ratio < HQ_NORM) {
                findings.add(lowHq(ratio));
            }
        });
        for (String group : answers.soreGroups()) {
            findings.add(sore(group));
        }
        return findings;
    }

    /** The ids of every finding, as the planner's {@code --finding} accepts them. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(List.of(
                "hip-drop",
                "knee-valgus",
                "trunk-lean",
                "single-leg-control",
                "calf-asymmetry",
                "calf-endurance-low",
                "short-side-plank",
                "low-hamstring-quadriceps-ratio"));
        atlas.groups().forEach(g -> ids.add("sore-" + g.id()));
        return ids;
    }

    /** A finding by id, stated without a test result (for a runner who already knows it). */
    public java.util.Optional<Finding> byId(String id) {
        Finding finding = switch (id) {
            case "hip-drop" -> hipDrop(false);
            case "knee-valgus" -> kneeValgus();
            case "trunk-lean" -> trunkLean();
            case "single-leg-control" -> wobble();
            case "calf-asymmetry" -> calfAsymmetry("weaker", 0, 0);
            case "calf-endurance-low" -> lowCalf("", -1);
            case "short-side-plank" -> shortSidePlank(-1);
            case "low-hamstring-quadriceps-ratio" -> lowHq(Double.NaN);
            default ->
                id.startsWith("sore-") && atlas.group(id.substring(5)).isPresent() ? sore(id.substring(5)) : null;
        };
        return java.util.Optional.ofNullable(finding);
    }

    private static Finding hipDrop(boolean bothTests) {
        return new Finding(
                "hip-drop",
                "The hip drops on the swing side when you land",
                concat(ABDUCTORS, List.of("quadratus-lumborum")),
                "When one foot carries the body, the gluteus medius and minimus of that side hold the pelvis level. "
                        + "If the other side sags (a Trendelenburg-like pelvic drop), they are not doing it well enough; "
                        + "in injured runners each extra degree of drop went with about 80 % higher odds of injury.",
                bothTests ? Confidence.HIGH : Confidence.MODERATE,
                List.of("seed-001", "bramah-2018", "lenhart-2015"),
                "Strengthen the hip abductors two to three times a week, hard enough that the last repetitions are "
                        + "difficult, and practise holding the pelvis level on one leg.",
                List.of("side-plank-hip-abduction", "hip-hike", "side-lying-hip-abduction", "single-leg-squat"),
                "");
    }

    private static Finding kneeValgus() {
        return new Finding(
                "knee-valgus",
                "The knee drifts inward in a single-leg squat",
                concat(ABDUCTORS, ROTATORS),
                "A knee that caves in on one leg means the thigh is turning and sliding inward: the hip abductors "
                        + "and deep external rotators are not holding it. Runners with iliotibial band syndrome showed "
                        + "weaker external rotators and more hip internal rotation. Stiff ankles can cause it too.",
                Confidence.MODERATE,
                List.of("seed-001", "noehren-2014", "hip-abductor-fatigue-2020"),
                "Train the abductors and rotators, then the single-leg squat itself with the knee over the second toe.",
                List.of("side-plank-hip-abduction", "clamshell", "lateral-band-walk", "single-leg-squat"),
                "");
    }

    private static Finding trunkLean() {
        return new Finding(
                "trunk-lean",
                "The trunk leans sideways in a single-leg squat",
                concat(ABDUCTORS, List.of("quadratus-lumborum", "external-oblique", "internal-oblique")),
                "Leaning the trunk over the standing leg shortens the lever the hip abductors must hold, a common "
                        + "way around weak abductors and a tired lateral core.",
                Confidence.LOW,
                List.of("seed-001", "ekstrom-2007"),
                "Build the side plank and the hip abductors; keep the shoulders level in single-leg work.",
                List.of("side-plank", "side-plank-hip-abduction", "suitcase-carry"),
                "");
    }

    private static Finding wobble() {
        return new Finding(
                "single-leg-control",
                "Balance wobbles in a single-leg squat",
                concat(ABDUCTORS, List.of("gluteus-maximus", "soleus", "tibialis-anterior")),
                "Wobbling points to control more than strength: the hip and ankle stabilisers of the standing leg.",
                Confidence.LOW,
                List.of("seed-001", "seed-003"),
                "Practise slow single-leg work and balance; strength training of any kind also cuts injuries.",
                List.of("single-leg-squat", "single-leg-romanian-deadlift", "step-up"),
                "");
    }

    private void calves(AssessmentAnswers answers, List<Finding> findings) {
        if (answers.calfRaisesLeft().isPresent() && answers.calfRaisesRight().isPresent()) {
            int left = answers.calfRaisesLeft().getAsInt();
            int right = answers.calfRaisesRight().getAsInt();
            int stronger = Math.max(left, right);
            if (stronger > 0 && (stronger - Math.min(left, right)) / (double) stronger > CALF_GAP) {
                findings.add(calfAsymmetry(left < right ? "left" : "right", Math.min(left, right), stronger));
            }
        }
        answers.calfRaisesLeft().ifPresent(count -> {
            if (count < CALF_RAISES_LOW) {
                findings.add(lowCalf("left", count));
            }
        });
        answers.calfRaisesRight().ifPresent(count -> {
            if (count < CALF_RAISES_LOW) {
                findings.add(lowCalf("right", count));
            }
        });
    }

    private static Finding calfAsymmetry(String side, int weaker, int stronger) {
        String title = stronger > 0
                ? String.format("Your %s calf does %d raises, the other %d", side, weaker, stronger)
                : "One calf does clearly fewer raises than the other";
        String gap = stronger > 0 ? String.format("A gap of %.0f %%", 100.0 * (stronger - weaker) / stronger) : "A gap";
        return new Finding(
                "calf-asymmetry",
                title,
                List.of("gastrocnemius", "soleus"),
                gap + " between sides (more than 15 %) leaves the weaker calf to absorb the same 8-10 body weights "
                        + "through its Achilles tendon on every step.",
                Confidence.MODERATE,
                List.of("achilles-tensiometry-2024", "hebert-losier-2012b"),
                "Train the " + side + " side first and give it an extra set until the counts match.",
                List.of("single-leg-calf-raise", "bent-knee-calf-raise", "eccentric-heel-drop"),
                side.equals("weaker") ? "" : side);
    }

    private static Finding lowCalf(String side, int count) {
        String title = count >= 0
                ? String.format("%d single-leg calf raises on the %s", count, side)
                : "Fewer than 25 single-leg calf raises";
        return new Finding(
                "calf-endurance-low",
                title,
                List.of("gastrocnemius", "soleus"),
                "The calves give most of the body's support and push-off up to fast running; too few raises "
                        + "means they tire early in a run, and the load moves to the Achilles tendon and the knee.",
                Confidence.MODERATE,
                List.of("hamner-2010", "dorn-2012", "hebert-losier-2012b"),
                "Build to 25 or more slow, full raises on each leg; train both straight- and bent-knee versions.",
                List.of("single-leg-calf-raise", "bent-knee-calf-raise", "seated-calf-raise"),
                side);
    }

    private static Finding shortSidePlank(int seconds) {
        return new Finding(
                "short-side-plank",
                seconds >= 0 ? "Side plank held for " + seconds + " s" : "Side plank held for less than 45 s",
                List.of("external-oblique", "internal-oblique", "quadratus-lumborum", "gluteus-medius"),
                "The side plank loads the lateral trunk and the hip abductors together; a short hold means the trunk "
                        + "and pelvis will sway more as you tire late in runs.",
                Confidence.MODERATE,
                List.of("ekstrom-2007", "seed-001"),
                "Build the hold to 45-60 s a side, then add hip abduction to it.",
                List.of("side-plank", "side-plank-hip-abduction", "suitcase-carry", "pallof-press"),
                "");
    }

    private static Finding lowHq(double ratio) {
        boolean measured = !Double.isNaN(ratio);
        return new Finding(
                "low-hamstring-quadriceps-ratio",
                measured
                        ? String.format("Hamstring-to-quadriceps ratio %.2f", ratio)
                        : "Hamstring-to-quadriceps ratio below 0.6",
                List.of("semitendinosus", "semimembranosus", "biceps-femoris-long-head", "biceps-femoris-short-head"),
                "The usual conventional ratio is about 0.6 (0.47-0.54 gravity-corrected); "
                        + (measured ? String.format("at %.2f", ratio) : "below it")
                        + " the hamstrings are weak for the quadriceps they oppose, a known imbalance in runners.",
                measured && ratio < HQ_CLEAR ? Confidence.HIGH : Confidence.MODERATE,
                List.of("coombs-2002", "aagaard-1995", "seed-001"),
                "Give the hamstrings more volume than the quadriceps until the ratio recovers, with eccentric work.",
                List.of("nordic-hamstring-curl", "romanian-deadlift", "hamstring-curl", "single-leg-romanian-deadlift"),
                "");
    }

    private Finding sore(String group) {
        var g = atlas.group(group).orElseThrow(() -> new IllegalArgumentException("unknown muscle group " + group));
        List<String> muscles = atlas.musclesOf(group).stream().map(Muscle::id).toList();
        String cause = SORENESS_CAUSES.getOrDefault(group, "work they are not used to");
        return new Finding(
                "sore-" + group,
                "Sore " + g.name().toLowerCase(java.util.Locale.ROOT) + " after runs",
                muscles,
                "Soreness a day or two after a run means these muscles did more, or more eccentric, work than they "
                        + "are used to; usual causes are " + cause + ". It says load, not weakness.",
                Confidence.LOW,
                SORENESS_SOURCES.getOrDefault(group, List.of("seed-001")),
                "Let it settle for a day or two, then strengthen them, favouring slow lowering (eccentric) work.",
                SORENESS_EXERCISES.getOrDefault(group, List.of()),
                "");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
