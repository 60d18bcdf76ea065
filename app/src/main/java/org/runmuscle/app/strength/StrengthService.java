package org.runmuscle.app.strength;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.history.Memo;
import org.runmuscle.app.history.StrengthLoads;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.text.Closest;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.StrengthLoad;
import org.runmuscle.core.training.WholeBodyLoad;
import org.runmuscle.store.MuscleLoad;
import org.runmuscle.store.StrengthLog;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.StrengthSet;

/**
 * Logs strength sessions for one athlete and reads them back: what {@code log}, {@code logs} and
 * the strength routes call. A session is checked whole before anything is stored, and stored in one
 * transaction with its sets and per-muscle loads.
 */
public final class StrengthService {
    /** Sets of one exercise in one line. More is a typing slip: 20 is already a long ladder. */
    static final int MAX_SETS = 20;
    /** Repetitions per set. Over 100 is endurance work the load model does not describe, or a typo. */
    static final int MAX_REPS = 100;
    /** A hold's seconds per set: ten minutes is beyond any plank worth logging. */
    static final int MAX_HOLD_SECONDS = 600;
    /** Sets in one session, all lines together. */
    static final int MAX_SESSION_SETS = 100;
    /** External load, kg: above the heaviest squats ever lifted. */
    static final double MAX_LOAD_KG = 500;
    /** Session length, minutes. */
    static final double MAX_MINUTES = 300;
    /** Nothing is logged before this day: no runmuscle user lifted before it and logs it now. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final HistoryService history;
    private final ExerciseCatalog catalog;
    private final Supplier<StrengthLoad> model;

    public StrengthService(HistoryService history, ExerciseCatalog catalog) {
        this(history, catalog, Memo.of(() -> StrengthLoad.of(history.model())));
    }

    private StrengthService(HistoryService history, ExerciseCatalog catalog, Supplier<StrengthLoad> model) {
        this.history = history;
        this.catalog = catalog;
        this.model = model;
    }

    /** The same feature over another athlete's history, sharing the model. */
    public StrengthService forHistory(HistoryService other) {
        return new StrengthService(other, catalog, model);
    }

    public ExerciseCatalog catalog() {
        return catalog;
    }

    /** Today in the athlete's time zone. */
    public LocalDate today(Clock clock) {
        return history.today(clock);
    }

    private StrengthLog log() {
        return history.store().strength();
    }

    /** Checks and stores a session; the stored session. */
    public Logged log(SessionRequest request, LocalDate today, String source) {
        LocalDate date = request.date().orElse(today);
        if (date.isAfter(today)) {
            throw new UserInputException("the date " + date + " is in the future (today is " + today
                    + " in the athlete's time zone); log a session once it is done");
        }
        if (date.isBefore(EARLIEST)) {
            throw new UserInputException("the date " + date + " is before " + EARLIEST + "; check the year");
        }
        if (request.sets().isEmpty()) {
            throw new UserInputException("a session needs at least one exercise, e.g. 'goblet-squat 3x10@16kg'");
        }
        int total = 0;
        List<Exercise> exercises = new ArrayList<>();
        for (SetRequest line : request.sets()) {
            exercises.add(check(line));
            total += line.sets();
        }
        if (total > MAX_SESSION_SETS) {
            throw new UserInputException(total + " sets in one session; at most " + MAX_SESSION_SETS);
        }
        if (!Double.isNaN(request.minutes()) && !(request.minutes() >= 1 && request.minutes() <= MAX_MINUTES)) {
            throw new UserInputException("minutes " + request.minutes() + " is out of range; 1 to " + MAX_MINUTES);
        }
        checkEffort("session RPE", request.rpe(), 1, 10);
        double mass = Double.isNaN(history.athlete().massKg())
                ? BodyMass.DEFAULT.kg()
                : history.athlete().massKg();
        List<StrengthSet> sets = new ArrayList<>();
        for (SetRequest line : request.sets()) {
            for (int s = 0; s < line.sets(); s++) {
                sets.add(new StrengthSet(
                        line.exercise(), line.reps(), line.seconds(), line.loadKg(), line.rir(), line.rpe()));
            }
        }
        double minutes =
                Double.isNaN(request.minutes()) ? SessionEffort.minutes(request.sets(), exercises) : request.minutes();
        StrengthSession session = new StrengthSession(
                0,
                date.toEpochDay(),
                Optional.empty(),
                minutes,
                request.rpe(),
                request.plannedDay().isPresent() ? "plan" : source,
                request.plannedDay().map(d -> OptionalLong.of(d.toEpochDay())).orElse(OptionalLong.empty()),
                "",
                request.note().strip(),
                mass,
                StrengthLoad.VERSION,
                sets);
        List<MuscleLoad> loads =
                StrengthLoads.of(model.get(), sets, id -> catalog.byId(id).orElseThrow(), mass);
        StrengthSession stored = log().add(session, loads);
        return logged(stored, loads);
    }

    private Exercise check(SetRequest line) {
        Exercise exercise = catalog.byId(line.exercise()).orElseThrow(() -> unknown(line.exercise()));
        if (line.sets() < 1 || line.sets() > MAX_SETS) {
            throw new UserInputException(exercise.id() + ": " + line.sets() + " sets; log 1 to " + MAX_SETS);
        }
        boolean held = exercise.dose().reps() == 0;
        if (line.reps() > 0 && line.seconds() > 0) {
            throw new UserInputException(exercise.id() + ": give repetitions or seconds, not both");
        }
        if (line.seconds() > 0 || held) {
            if (held && line.seconds() == 0) {
                throw new UserInputException(
                        exercise.id() + " is held, not repeated: log seconds, e.g. '" + exercise.id() + " "
                                + exercise.dose().sets() + "x" + exercise.dose().seconds() + "s'");
            }
            if (!(line.seconds() >= 1 && line.seconds() <= MAX_HOLD_SECONDS)) {
                throw new UserInputException(
                        exercise.id() + ": " + line.seconds() + " s per set; log 1 to " + MAX_HOLD_SECONDS + " s");
            }
        } else if (line.reps() < 1 || line.reps() > MAX_REPS) {
            throw new UserInputException(exercise.id() + ": " + line.reps() + " reps per set; log 1 to " + MAX_REPS
                    + (exercise.unilateral() ? " (per side)" : ""));
        }
        if (!(line.loadKg() >= 0 && line.loadKg() <= MAX_LOAD_KG)) {
            throw new UserInputException(exercise.id() + ": a load of " + line.loadKg()
                    + " kg is not possible; give the weight added to the body, 0 to " + (int) MAX_LOAD_KG + " kg");
        }
        checkEffort(exercise.id() + ": reps in reserve", line.rir(), 0, 10);
        checkEffort(exercise.id() + ": RPE", line.rpe(), 1, 10);
        return exercise;
    }

    private static void checkEffort(String what, double value, double min, double max) {
        if (!Double.isNaN(value) && !(value >= min && value <= max)) {
            throw new UserInputException(what + " " + value + " is out of range; " + (int) min + " to " + (int) max);
        }
    }

    /** An unknown exercise, with the closest catalog ids as a suggestion. */
    UserInputException unknown(String typed) {
        List<String> ids = catalog.all().stream().map(Exercise::id).toList();
        return new UserInputException("no exercise " + Quoted.of(typed) + " in the catalog; did you mean "
                + String.join(", ", Closest.of(typed, ids, 3)) + "? ('runmuscle exercises' lists them)");
    }

    /** The sessions of the days {@code from} to {@code to}, oldest first. */
    public List<Logged> sessions(LocalDate from, LocalDate to) {
        return log().sessions(from.toEpochDay(), to.toEpochDay()).stream()
                .map(s -> logged(s, List.of()))
                .toList();
    }

    public Optional<Logged> session(long id) {
        return log().session(id).map(s -> logged(s, log().loads(id)));
    }

    public boolean delete(long id) {
        return log().delete(id);
    }

    private Logged logged(StrengthSession session, List<MuscleLoad> loads) {
        double rpe = SessionEffort.rpe(session);
        return new Logged(
                session,
                rpe,
                WholeBodyLoad.sessionRpe(session.minutes(), rpe),
                WholeBodyLoad.fromSessionRpe(session.minutes(), rpe),
                loads);
    }

    /**
     * A stored session with its effort and whole-body load.
     *
     * @param rpe       the session RPE used: logged, from the sets' effort, or the default
     * @param sessionRpe Foster's session RPE, RPE x minutes
     * @param load      whole-body load on TRIMP's scale
     * @param loads     its per-muscle loads, when read one session at a time
     */
    public record Logged(StrengthSession session, double rpe, double sessionRpe, double load, List<MuscleLoad> loads) {}
}
