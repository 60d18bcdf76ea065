package org.runmuscle.app.history;

import java.util.List;
import java.util.Map;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.store.Athlete;

/** An athlete's profile in words and in JSON, the same for the CLI and the API. */
final class AthleteJson {
    private AthleteJson() {}

    static Map<String, Object> of(Athlete a, int reanalysed) {
        return Json.object(
                "id", a.id(),
                "name", a.name(),
                "massKg", a.massKg(),
                "level", a.level(),
                "equipment", List.of(a.equipment().split(",")),
                "hrMax", a.hrMax(),
                "hrRest", a.hrRest(),
                "timeZone", a.timeZone(),
                "units", a.units(),
                "runsReanalysed", reanalysed);
    }

    static List<String> lines(Athlete a) {
        String mass = a.hasMass()
                ? String.format("%.1f kg", a.massKg())
                : "not given (runs are analysed at " + Math.round(BodyMass.DEFAULT.kg()) + " kg)";
        String hr = Double.isNaN(a.hrMax()) && Double.isNaN(a.hrRest())
                ? "not given"
                : "max " + bpm(a.hrMax()) + ", rest " + bpm(a.hrRest());
        return List.of(
                "Athlete:    " + a.name(),
                "Body mass:  " + mass,
                "Level:      " + a.level(),
                "Equipment:  " + a.equipment(),
                "Heart rate: " + hr,
                "Time zone:  " + a.timeZone() + ", distances in " + a.units());
    }

    private static String bpm(double value) {
        return Double.isNaN(value) ? "not given" : Math.round(value) + " bpm";
    }
}
