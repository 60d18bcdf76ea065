package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Workout files written by our encoder and read back by our decoder give the same steps, and
 * every field stays within its type of the FIT profile.
 */
class FitWorkoutProperties {
    @Provide
    Arbitrary<List<FitWorkout.Exercise>> workouts() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars(' ', '-')
                        .ofMinLength(1)
                        .ofMaxLength(80),
                Arbitraries.strings()
                        .withCharRange('À', 'ÿ')
                        .withChars('é', 'ø', '中', '文', '😀')
                        .ofMinLength(1)
                        .ofMaxLength(60));
        Arbitrary<int[]> numbers = Combinators.combine(
                        Arbitraries.integers().between(0, 53),
                        Arbitraries.integers().between(-1, 140),
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(5, 300),
                        Arbitraries.integers().between(0, 300))
                .as((category, exerciseName, sets, reps, seconds, rest) ->
                        new int[] {category, exerciseName, sets, reps, seconds, rest});
        Arbitrary<FitWorkout.Exercise> exercise = Combinators.combine(
                        names,
                        names,
                        numbers,
                        Arbitraries.doubles().between(0, 300).ofScale(2))
                .as((name, notes, n, kg) ->
                        new FitWorkout.Exercise(name, notes, n[0], n[1], n[2], n[3], n[3] == 0 ? n[4] : 0, kg, n[5]));
        return exercise.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void whatIsWrittenIsReadBackStepForStep(
            @ForAll("workouts") List<FitWorkout.Exercise> exercises, @ForAll boolean warmsUp) throws Exception {
        String warmUp = warmsUp ? "3 minutes of easy jogging; leg swings" : "";
        byte[] file = FitWorkout.write("Strength, week 1", 123_456, 1_796_000_000L, warmUp, exercises);
        FitWorkoutRead.Read read = FitWorkoutRead.of(file);
        assertThat(read.fileType()).isEqualTo(FitWorkout.FILE_TYPE_WORKOUT);
        assertThat(read.sport()).isEqualTo(FitWorkout.SPORT_TRAINING);
        assertThat(read.subSport()).isEqualTo(FitWorkout.SUB_SPORT_STRENGTH);
        assertThat(read.validSteps()).isEqualTo(read.steps().size()).isEqualTo(FitWorkout.steps(warmUp, exercises));
        List<FitWorkoutRead.Step> expected = expected(warmUp, exercises);
        assertThat(read.steps()).containsExactlyElementsOf(expected);
        for (FitWorkoutRead.Step step : read.steps()) {
            // every value inside its type: enums below 255, uint16 below 65535, strings within their field
            assertThat(step.durationType()).isBetween(0, 254);
            assertThat(step.intensity()).isBetween(0, 254);
            assertThat(step.name().getBytes(StandardCharsets.UTF_8).length).isLessThan(FitWorkout.NAME_BYTES);
            assertThat(step.notes().getBytes(StandardCharsets.UTF_8).length).isLessThan(FitWorkout.NOTES_BYTES);
            assertThat(step.name() + step.notes()).doesNotContain("\uFFFD");
            if (step.durationType() == FitWorkout.DURATION_REPEAT_UNTIL_STEPS_COMPLETE) {
                FitWorkoutRead.Step first = read.steps().get((int) step.durationValue());
                assertThat(step.durationValue()).isLessThan(step.index());
                assertThat(first.intensity()).isEqualTo(FitWorkout.ACTIVE);
                assertThat(step.targetValue()).isBetween(2L, 8L);
            }
        }
    }

    private static List<FitWorkoutRead.Step> expected(String warmUp, List<FitWorkout.Exercise> exercises) {
        List<FitWorkoutRead.Step> steps = new ArrayList<>();
        if (!warmUp.isBlank()) {
            steps.add(new FitWorkoutRead.Step(0, "Warm-up", 5, -1, -1, FitWorkout.WARM_UP, -1, -1, 0, warmUp));
        }
        for (FitWorkout.Exercise e : exercises) {
            int first = steps.size();
            boolean timed = e.reps() == 0;
            steps.add(new FitWorkoutRead.Step(
                    first,
                    FitWorkout.text(e.name(), FitWorkout.NAME_BYTES),
                    timed ? 0 : 29,
                    timed ? e.seconds() * 1000L : e.reps(),
                    -1,
                    FitWorkout.ACTIVE,
                    e.category(),
                    e.exerciseName(),
                    e.weightKg() > 0 ? Math.round(e.weightKg() * 100) / 100.0 : 0,
                    FitWorkout.text(e.notes(), FitWorkout.NOTES_BYTES).isBlank()
                            ? ""
                            : FitWorkout.text(e.notes(), FitWorkout.NOTES_BYTES)));
            steps.add(new FitWorkoutRead.Step(
                    steps.size(), "Rest", 0, e.restSeconds() * 1000L, -1, FitWorkout.REST, -1, -1, 0, ""));
            if (e.sets() > 1) {
                steps.add(new FitWorkoutRead.Step(
                        steps.size(), "", 6, first, e.sets(), FitWorkout.ACTIVE, -1, -1, 0, ""));
            }
        }
        return steps;
    }

    @Example
    void aNameIsCutAtACharacterNeverInsideOne() {
        String cut = FitWorkout.text("Übung ".repeat(5) + "😀😀😀😀😀", 40);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(39);
        assertThat(cut).doesNotContain("\uFFFD").startsWith("Übung Übung");
        assertThat(FitWorkout.text("short", 40)).isEqualTo("short");
    }

    @Example
    void aWorkoutLongerThanAWatchTakesIsRefused() {
        List<FitWorkout.Exercise> many = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            many.add(new FitWorkout.Exercise("Squat " + i, "", 28, 37, 3, 10, 0, 0, 60));
        }
        assertThatThrownBy(() -> FitWorkout.write("too long", 1, 1_796_000_000L, "jog", many))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 52 steps; a watch takes at most 50");
    }

    @Example
    void aDamagedWorkoutFileIsRefused() {
        byte[] file = FitWorkout.write(
                "w", 1, 1_796_000_000L, "", List.of(new FitWorkout.Exercise("Squat", "", 28, 37, 3, 10, 0, 0, 60)));
        file[30] ^= 0x55;
        assertThatThrownBy(() -> FitWorkoutRead.of(file))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("CRC");
    }
}
