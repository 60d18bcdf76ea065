package org.runmuscle.app.strength;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.text.Quoted;

/**
 * The body of {@code POST /api/v1/strength} (field names are API). Absent numbers are "not given":
 * the service estimates minutes and effort.
 */
record LogBody(String date, Double minutes, Double rpe, String note, String plannedDate, List<SetBody> sets) {
    static final String SHAPE = "{\"date\": \"2026-12-01\", \"rpe\": 7, \"sets\": [{\"exercise\": \"goblet-squat\", "
            + "\"sets\": 3, \"reps\": 10, \"loadKg\": 16}]}";
    static final int MAX_NOTE = 500;

    /** One exercise's sets. */
    record SetBody(String exercise, Integer sets, Integer reps, Double seconds, Double loadKg, Double rir, Double rpe) {
        SetRequest request() {
            if (exercise == null || exercise.isBlank()) {
                throw new UserInputException("each entry of sets needs an exercise id");
            }
            return new SetRequest(
                    exercise.strip(),
                    sets == null ? 1 : sets,
                    reps == null ? 0 : reps,
                    seconds == null ? 0 : seconds,
                    loadKg == null ? 0 : loadKg,
                    rir == null ? Double.NaN : rir,
                    rpe == null ? Double.NaN : rpe);
        }
    }

    SessionRequest request() {
        if (note != null && note.length() > MAX_NOTE) {
            throw new UserInputException("note is " + note.length() + " characters; at most " + MAX_NOTE);
        }
        return new SessionRequest(
                day("date", date),
                minutes == null ? Double.NaN : minutes,
                rpe == null ? Double.NaN : rpe,
                note,
                day("plannedDate", plannedDate),
                sets == null ? List.of() : sets.stream().map(SetBody::request).toList());
    }

    private static Optional<LocalDate> day(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new UserInputException(field + " " + Quoted.of(text) + " is not a date; use YYYY-MM-DD");
        }
    }
}
