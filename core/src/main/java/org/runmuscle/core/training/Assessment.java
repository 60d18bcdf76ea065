package org.runmuscle.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /**
     * A left foot's share of ground contact time further than this from 50 % is an imbalance:
     * 1.5 points is a 6 % difference between the feet's contact times, over twice what
     * well-trained runners show at any speed (contact-time symmetry angle 0.6 % ± 0.1, range
     * 0.4-0.7 %: Girard 2019) and where, in college runners, larger imbalances went with a costlier
     * stride (r = 0.81: Joubert 2020). The threshold is our estimate from those two.
     */
    static final double CONTACT_BALANCE_LIMIT = 1.5;

    private final Atlas atlas;
    private final FindingTexts texts = FindingTexts.load();

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
        answers.contactBalanceLeft().ifPresent(left -> {
            if (Math.abs(left - 50) > CONTACT_BALANCE_LIMIT) {
                findings.add(contactImbalance(left));
            }
        });
        for (String group : answers.soreGroups()) {
            findings.add(sore(group));
        }
        return findings;
    }

    /** The ids of every finding, as the planner's {@code --finding} accepts them. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(texts.ids());
        atlas.groups().forEach(g -> ids.add("sore-" + g.id()));
        return ids;
    }

    /** A finding by id, stated without a test result (for a runner who already knows it). */
    public Optional<Finding> byId(String id) {
        if (texts.ids().contains(id)) {
            return Optional.of(untested(id));
        }
        if (id.startsWith("sore-") && atlas.group(id.substring(5)).isPresent()) {
            return Optional.of(sore(id.substring(5)));
        }
        return Optional.empty();
    }

    private Finding untested(String id) {
        return texts.finding(id, Map.of(), texts.confidence(id), "");
    }

    private Finding tested(String id, Map<String, String> values) {
        return texts.finding(id, values, texts.confidence(id), "");
    }

    private Finding hipDrop(boolean bothTests) {
        return texts.finding("hip-drop", Map.of(), bothTests ? Confidence.HIGH : texts.confidence("hip-drop"), "");
    }

    private Finding contactImbalance(double left) {
        boolean leftLonger = left > 50;
        return tested(
                "contact-time-imbalance",
                Map.of(
                        "side", leftLonger ? "left" : "right",
                        "other", leftLonger ? "right" : "left",
                        "balance", String.format(Locale.ROOT, "%.1f", leftLonger ? left : 100 - left)));
    }

    private Finding kneeValgus() {
        return untested("knee-valgus");
    }

    private Finding trunkLean() {
        return untested("trunk-lean");
    }

    private Finding wobble() {
        return untested("single-leg-control");
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

    private Finding calfAsymmetry(String side, int weaker, int stronger) {
        return texts.finding(
                "calf-asymmetry",
                Map.of(
                        "side",
                        side,
                        "weaker",
                        String.valueOf(weaker),
                        "stronger",
                        String.valueOf(stronger),
                        "gapPercent",
                        String.format(Locale.ROOT, "%.0f", 100.0 * (stronger - weaker) / stronger)),
                texts.confidence("calf-asymmetry"),
                side);
    }

    private Finding lowCalf(String side, int count) {
        return texts.finding(
                "calf-endurance-low",
                Map.of("side", side, "count", String.valueOf(count)),
                texts.confidence("calf-endurance-low"),
                side);
    }

    private Finding shortSidePlank(int seconds) {
        return tested("short-side-plank", Map.of("seconds", String.valueOf(seconds)));
    }

    private Finding lowHq(double ratio) {
        String id = "low-hamstring-quadriceps-ratio";
        return texts.finding(
                id,
                Map.of("ratio", String.format(Locale.ROOT, "%.2f", ratio)),
                ratio < HQ_CLEAR ? Confidence.HIGH : texts.confidence(id),
                "");
    }

    private Finding sore(String group) {
        var g = atlas.group(group).orElseThrow(() -> new IllegalArgumentException("unknown muscle group " + group));
        return texts.sore(
                group, g.name(), atlas.musclesOf(group).stream().map(Muscle::id).toList());
    }
}
