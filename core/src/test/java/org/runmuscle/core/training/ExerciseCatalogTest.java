package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;

class ExerciseCatalogTest {
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Atlas.load());

    @Test
    void holdsAtLeastSixtyExercisesIncludingEveryOneTheSeedsAndTheIssueName() {
        assertThat(CATALOG.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(CATALOG.all())
                .extracting(Exercise::id)
                .contains(
                        // named by the seed articles
                        "romanian-deadlift",
                        "glute-bridge",
                        "hamstring-curl",
                        "bodyweight-squat",
                        "back-squat",
                        "forward-lunge",
                        "deadlift",
                        "kettlebell-swing",
                        "glute-kickback",
                        "hip-flexor-stretch",
                        "stair-runs",
                        "high-knee-drill",
                        // backed by the evidence base
                        "nordic-hamstring-curl",
                        "single-leg-squat",
                        "side-plank-hip-abduction",
                        "clamshell",
                        "side-lying-hip-abduction",
                        "hip-thrust",
                        "copenhagen-adduction",
                        "straight-knee-calf-raise",
                        "bent-knee-calf-raise",
                        "eccentric-heel-drop",
                        "bulgarian-split-squat",
                        "step-up",
                        "pogo-hops",
                        "bounding",
                        "front-plank",
                        "dead-bug",
                        "side-plank");
    }

    @Test
    void measuredActivationsComeWithTheirSource() {
        Exercise sidePlank = CATALOG.byId("side-plank-hip-abduction").orElseThrow();
        Target gmed = sidePlank.targets().get(0);
        assertThat(gmed.muscle()).isEqualTo("gluteus-medius");
        assertThat(gmed.activationPercent()).hasValue(103);
        assertThat(gmed.sources()).containsExactly("boren-2011");
        assertThat(CATALOG.byId("copenhagen-adduction")
                        .orElseThrow()
                        .targets()
                        .get(0)
                        .activationPercent())
                .hasValue(108);
        assertThat(CATALOG.byId("hip-thrust").orElseThrow().targets().get(0).activationPercent())
                .hasValue(86.8);
        long measured = CATALOG.all().stream()
                .flatMap(e -> e.targets().stream())
                .filter(t -> t.activationPercent().isPresent())
                .count();
        assertThat(measured).isGreaterThanOrEqualTo(15);
    }

    @Test
    void everyExerciseIsDescribedInFull() {
        for (Exercise e : CATALOG.all()) {
            assertThat(e.howTo()).as(e.id()).isNotEmpty();
            assertThat(e.cues()).as(e.id()).isNotEmpty();
            assertThat(e.mistakes()).as(e.id()).isNotEmpty();
            assertThat(e.sources()).as(e.id()).isNotEmpty();
        }
    }

    @Test
    void everyPrimaryRunningGroupCanBeTrainedWithBodyWeightAlone() {
        var bodyWeight = EnumSet.of(Equipment.NONE);
        for (String group : List.of("glutes", "quadriceps", "hamstrings", "hip-flexors", "calves", "core")) {
            assertThat(CATALOG.training(group)).as(group).anyMatch(e -> e.possibleWith(bodyWeight));
        }
    }

    @Test
    void findsExercisesByMuscleOrGroupPrimaryTargetsFirst() {
        List<Exercise> gmed = CATALOG.training("gluteus-medius");
        assertThat(gmed).isNotEmpty();
        assertThat(gmed.get(0).trainsPrimarily("gluteus-medius")).isTrue();
        assertThat(CATALOG.training("hamstrings")).extracting(Exercise::id).contains("nordic-hamstring-curl");
    }

    @Test
    void equipmentIsRespectedStrictly() {
        var none = EnumSet.of(Equipment.NONE);
        assertThat(CATALOG.possibleWith(none)).noneMatch(e -> e.equipment().contains(Equipment.BARBELL));
        assertThat(CATALOG.byId("hip-thrust").orElseThrow().possibleWith(EnumSet.of(Equipment.BARBELL)))
                .isFalse();
        assertThat(CATALOG.byId("hip-thrust")
                        .orElseThrow()
                        .possibleWith(EnumSet.of(Equipment.BARBELL, Equipment.BENCH)))
                .isTrue();
    }

    @Test
    void variationsFormLaddersThatExist() {
        Exercise nordic = CATALOG.byId("nordic-hamstring-curl").orElseThrow();
        assertThat(CATALOG.byId(nordic.easier())).isPresent();
        assertThat(CATALOG.byId("glute-bridge").orElseThrow().harder()).isEqualTo("single-leg-glute-bridge");
    }
}
