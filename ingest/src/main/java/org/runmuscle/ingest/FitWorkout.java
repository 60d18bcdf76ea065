package org.runmuscle.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A strength workout as a FIT workout file a Garmin watch runs: {@code file_id} of type workout,
 * one {@code workout} (sport training, sub-sport strength training) and its {@code workout_step}s:
 * for each exercise a step of repetitions (or time, for holds and drills) with its exercise
 * category and name, load and cue, a rest step, and a repeat step for the sets.
 */
public final class FitWorkout {
    static final int FILE_ID = 0;
    static final int WORKOUT = 26;
    static final int WORKOUT_STEP = 27;
    static final int FILE_TYPE_WORKOUT = 5;
    /** The development manufacturer id: no device made the file. */
    static final int MANUFACTURER_DEVELOPMENT = 255;

    static final int SPORT_TRAINING = 10;
    static final int SUB_SPORT_STRENGTH = 20;
    // wkt_step_duration
    static final int DURATION_TIME = 0;
    /** Until the lap button: the warm-up, as long as the runner needs. */
    static final int DURATION_OPEN = 5;

    static final int DURATION_REPEAT_UNTIL_STEPS_COMPLETE = 6;
    static final int DURATION_REPS = 29;
    // wkt_step_target: open
    static final int TARGET_OPEN = 2;
    // intensity
    static final int ACTIVE = 0;
    static final int REST = 1;
    static final int WARM_UP = 2;
    /** fit_base_unit kilogram, for the weight's display. */
    static final int KILOGRAM = 1;
    /**
     * Steps a workout may hold. Estimated from Garmin Connect's workout editor, which stops at 50
     * steps; a plan's session needs at most 22 (warm-up and seven exercises of three steps).
     */
    public static final int MAX_STEPS = 50;
    /** Bytes of the string fields, NUL included: a watch shows about 20 characters of a name anyway. */
    static final int NAME_BYTES = 48;

    static final int NOTES_BYTES = 128;

    private FitWorkout() {}

    /**
     * One exercise of the workout.
     *
     * @param reps         repetitions a set (per side for one-sided work), 0 for a timed set
     * @param seconds      seconds a set when timed, 0 when counted in reps
     * @param category     the profile's exercise category
     * @param exerciseName the profile's exercise name in that category, -1 for none
     * @param weightKg     the load to use, 0 for none
     */
    public record Exercise(
            String name,
            String notes,
            int category,
            int exerciseName,
            int sets,
            int reps,
            int seconds,
            double weightKg,
            int restSeconds) {}

    /** The workout's steps as written, for the tests and for messages. */
    public static int steps(String warmUp, List<Exercise> exercises) {
        return (warmUp.isBlank() ? 0 : 1)
                + exercises.stream().mapToInt(e -> e.sets() > 1 ? 3 : 2).sum();
    }

    /**
     * The file. {@code serial} tells workouts apart on the watch (the same session gives the same
     * serial, so sending it again replaces it); {@code createdUnixSeconds} is its time created;
     * {@code warmUp} the warm-up's instructions, a first step that lasts until the lap button ("" for none).
     */
    public static byte[] write(
            String name, long serial, long createdUnixSeconds, String warmUp, List<Exercise> exercises) {
        int steps = steps(warmUp, exercises);
        if (steps > MAX_STEPS) {
            throw new IllegalArgumentException(
                    "the workout '" + name + "' needs " + steps + " steps; a watch takes at most " + MAX_STEPS);
        }
        FitWriter fit = new FitWriter();
        fit.define(
                0,
                FILE_ID,
                new FitWriter.Field(0, 1, FitWriter.ENUM),
                new FitWriter.Field(1, 2, FitWriter.UINT16),
                new FitWriter.Field(2, 2, FitWriter.UINT16),
                new FitWriter.Field(3, 4, FitWriter.UINT32Z),
                new FitWriter.Field(4, 4, FitWriter.UINT32));
        fit.write(
                0,
                FILE_TYPE_WORKOUT,
                MANUFACTURER_DEVELOPMENT,
                0,
                serial == 0 ? 1 : serial & 0xFFFFFFFFL,
                FitWriter.fitTime(createdUnixSeconds));
        fit.define(
                1,
                WORKOUT,
                new FitWriter.Field(4, 1, FitWriter.ENUM),
                new FitWriter.Field(11, 1, FitWriter.ENUM),
                new FitWriter.Field(6, 2, FitWriter.UINT16),
                new FitWriter.Field(8, NAME_BYTES, FitWriter.STRING));
        fit.write(1, new long[] {SPORT_TRAINING, SUB_SPORT_STRENGTH, steps, 0}, text(name, NAME_BYTES));
        fit.define(
                2,
                WORKOUT_STEP,
                new FitWriter.Field(254, 2, FitWriter.UINT16),
                new FitWriter.Field(0, NAME_BYTES, FitWriter.STRING),
                new FitWriter.Field(1, 1, FitWriter.ENUM),
                new FitWriter.Field(2, 4, FitWriter.UINT32),
                new FitWriter.Field(3, 1, FitWriter.ENUM),
                new FitWriter.Field(4, 4, FitWriter.UINT32),
                new FitWriter.Field(7, 1, FitWriter.ENUM),
                new FitWriter.Field(10, 2, FitWriter.UINT16),
                new FitWriter.Field(11, 2, FitWriter.UINT16),
                new FitWriter.Field(12, 2, FitWriter.UINT16),
                new FitWriter.Field(13, 2, FitWriter.UINT16));
        fit.define(
                3,
                WORKOUT_STEP,
                new FitWriter.Field(254, 2, FitWriter.UINT16),
                new FitWriter.Field(8, NOTES_BYTES, FitWriter.STRING));
        int index = 0;
        long none = FitWriter.NONE;
        if (!warmUp.isBlank()) {
            fit.write(
                    2,
                    new long[] {index, 0, DURATION_OPEN, none, TARGET_OPEN, none, WARM_UP, none, none, none, none},
                    text("Warm-up", NAME_BYTES));
            if (!text(warmUp, NOTES_BYTES).isBlank()) {
                fit.write(3, new long[] {index, 0}, text(warmUp, NOTES_BYTES));
            }
            index++;
        }
        for (Exercise e : exercises) {
            int first = index;
            boolean timed = e.reps() == 0;
            long weight = e.weightKg() > 0 ? Math.round(e.weightKg() * 100) : none;
            fit.write(
                    2,
                    new long[] {
                        index,
                        0,
                        timed ? DURATION_TIME : DURATION_REPS,
                        timed ? e.seconds() * 1000L : e.reps(),
                        TARGET_OPEN,
                        none,
                        ACTIVE,
                        e.category(),
                        e.exerciseName() < 0 ? none : e.exerciseName(),
                        weight,
                        weight == none ? none : KILOGRAM
                    },
                    text(e.name(), NAME_BYTES));
            if (!text(e.notes(), NOTES_BYTES).isBlank()) {
                // the notes go in a message of their own for the same step (same message index)
                fit.write(3, new long[] {index, 0}, text(e.notes(), NOTES_BYTES));
            }
            index++;
            fit.write(
                    2,
                    new long[] {
                        index++,
                        0,
                        DURATION_TIME,
                        e.restSeconds() * 1000L,
                        TARGET_OPEN,
                        none,
                        REST,
                        none,
                        none,
                        none,
                        none
                    },
                    text("Rest", NAME_BYTES));
            if (e.sets() > 1) {
                fit.write(
                        2,
                        new long[] {
                            index++,
                            0,
                            DURATION_REPEAT_UNTIL_STEPS_COMPLETE,
                            first,
                            TARGET_OPEN,
                            e.sets(),
                            ACTIVE,
                            none,
                            none,
                            none,
                            none
                        },
                        text("", NAME_BYTES));
            }
        }
        return fit.bytes();
    }

    /**
     * {@code value} cut to fit a string field of {@code bytes} bytes with its NUL: at a character
     * boundary, so a name never ends in half a character; half characters and NULs are left out.
     */
    static String text(String value, int bytes) {
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isSurrogate((char) codePoint) && codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT
                    || codePoint == 0) {
                continue; // half a character, or a NUL that would end the string early: not text
            }
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes - 1) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += size;
        }
        return cut.toString();
    }
}
