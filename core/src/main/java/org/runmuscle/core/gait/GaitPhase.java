package org.runmuscle.core.gait;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The phases of one running gait cycle, seen from one leg: from its initial contact (0 %) to its
 * next initial contact (100 %).
 *
 * <p>The phases partition the cycle. Their nominal windows are for steady running at about
 * 3.5 m/s, where stance ends at 30–37 % of the cycle (Gazendam &amp; Hof 2007, evidence §1); we
 * take 35 %. How stance is split into contact, loading, midstance and propulsion, and swing into
 * float, early, mid and late swing, is <em>estimated</em>: no readable source gives numeric
 * sub-phase bounds for running (evidence §8 item 1), so the split follows the usual textbook
 * proportions and exists for display. The load model times each phase from the stride itself.
 */
public enum GaitPhase {
    INITIAL_CONTACT(
            "initial-contact",
            "Initial contact",
            Period.STANCE,
            0,
            2,
            "The foot touches down ahead of the body; muscles that pre-activated in late swing take the first impact."),
    LOADING_RESPONSE(
            "loading-response",
            "Loading response",
            Period.STANCE,
            2,
            14,
            "Body weight rolls onto the leg; hip, knee and ankle bend under load and the extensors brake the fall "
                    + "eccentrically."),
    MIDSTANCE(
            "midstance",
            "Midstance",
            Period.STANCE,
            14,
            22,
            "The body passes over the foot; the leg is most compressed and tendons hold the most elastic energy."),
    PROPULSION(
            "propulsion",
            "Propulsion and toe-off",
            Period.STANCE,
            22,
            35,
            "Hip, knee and ankle extend to push the body up and forward until the toes leave the ground."),
    FLOAT(
            "float",
            "Float",
            Period.SWING,
            35,
            45,
            "Both feet are off the ground; the trailing leg starts to fold and swing forward."),
    EARLY_SWING(
            "early-swing",
            "Early swing",
            Period.SWING,
            45,
            65,
            "The hip flexes hard to pull the thigh forward while the knee folds to shorten the leg."),
    MID_SWING(
            "mid-swing",
            "Mid swing",
            Period.SWING,
            65,
            80,
            "The folded leg passes under the body and the knee begins to open."),
    LATE_SWING(
            "late-swing",
            "Late swing",
            Period.SWING,
            80,
            100,
            "The knee extends and the hamstrings brake the shank; the leg reaches for the next contact and the calf "
                    + "pre-activates.");

    /** Whether the foot of the reference leg is on the ground. */
    public enum Period {
        STANCE,
        SWING
    }

    private final String id;
    private final String displayName;
    private final Period period;
    private final int nominalStartPercent;
    private final int nominalEndPercent;
    private final String description;

    GaitPhase(
            String id,
            String displayName,
            Period period,
            int nominalStartPercent,
            int nominalEndPercent,
            String description) {
        this.id = id;
        this.displayName = displayName;
        this.period = period;
        this.nominalStartPercent = nominalStartPercent;
        this.nominalEndPercent = nominalEndPercent;
        this.description = description;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Period period() {
        return period;
    }

    /** Start of this phase in % of the cycle, at the nominal stance fraction of 0.35. */
    public int nominalStartPercent() {
        return nominalStartPercent;
    }

    /** End of this phase in % of the cycle, at the nominal stance fraction of 0.35. */
    public int nominalEndPercent() {
        return nominalEndPercent;
    }

    public String description() {
        return description;
    }

    public static Optional<GaitPhase> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    @JsonCreator
    static GaitPhase fromJson(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown gait phase '" + id + "'"));
    }
}
