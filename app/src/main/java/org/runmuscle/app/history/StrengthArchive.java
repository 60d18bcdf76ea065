package org.runmuscle.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.StrengthLoad;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.StrengthSet;

/**
 * The strength log in an archive: every session logged by hand or from a plan, with its sets (a
 * watch's sessions come back with their files). Restoring logs each again, with loads from this
 * release's model, unless the history holds the same session already, so restoring twice adds
 * nothing.
 */
final class StrengthArchive {
    private StrengthArchive() {}

    /** The sessions as the manifest's {@code strength} list (field names are the archive's format). */
    static List<Map<String, Object>> json(HistoryStore store) {
        return store.strength().sessions(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2).stream()
                .filter(s -> !s.source().equals("fit"))
                .map(s -> Json.object(
                        "date", LocalDate.ofEpochDay(s.epochDay()).toString(),
                        "minutes", s.minutes(),
                        "rpe", Double.isNaN(s.rpe()) ? null : s.rpe(),
                        "source", s.source(),
                        "plannedDate",
                                s.plannedDay().isPresent()
                                        ? LocalDate.ofEpochDay(s.plannedDay().getAsLong())
                                                .toString()
                                        : null,
                        "note", s.note(),
                        "massKg", s.massKg(),
                        "sets",
                                s.sets().stream()
                                        .map(x -> Json.object(
                                                "exercise", x.exercise(),
                                                "reps", x.reps(),
                                                "seconds", x.seconds(),
                                                "loadKg", x.loadKg(),
                                                "rir", Double.isNaN(x.rir()) ? null : x.rir(),
                                                "rpe", Double.isNaN(x.rpe()) ? null : x.rpe()))
                                        .toList()))
                .toList();
    }

    /** Logs the archive's sessions into {@code service}'s history; how many were new. */
    static int restore(JsonNode sessions, HistoryService service) {
        ExerciseCatalog catalog = ExerciseCatalog.load(service.atlas());
        StrengthLoad model = StrengthLoad.of(service.model());
        int restored = 0;
        for (JsonNode s : sessions) {
            Optional<StrengthSession> session = session(s, catalog);
            if (session.isEmpty() || present(service.store(), session.get())) {
                continue;
            }
            StrengthSession logged = session.get();
            service.store()
                    .strength()
                    .add(
                            logged,
                            StrengthLoads.of(
                                    model, logged.sets(), id -> catalog.byId(id).orElseThrow(), logged.massKg()));
            restored++;
        }
        return restored;
    }

    private static boolean present(HistoryStore store, StrengthSession session) {
        return store.strength().sessions(session.epochDay(), session.epochDay()).stream()
                .anyMatch(s -> s.sets().equals(session.sets()));
    }

    /** A session from the manifest; empty when it is damaged or names an exercise this catalog lacks. */
    private static Optional<StrengthSession> session(JsonNode s, ExerciseCatalog catalog) {
        try {
            List<StrengthSet> sets = new ArrayList<>();
            for (JsonNode x : s.path("sets")) {
                String exercise = x.path("exercise").asText("");
                int reps = x.path("reps").asInt(-1);
                double seconds = x.path("seconds").asDouble(-1);
                double load = x.path("loadKg").asDouble(-1);
                if (catalog.byId(exercise).isEmpty()
                        || reps < 0
                        || reps > 100
                        || seconds < 0
                        || seconds > 600
                        || load < 0
                        || load > 500) {
                    return Optional.empty();
                }
                sets.add(new StrengthSet(exercise, reps, seconds, load, number(x, "rir"), number(x, "rpe")));
            }
            double mass = s.path("massKg").asDouble(0);
            if (sets.isEmpty() || !(mass >= 20 && mass <= 250)) {
                return Optional.empty();
            }
            String planned = s.path("plannedDate").asText("");
            String source = s.path("source").asText("log").equals("plan") ? "plan" : "log";
            return Optional.of(new StrengthSession(
                    0,
                    LocalDate.parse(s.path("date").asText()).toEpochDay(),
                    Optional.empty(),
                    Math.max(1, Math.min(300, s.path("minutes").asDouble(1))),
                    number(s, "rpe"),
                    source,
                    planned.isEmpty()
                            ? OptionalLong.empty()
                            : OptionalLong.of(LocalDate.parse(planned).toEpochDay()),
                    "",
                    s.path("note").asText(""),
                    mass,
                    StrengthLoad.VERSION,
                    sets));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }
}
