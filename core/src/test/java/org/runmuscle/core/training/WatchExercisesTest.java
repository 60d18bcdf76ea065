package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchExercisesTest {
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(StrengthLoadTest.ATLAS);
    static final WatchExercises WATCH = WatchExercises.load(CATALOG);

    @Test
    void everyCategoryOfTheProfileMapsToAnExerciseOrIsLeftOutOnPurpose() {
        for (int category = 0; category <= 32; category++) {
            assertThat(WATCH.known(category)).as("category %d", category).isTrue();
            assertThat(WATCH.ignored(category)
                            || WATCH.exercise(category, false).isPresent())
                    .as("category %d", category)
                    .isTrue();
        }
        assertThat(WATCH.known(33)).isFalse();
        assertThat(WATCH.ignored(2)).as("cardio").isTrue();
    }

    @Test
    void aLoadedSetMayCountAsAnotherExerciseThanABodyWeightOne() {
        assertThat(WATCH.exercise(28, true).orElseThrow().id()).isEqualTo("back-squat");
        assertThat(WATCH.exercise(28, false).orElseThrow().id()).isEqualTo("bodyweight-squat");
        assertThat(WATCH.exercise(15, false).orElseThrow().id()).isEqualTo("nordic-hamstring-curl");
    }

    @Test
    void aCategoryWithoutACatalogExerciseTrainsItsMusclesAndTheLoadModelTakesIt() {
        Exercise curl = WATCH.exercise(7, true).orElseThrow();
        assertThat(curl.id()).isEqualTo("watch-curl");
        assertThat(curl.trainsPrimarily("biceps-brachii")).isTrue();
        assertThat(StrengthLoadTest.LOAD.of(curl, 10, 0, 12, 70).get(0).loadBwSeconds())
                .isPositive();
    }
}
