package org.runmuscle.app.strength;

import static org.runmuscle.app.output.Numbers.tenths;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.store.MuscleLoad;
import org.runmuscle.store.StrengthSession;
import org.runmuscle.store.StrengthSet;

/** The JSON of a logged session (field names are API): the same for {@code logs --format json} and the routes. */
final class StrengthJson {
    private StrengthJson() {}

    static Map<String, Object> session(StrengthService.Logged logged, Atlas atlas) {
        StrengthSession s = logged.session();
        Map<String, Object> json = Json.object(
                "id", s.id(),
                "date", LocalDate.ofEpochDay(s.epochDay()).toString(),
                "source", s.source(),
                "plannedDate",
                        s.plannedDay().isPresent()
                                ? LocalDate.ofEpochDay(s.plannedDay().getAsLong())
                                        .toString()
                                : null,
                "minutes", Numbers.round(s.minutes(), 1),
                "rpe", Numbers.round(logged.rpe(), 1),
                "rpeLogged", !Double.isNaN(s.rpe()),
                "sessionRpe", Numbers.round(logged.sessionRpe(), 0),
                "load", Numbers.round(logged.load(), 1),
                "note", s.note(),
                "sets", s.sets().stream().map(StrengthJson::set).toList());
        if (!logged.loads().isEmpty()) {
            json.put("muscles", muscles(logged.loads()));
            json.put("groups", groups(logged.loads(), atlas));
        }
        return json;
    }

    private static Map<String, Object> set(StrengthSet set) {
        return Json.object(
                "exercise", set.exercise(),
                "reps", set.reps(),
                "seconds", set.seconds(),
                "loadKg", Numbers.round(set.loadKg(), 2),
                "rir", Numbers.round(set.rir(), 1),
                "rpe", Numbers.round(set.rpe(), 1));
    }

    private static List<Map<String, Object>> muscles(List<MuscleLoad> loads) {
        return loads.stream()
                .map(m -> Json.object(
                        "id", m.muscle(),
                        "loadBwSeconds", tenths(m.loadBwSeconds()),
                        "concentricBwSeconds", tenths(m.concentricBwSeconds()),
                        "eccentricBwSeconds", tenths(m.eccentricBwSeconds()),
                        "isometricBwSeconds", tenths(m.isometricBwSeconds()),
                        "damagingBwSeconds", tenths(m.damagingBwSeconds())))
                .toList();
    }

    /** Body-weight seconds by muscle group. */
    static Map<String, Double> groups(List<MuscleLoad> loads, Atlas atlas) {
        Map<String, Double> groups = new LinkedHashMap<>();
        for (MuscleLoad m : loads) {
            String group = atlas.muscle(m.muscle()).orElseThrow().group();
            groups.merge(group, m.loadBwSeconds(), Double::sum);
        }
        groups.replaceAll((g, v) -> tenths(v));
        return groups;
    }
}
