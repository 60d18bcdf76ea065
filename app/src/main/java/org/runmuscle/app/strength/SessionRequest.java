package org.runmuscle.app.strength;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A session to log.
 *
 * @param date       the day it was done, in the athlete's time zone; empty for today
 * @param minutes    how long it lasted; NaN to estimate it from the sets and their rests
 * @param rpe        session RPE (CR-10); NaN to take the sets' effort, or "hard" without any
 * @param plannedDay the plan day it ticks off, if any
 */
public record SessionRequest(
        Optional<LocalDate> date,
        double minutes,
        double rpe,
        String note,
        Optional<LocalDate> plannedDay,
        List<SetRequest> sets) {
    public SessionRequest {
        sets = List.copyOf(sets);
        note = note == null ? "" : note;
    }
}
