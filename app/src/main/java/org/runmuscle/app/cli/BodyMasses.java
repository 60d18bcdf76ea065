package org.runmuscle.app.cli;

import org.runmuscle.core.activity.BodyMass;

/** Body mass as typed in an option or a query parameter, checked against {@link BodyMass}'s range. */
public final class BodyMasses {
    private BodyMasses() {}

    /** {@code name} is the option or parameter, for the one-line refusal. */
    public static BodyMass of(String name, double kg) {
        return BodyMass.of(Checked.range(name, kg, BodyMass.MIN_KG, BodyMass.MAX_KG, "kg"));
    }
}
