package org.runmuscle.store;

/**
 * An athlete of the history and their profile. Numbers not given are NaN.
 *
 * @param name      unique in the history, whatever its case
 * @param massKg    body mass, which every run of theirs is analysed with; NaN until given
 * @param level     training level id (beginner, intermediate, advanced)
 * @param equipment equipment ids, comma-separated
 * @param hrMax     maximum heart rate, beats per minute
 * @param hrRest    resting heart rate, beats per minute
 * @param timeZone  an IANA zone id, such as Europe/Berlin
 * @param units     "km" or "mi"
 */
public record Athlete(
        long id,
        String name,
        double massKg,
        String level,
        String equipment,
        double hrMax,
        double hrRest,
        String timeZone,
        String units) {
    /** A new athlete's profile before anything is given. */
    public static Athlete named(String name) {
        return new Athlete(0, name, Double.NaN, "beginner", "none", Double.NaN, Double.NaN, "UTC", "km");
    }

    public boolean hasMass() {
        return !Double.isNaN(massKg);
    }

    Athlete withId(long newId) {
        return new Athlete(newId, name, massKg, level, equipment, hrMax, hrRest, timeZone, units);
    }

    public Athlete withMass(double kg) {
        return new Athlete(id, name, kg, level, equipment, hrMax, hrRest, timeZone, units);
    }

    public Athlete withTraining(String newLevel, String newEquipment) {
        return new Athlete(id, name, massKg, newLevel, newEquipment, hrMax, hrRest, timeZone, units);
    }

    public Athlete withHeartRates(double max, double rest) {
        return new Athlete(id, name, massKg, level, equipment, max, rest, timeZone, units);
    }

    public Athlete withPlace(String zone, String newUnits) {
        return new Athlete(id, name, massKg, level, equipment, hrMax, hrRest, zone, newUnits);
    }
}
