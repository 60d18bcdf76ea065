package org.runmuscle.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.runmuscle.app.cli.UserInputException;

/** An archive's profile put on the athlete it is restored into, field by field, each checked as if typed. */
final class ArchiveProfile {
    private ArchiveProfile() {}

    static void apply(HistoryService service, JsonNode athlete) {
        List<String> equipment = new ArrayList<>();
        athlete.path("equipment").forEach(e -> equipment.add(e.asText()));
        ProfileChange change = new ProfileChange(
                number(athlete, "massKg"),
                text(athlete, "level"),
                equipment.isEmpty() ? null : equipment,
                number(athlete, "hrMax"),
                number(athlete, "hrRest"),
                text(athlete, "timeZone"),
                text(athlete, "units"));
        try {
            service.changeProfile(change, ProfileChange.Names.JSON);
        } catch (UserInputException e) {
            // A profile value this release would refuse is left out; the runs are what matter.
        }
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
