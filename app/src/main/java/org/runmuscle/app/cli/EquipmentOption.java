package org.runmuscle.app.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.Equipment;

/** Parses "none,band,dumbbells" into equipment, naming what is accepted when a word is not. */
public final class EquipmentOption {
    private EquipmentOption() {}

    public static Set<Equipment> parse(String text) {
        Set<Equipment> equipment = EnumSet.of(Equipment.NONE);
        for (String word : text.split(",")) {
            String id = word.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            Optional<Equipment> found = Equipment.byId(id);
            if (found.isEmpty()) {
                throw new UserInputException(
                        "unknown equipment " + Quoted.of(word.strip()) + "; accepted: " + accepted());
            }
            equipment.add(found.get());
        }
        return equipment;
    }

    static String accepted() {
        return Arrays.stream(Equipment.values()).map(Equipment::id).collect(Collectors.joining(", "));
    }
}
