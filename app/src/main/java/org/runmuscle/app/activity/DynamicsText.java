package org.runmuscle.app.activity;

import org.runmuscle.app.output.Units;

/** Running dynamics in words, for the table and the HTML report alike. */
public final class DynamicsText {
    private DynamicsText() {}

    public static String of(ActivityView.Dynamics d) {
        return "ground contact " + Units.number(d.groundContactMs(), " ms") + " (left foot "
                + Units.number(d.contactBalanceLeftPercent(), 1, " %") + "), vertical oscillation "
                + Units.number(d.verticalOscillationMm(), " mm") + ", step "
                + Units.number(d.stepLengthMeters(), 2, " m");
    }
}
