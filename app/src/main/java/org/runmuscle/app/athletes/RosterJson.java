package org.runmuscle.app.athletes;

import java.util.Map;
import java.util.stream.Collectors;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.app.output.Text;
import org.runmuscle.app.output.Units;
import org.runmuscle.store.StoredActivity;

/** A roster line in words (the CLI) and in JSON (the API and the roster page). */
final class RosterJson {
    private RosterJson() {}

    static Map<String, Object> of(AthletesService.RosterLine line) {
        return Json.object(
                "id", line.athlete().id(),
                "name", line.athlete().name(),
                "activities", line.activities(),
                "lastRun", line.lastRun().map(RosterJson::run).orElse(null),
                "groups", line.groups(),
                "soreGroups", line.soreGroups());
    }

    private static Map<String, Object> run(StoredActivity a) {
        return Json.object(
                "id", a.id(),
                "start", a.startTime().toString(),
                "distanceMeters", a.distanceMeters(),
                "name", a.name());
    }

    static String line(AthletesService.RosterLine line) {
        String last = line.lastRun()
                .map(a -> a.startTime().toString().substring(0, 10) + " "
                        + Units.km(Numbers.round(a.distanceMeters(), 1)))
                .orElse("none");
        String readiness = line.groups().stream()
                .map(g -> g.id() + " " + Math.round(g.readinessPercent()) + "%")
                .collect(Collectors.joining(", "));
        String sore = line.soreGroups().isEmpty() ? "" : " (sore: " + String.join(", ", line.soreGroups()) + ")";
        return (Text.pad(line.athlete().name(), 22)
                        + Text.pad(String.valueOf(line.activities()), 12)
                        + Text.pad(last, 30)
                        + (line.activities() == 0 ? "" : readiness + sore))
                .stripTrailing();
    }
}
