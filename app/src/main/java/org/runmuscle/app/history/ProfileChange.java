package org.runmuscle.app.history;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.runmuscle.app.cli.BodyMasses;
import org.runmuscle.app.cli.Checked;
import org.runmuscle.app.cli.EquipmentOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Display;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.Equipment;
import org.runmuscle.core.training.Level;
import org.runmuscle.store.Athlete;

/**
 * A change to an athlete's profile as the {@code athlete} command and {@code PUT /api/v1/athlete}
 * take it: a null field keeps its value. Each field is checked with the name the user typed.
 */
public record ProfileChange(
        Double massKg,
        String level,
        List<String> equipment,
        Double hrMax,
        Double hrRest,
        String timeZone,
        String units) {
    /** Maximum and resting heart rates a person can have, beats per minute; wider than any athlete's. */
    static final double HR_MAX_LOW = 100;

    static final double HR_MAX_HIGH = 240;
    static final double HR_REST_LOW = 25;
    static final double HR_REST_HIGH = 120;

    public boolean isEmpty() {
        return massKg == null
                && level == null
                && equipment == null
                && hrMax == null
                && hrRest == null
                && timeZone == null
                && units == null;
    }

    /** {@code current} with this change applied, or a refusal naming the field as {@code names} calls it. */
    Athlete applyTo(Athlete current, Names names) {
        Athlete a = current;
        if (massKg != null) {
            a = a.withMass(BodyMasses.of(names.mass(), massKg).kg());
        }
        String newLevel =
                level == null ? a.level() : level(level, names.level()).id();
        String newEquipment = equipment == null
                ? a.equipment()
                : EquipmentOption.parse(String.join(",", equipment)).stream()
                        .map(Equipment::id)
                        .collect(Collectors.joining(","));
        a = a.withTraining(newLevel, newEquipment);
        double max = hrMax == null ? a.hrMax() : Checked.range(names.hrMax(), hrMax, HR_MAX_LOW, HR_MAX_HIGH, "bpm");
        double rest =
                hrRest == null ? a.hrRest() : Checked.range(names.hrRest(), hrRest, HR_REST_LOW, HR_REST_HIGH, "bpm");
        if (!Double.isNaN(max) && !Double.isNaN(rest) && rest >= max) {
            throw new UserInputException(names.hrRest() + " " + Math.round(rest) + " bpm is not below " + names.hrMax()
                    + " " + Math.round(max) + " bpm");
        }
        a = a.withHeartRates(max, rest);
        String zone = timeZone == null ? a.timeZone() : Display.zone(timeZone, names.timeZone());
        String newUnits = units == null ? a.units() : Display.units(units, names.units());
        return a.withPlace(zone, newUnits);
    }

    /** What each field is called where it was typed: option names on the command line, JSON keys in the API. */
    record Names(String mass, String level, String hrMax, String hrRest, String timeZone, String units) {
        static final Names OPTIONS = new Names("--mass", "--level", "--hr-max", "--hr-rest", "--time-zone", "--units");
        static final Names JSON = new Names("massKg", "level", "hrMax", "hrRest", "timeZone", "units");
    }

    private static Level level(String text, String name) {
        return Level.byId(text.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UserInputException(
                        name + " " + Quoted.of(text) + " is not a level; accepted: beginner, intermediate, advanced"));
    }
}
