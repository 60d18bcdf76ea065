package org.runmuscle.core.activity;

/**
 * A runner's body mass: the unit every force in the model is divided by, and what turns body
 * weights back into newtons. One place for its range and its default, which the command line,
 * the API, the importer and the athlete profile all use.
 *
 * @param kg kilograms, {@value #MIN_KG} to {@value #MAX_KG}
 */
public record BodyMass(double kg) {
    /** Lightest accepted: below any adult runner, above a data-entry slip of a few kilograms. */
    public static final double MIN_KG = 20;
    /** Heaviest accepted: above any runner on record, below a value entered in pounds by mistake. */
    public static final double MAX_KG = 250;
    /**
     * Used when neither the runner nor the file says. An estimate: a typical adult runner; forces
     * in body weights do not depend on it, only newtons and absolute loads do.
     */
    public static final BodyMass DEFAULT = new BodyMass(70);

    public BodyMass {
        if (!(kg >= MIN_KG && kg <= MAX_KG)) {
            throw new IllegalArgumentException(
                    "body mass " + kg + " kg is outside " + (int) MIN_KG + " to " + (int) MAX_KG + " kg");
        }
    }

    public static BodyMass of(double kg) {
        return new BodyMass(kg);
    }

    /**
     * The mass a run is analysed at when the runner gave none: the file's, when it is in range,
     * else {@link #DEFAULT}. The import and the batch job both use this rule, so that they give a
     * file the same loads.
     */
    public static double ofFile(Activity activity) {
        double fromFile = activity.bodyMassKg().orElse(Double.NaN);
        return fromFile >= MIN_KG && fromFile <= MAX_KG ? fromFile : DEFAULT.kg();
    }
}
