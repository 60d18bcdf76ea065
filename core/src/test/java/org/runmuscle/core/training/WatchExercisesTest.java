package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WatchExercisesTest {
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(StrengthLoadTest.ATLAS);
    static final WatchExercises WATCH = WatchExercises.load(CATALOG);

    @Test
    void everyCategoryOfTheProfileMapsToAnExerciseOrIsLeftOutOnPurpose() {
        for (int category :
                IntStream.rangeClosed(0, 53).filter(c -> c != 48 && c != 51).toArray()) {
            assertThat(WATCH.known(category)).as("category %d", category).isTrue();
            assertThat(WATCH.ignored(category)
                            || WATCH.exercise(category, false).isPresent())
                    .as("category %d", category)
                    .isTrue();
        }
        assertThat(WATCH.known(48)).as("not in the profile").isFalse();
        assertThat(WATCH.known(65534)).as("unknown").isFalse();
        assertThat(WATCH.ignored(2)).as("cardio").isTrue();
    }

    @Test
    void aLoadedSetMayCountAsAnotherExerciseThanABodyWeightOne() {
        assertThat(WATCH.exercise(28, true).orElseThrow().id()).isEqualTo("back-squat");
        assertThat(WATCH.exercise(28, false).orElseThrow().id()).isEqualTo("bodyweight-squat");
        assertThat(WATCH.exercise(15, false).orElseThrow().id()).isEqualTo("nordic-hamstring-curl");
    }

    /** Exercise names of the FIT SDK 21.171 profile (squat_exercise_name, leg_curl_exercise_name, ...). */
    @Test
    void anExerciseNameTheCatalogHasCountsAsThatExercise() {
        assertThat(WATCH.exercise(28, 37, true).orElseThrow().id())
                .as("goblet squat")
                .isEqualTo("goblet-squat");
        assertThat(WATCH.exercise(28, 8, true).orElseThrow().id())
                .as("barbell front squat")
                .isEqualTo("front-squat");
        assertThat(WATCH.exercise(15, 6, false).orElseThrow().id())
                .as("sliding leg curl")
                .isEqualTo("sliding-leg-curl");
        assertThat(WATCH.exercise(17, 18, true).orElseThrow().id()).isEqualTo("bulgarian-split-squat");
        assertThat(WATCH.exercise(19, 66, false).orElseThrow().id())
                .as("side plank")
                .isEqualTo("side-plank");
        assertThat(WATCH.exercise(28, 999, true).orElseThrow().id())
                .as("a name the mapping lacks: the category's exercise")
                .isEqualTo("back-squat");
    }

    @Test
    void aCategoryWithoutACatalogExerciseTrainsItsMusclesAndTheLoadModelTakesIt() {
        Exercise curl = WATCH.exercise(7, true).orElseThrow();
        assertThat(curl.id()).isEqualTo("watch-curl");
        assertThat(curl.trainsPrimarily("biceps-brachii")).isTrue();
        assertThat(StrengthLoadTest.LOAD.of(curl, 10, 0, 12, 70).get(0).loadBwSeconds())
                .isPositive();
    }

    /**
     * For the watch: every catalog exercise has a category, and a named one reads back as itself, so
     * a workout sent to the watch and the session it records come back as the same exercise.
     */
    @Test
    void everyCatalogExerciseGoesToTheWatchAndANamedOneComesBackAsItself() {
        for (Exercise exercise : CATALOG.all()) {
            WatchExercises.Garmin garmin = WATCH.garmin(exercise);
            assertThat(garmin).as(exercise.id()).isNotNull();
            assertThat(WATCH.known(garmin.category())).as(exercise.id()).isTrue();
            if (garmin.named()) {
                assertThat(WATCH.exercise(garmin.category(), garmin.name(), false)
                                .orElseThrow()
                                .id())
                        .as(exercise.id())
                        .isEqualTo(exercise.id());
            }
        }
        assertThat(CATALOG.all().stream().filter(e -> WATCH.garmin(e).named()).count())
                .as("exercises with a twin in the profile")
                .isGreaterThanOrEqualTo(45);
    }
}
