package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.AssessmentAnswers.SquatResult;

class AssessmentTest {
    static final Atlas ATLAS = Atlas.load();
    static final Assessment ASSESSMENT = new Assessment(ATLAS);
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(ATLAS);

    static AssessmentAnswers answers(
            SquatResult squat,
            Boolean hipDrop,
            Integer left,
            Integer right,
            Integer plank,
            Double hq,
            List<String> sore) {
        return new AssessmentAnswers(
                Optional.ofNullable(squat),
                Optional.ofNullable(hipDrop),
                left == null ? OptionalInt.empty() : OptionalInt.of(left),
                right == null ? OptionalInt.empty() : OptionalInt.of(right),
                plank == null ? OptionalInt.empty() : OptionalInt.of(plank),
                hq == null ? OptionalDouble.empty() : OptionalDouble.of(hq),
                sore,
                OptionalDouble.empty());
    }

    @Test
    void aContactTimeImbalanceBeyondOneAndAHalfPointsIsAFindingWithItsSources() {
        Assessment assessment = new Assessment(Atlas.load());
        assertThat(assessment.findings(AssessmentAnswers.none().withContactBalanceLeft(51.2)))
                .isEmpty();
        Finding finding = only(
                assessment.findings(AssessmentAnswers.none().withContactBalanceLeft(47.9)), "contact-time-imbalance");
        assertThat(finding.title()).isEqualTo("Your right foot stays on the ground longer: 52.1 % of contact time");
        assertThat(finding.sources()).containsExactly("girard-2019", "joubert-2020");
        assertThat(finding.advice()).contains("give the left leg");
    }

    static Finding only(List<Finding> findings, String id) {
        return findings.stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " in " + findings));
    }

    @Test
    void theIssuesExampleGivesEveryExpectedFinding() {
        List<Finding> findings = ASSESSMENT.findings(
                answers(SquatResult.KNEE_CAVES_IN, true, 18, 26, 35, 0.48, List.of("quadriceps", "calves")));
        assertThat(findings)
                .extracting(Finding::id)
                .containsExactlyInAnyOrder(
                        "hip-drop",
                        "knee-valgus",
                        "calf-asymmetry",
                        "calf-endurance-low",
                        "short-side-plank",
                        "low-hamstring-quadriceps-ratio",
                        "sore-quadriceps",
                        "sore-calves");
    }

    @Test
    void hipDropAndKneeCollapsePointToGluteusMediusAndMinimus() {
        List<Finding> findings =
                ASSESSMENT.findings(answers(SquatResult.KNEE_CAVES_IN, true, null, null, null, null, List.of()));
        assertThat(only(findings, "hip-drop").muscles()).contains("gluteus-medius", "gluteus-minimus");
        assertThat(only(findings, "knee-valgus").muscles()).contains("gluteus-medius", "gluteus-minimus", "piriformis");
        assertThat(only(findings, "hip-drop").sources()).contains("bramah-2018");
        assertThat(only(findings, "hip-drop").confidence()).isEqualTo(Confidence.MODERATE);
        // The squat and an observed drop agreeing make it sure.
        assertThat(only(
                                ASSESSMENT.findings(
                                        answers(SquatResult.HIP_DROPS, true, null, null, null, null, List.of())),
                                "hip-drop")
                        .confidence())
                .isEqualTo(Confidence.HIGH);
    }

    @Test
    void aLowHamstringRatioPointsToTheHamstringsWithConfidenceByHowFarBelow() {
        assertThat(ASSESSMENT.findings(answers(null, null, null, null, null, 0.62, List.of())))
                .isEmpty();
        Finding moderate = only(
                ASSESSMENT.findings(answers(null, null, null, null, null, 0.55, List.of())),
                "low-hamstring-quadriceps-ratio");
        assertThat(moderate.confidence()).isEqualTo(Confidence.MODERATE);
        assertThat(moderate.muscles())
                .allMatch(m -> ATLAS.muscle(m).orElseThrow().group().equals("hamstrings"));
        assertThat(only(
                                ASSESSMENT.findings(answers(null, null, null, null, null, 0.42, List.of())),
                                "low-hamstring-quadriceps-ratio")
                        .confidence())
                .isEqualTo(Confidence.HIGH);
    }

    @Test
    void aCalfGapOverFifteenPercentPointsToTheWeakerSide() {
        Finding gap = only(ASSESSMENT.findings(answers(null, null, 30, 25, null, null, List.of())), "calf-asymmetry");
        assertThat(gap.side()).isEqualTo("right");
        assertThat(gap.muscles()).containsExactly("gastrocnemius", "soleus");
        assertThat(ASSESSMENT.findings(answers(null, null, 30, 27, null, null, List.of())))
                .as("10 % is within range")
                .isEmpty();
        assertThat(only(ASSESSMENT.findings(answers(null, null, 20, 30, null, null, List.of())), "calf-endurance-low")
                        .side())
                .isEqualTo("left");
    }

    @Test
    void sorenessNamesTheMusclesAndTheRunFeaturesThatLoadThem() {
        Finding quads = only(
                ASSESSMENT.findings(answers(null, null, null, null, null, null, List.of("quadriceps"))),
                "sore-quadriceps");
        assertThat(quads.muscles())
                .containsExactly("rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius");
        assertThat(quads.why()).contains("descents");
        assertThat(only(
                                ASSESSMENT.findings(answers(null, null, null, null, null, null, List.of("calves"))),
                                "sore-calves")
                        .why())
                .contains("hills", "fast running");
        assertThat(only(
                                ASSESSMENT.findings(answers(null, null, null, null, null, null, List.of("hamstrings"))),
                                "sore-hamstrings")
                        .why())
                .contains("sprints");
        assertThat(quads.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void everyFindingCitesResolvableSourcesAndRealExercises() {
        for (String id : ASSESSMENT.ids()) {
            Finding finding = ASSESSMENT.byId(id).orElseThrow();
            assertThat(finding.id()).isEqualTo(id);
            assertThat(finding.sources())
                    .as(id)
                    .isNotEmpty()
                    .allSatisfy(
                            s -> assertThat(ATLAS.source(s)).as(id + " " + s).isPresent());
            assertThat(finding.muscles())
                    .as(id)
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(ATLAS.muscle(m)).isPresent());
            assertThat(finding.exercises())
                    .as(id)
                    .allSatisfy(
                            e -> assertThat(CATALOG.byId(e)).as(id + " " + e).isPresent());
        }
        assertThat(ASSESSMENT.byId("bad-knees")).isEmpty();
    }

    @Test
    void absurdAnswersAreRefused() {
        assertThatThrownBy(() -> answers(null, null, -1, null, null, null, List.of()))
                .hasMessageContaining("calf raises");
        assertThatThrownBy(() -> answers(null, null, null, null, 5000, null, List.of()))
                .hasMessageContaining("side-plank");
        assertThatThrownBy(() -> answers(null, null, null, null, null, 3.0, List.of()))
                .hasMessageContaining("ratio");
    }
}
