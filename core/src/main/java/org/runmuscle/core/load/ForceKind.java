package org.runmuscle.core.load;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a burst of muscle force does in the stride, and so how it scales with speed, grade and step
 * rate. Every factor is 1 at the reference: level running at 3.5 m/s and the preferred step rate,
 * where the peak forces of {@code muscle-forces.json} hold.
 *
 * <p>Speed: {@code (v / 3.5)^exponent}, with the ankle plateau and the sprint shift described on
 * each constant. Grade g (rise over run): {@code 1 + k |g|}, k from the uphill or downhill
 * column, floored at 0.2. Step rate r (relative to preferred): {@code r^exponent}.
 */
public enum ForceKind {
    /**
     * Calf force in stance. Speed: Achilles force rose from 44.0 to 98.7 N/kg between 1.34 and
     * 4.47 m/s (Tensiometry 2024), exponent ln(2.24)/ln(3.34) = 0.67; ankle positive work plateaus
     * above 5.0 m/s (Schache 2015), so the factor is held there; soleus maximal force falls at 7 m/s
     * and beyond (Bohm 2023), estimated at 4 % per m/s. Grade: all calf muscles more active uphill
     * (Ahn 2007; incline sprint 2021), k = 1.5 estimated from that. Downhill the posterior muscles
     * are less active (Ahn 2007, 14 % grade) while the whole body's peak vertical force is largest
     * (Neves 2014): the extra impact goes to the knee extensors, so the calves follow the EMG,
     * k = -0.5 estimated (7 % less at -14 %). Step rate: ankle extensor force falls in midstance
     * at +10 % step rate (Lenhart 2014), exponent -1.5 (the -14 % of patellofemoral force).
     */
    ANKLE_STANCE(0.67, 1.5, -0.5, -1.5),
    /**
     * Pre-activation before contact (calves, vasti): EMG before contact rises with speed (Kyrolainen 2005), exponent 1
     * estimated.
     */
    PREACTIVATION(1.0, 0.5, 1.0, 0),
    /**
     * Knee extensors braking in early stance. Speed: knee stance work does not change with speed
     * (Schache 2011); force estimated to rise gently, exponent 0.5. Grade: vasti stance torque lower
     * uphill (Yokozawa 2007), k = -1.0 estimated; normal impact +54 % at -9 degrees, a -15.8 % grade
     * (Gottschall &amp; Kram 2005), so k = 0.54 / 0.158 = 3.4 downhill. Step rate: exponent -1.5
     * (Lenhart 2014, as above). (Uphill k was -1.0 while the push burst carried a larger share;
     * -0.6 keeps the vasti's stance peak 5 % lower at 9.1 % and their whole load within 20 % at 21 %.)
     */
    KNEE_BRAKE(0.5, -0.6, 3.4, -1.5),
    /**
     * Knee extensors pushing off: knee work similar at all inclines (Roberts &amp; Belliveau 2005):
     * k = -0.5 uphill, estimated so that the longer uphill stance and shorter strides leave the
     * concentric knee load per km about level; downhill energy dissipation dominates (Vernillo
     * 2017), k = -2 estimated.
     */
    KNEE_PUSH(0.3, -0.5, -2.0, -1.5),
    /**
     * Knee and hip control in swing by the quadriceps (rectus femoris, vastus intermedius). Rectus
     * femoris hip-flexion torque higher uphill (Yokozawa 2007; +-6 degree EMG study), k = 1.5
     * estimated; downhill lower, k = -0.5 estimated. Step rate: rectus femoris early-swing load rises
     * with step rate (Lenhart 2014), exponent 1.0 (Lieberman 2015: +5.8 % hip flexor moment per
     * +5 strides/min, about +6 %).
     */
    KNEE_SWING(1.0, 1.5, -0.5, 1.0),
    /**
     * Rectus femoris in stance: it brakes knee flexion with the vasti but also flexes the hip, and
     * its activity is ordered uphill &gt; level &gt; downhill (+-6 degree EMG study; Yokozawa 2007:
     * its torques higher uphill), unlike the vasti. Speed exponent 0.5 as the vasti (estimated);
     * grade k = 1.5 uphill and -0.5 downhill as its swing burst (estimated); step rate exponent -1.5
     * as the stance extensors (Lenhart 2014).
     */
    RECTUS_STANCE(0.5, 1.5, -0.5, -1.5),
    /**
     * Hip extensors controlling the landing and starting hip extension. Speed exponent 0.8
     * estimated; more hip absorption in early stance downhill (sloped-running kinetics 2010), k =
     * 1.0 estimated; uphill the mean hip moment in stance rose from 2.07 to 87.30 N m at 12 degrees
     * (Roberts &amp; Belliveau 2005), from landing on: k = 1.0 estimated.
     */
    HIP_BRAKE(0.8, 1.0, 1.0, -1.5),
    /**
     * Hip extensors driving the body forward in stance. Speed: hip extensor loads rise most toward
     * maximal sprinting (Schache 2011), long-lasting hip extensor activity at high speed
     * (Kyrolainen 1999), exponent 1.0 estimated. Grade: net hip work per step went from -0.25 to
     * 0.88 J/kg between level and a 12 degree (21 %) incline, with the hip supplying the extra work
     * while knee and ankle work stayed similar (Roberts &amp; Belliveau 2005); k = 5 (about double
     * the force at 21 %) is estimated to carry that. Downhill, work is biased to dissipation
     * (DeVita 2008), k = -2 estimated. Step rate: exponent -1.5 (Lenhart 2014). (k was 5 while
     * this burst carried the whole stance peak; with the peak now early in stance (Hamner 2010),
     * 7 keeps the concentric gluteal load per km more than doubled at 21 % and 20 % up at 8 %.)
     */
    HIP_PUSH(1.0, 7.0, -2.0, -1.5),
    /**
     * Frontal-plane pelvic control in stance (gluteus medius, minimus, deep rotators). Speed exponent 0.5 estimated;
     * higher stance EMG of gluteus medius uphill (incline sprint 2021), k = 1.0 estimated; hip abductor force falls at
     * +10 % step rate (Lenhart 2014), exponent -1.5.
     */
    FRONTAL_STANCE(0.5, 1.0, 0.5, -1.5),
    /**
     * Hip flexors swinging the leg forward. Speed: hip positive work, greatest in swing, keeps
     * rising above 5 m/s (Schache 2015); biggest increases with speed are in swing (Schache 2011),
     * exponent 1.3 estimated; above 7 m/s the iliopsoas takes over the increase (Dorn 2012), an extra
     * (v / 7)^0.8 estimated. Grade: iliopsoas swing activation higher uphill (Yokozawa 2007), k = 1.5
     * estimated; downhill k = -0.5 estimated. Step rate: exponent 1.0 (Lieberman 2015, Lenhart 2014).
     */
    HIP_FLEXOR_SWING(1.3, 1.5, -0.5, 1.0),
    /**
     * Hamstrings (and the gluteal brake) decelerating the leg in late swing. Speed: biceps femoris
     * loading rises with speed and exceeds its stance load at the fastest (Chumanov 2011); same
     * exponents as the hip flexors, including the shift above 7 m/s (Dorn 2012). Grade: hamstring
     * swing activation higher uphill (Yokozawa 2007), k = 1.0 estimated; downhill -0.5 estimated.
     * Step rate: late-swing hamstring load rises (Lenhart 2014), exponent 0.5 estimated.
     */
    HAMSTRING_SWING(1.3, 1.0, -0.5, 0.5),
    /**
     * Tibialis anterior: EMG rises with speed, mostly before contact and in braking (Kyrolainen 2005), exponent 0.7
     * estimated; more active uphill and, as an anterior muscle, downhill (Ahn 2007), k = 1.0 and 2.0 estimated.
     */
    SHIN(0.7, 1.0, 2.0, 0),
    /**
     * Trunk stabilisers: erector spinae activity in running above a back-extension test (Behm 2009); all scaling
     * estimated (exponent 0.6, k = 0.5 both ways).
     */
    TRUNK(0.6, 0.5, 0.5, 0),
    /**
     * Arm and shoulder swing: under 1 % of the body's acceleration (Hamner 2010); scaling estimated (exponent 1.2, k =
     * 0.5 uphill).
     */
    ARM(1.2, 0.5, 0, 0);

    static final double REFERENCE_SPEED = 3.5;
    /** Ankle work plateaus above this speed (Schache 2015). */
    static final double ANKLE_PLATEAU_SPEED = 5.0;
    /** The strategy shift toward hip and swing muscles (Dorn 2012). */
    static final double SPRINT_SHIFT_SPEED = 7.0;

    private final double speedExponent;
    private final double gradeUp;
    private final double gradeDown;
    private final double cadenceExponent;

    ForceKind(double speedExponent, double gradeUp, double gradeDown, double cadenceExponent) {
        this.speedExponent = speedExponent;
        this.gradeUp = gradeUp;
        this.gradeDown = gradeDown;
        this.cadenceExponent = cadenceExponent;
    }

    /** The force multiplier at a speed, a grade (rise over run) and a step rate relative to preferred. */
    public double factor(double speedMps, double grade, double cadenceRatio) {
        return speedFactor(speedMps) * gradeFactor(grade) * Math.pow(cadenceRatio, cadenceExponent);
    }

    double speedFactor(double v) {
        if (this == ANKLE_STANCE) {
            double plateau = Math.pow(Math.min(v, ANKLE_PLATEAU_SPEED) / REFERENCE_SPEED, speedExponent);
            return v > SPRINT_SHIFT_SPEED ? plateau * Math.max(0.5, 1 - 0.04 * (v - SPRINT_SHIFT_SPEED)) : plateau;
        }
        double factor = Math.pow(v / REFERENCE_SPEED, speedExponent);
        if ((this == HIP_FLEXOR_SWING || this == HAMSTRING_SWING) && v > SPRINT_SHIFT_SPEED) {
            factor *= Math.pow(v / SPRINT_SHIFT_SPEED, 0.8);
        }
        return factor;
    }

    double gradeFactor(double grade) {
        double k = grade >= 0 ? gradeUp : gradeDown;
        return Math.max(0.2, 1 + k * Math.abs(grade));
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    static ForceKind fromJson(String id) {
        for (ForceKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown force kind '" + id + "'");
    }
}
