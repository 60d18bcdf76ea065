package org.runmuscle.core.gait;

/**
 * The timing of one stride (two steps) at a speed, grade and step rate.
 *
 * @param speedMps       running speed, m/s
 * @param gradePercent   rise over run in percent, negative downhill
 * @param cadenceSpm     steps per minute (both legs)
 * @param stanceFraction the share of the cycle one foot is on the ground (the duty factor)
 * @param strideSeconds  one full cycle of one leg, contact to contact
 */
public record StrideTiming(
        double speedMps, double gradePercent, double cadenceSpm, double stanceFraction, double strideSeconds) {
    /** Speeds the model covers: above a shuffle, up to beyond the 100 m world record pace (12.4 m/s peak). */
    public static final double MIN_SPEED = 0.5;

    public static final double MAX_SPEED = 12;
    public static final double MAX_GRADE_PERCENT = 45;
    public static final double MIN_CADENCE = 60;
    public static final double MAX_CADENCE = 260;

    /**
     * Duty factor against speed at preferred cadence on the level.
     * Anchors: stance ends at 46 % of the cycle when jogging and at 30-37 % in running from 1.25 to
     * 4.5 m/s (Gazendam &amp; Hof 2007); 28.8 % at 4.5 m/s (Swanson &amp; Caldwell 2000). Above that,
     * estimated: contact of about 0.1 s in a stride of about 0.45 s at top speed (Weyand 2000 reports
     * that faster runners shorten contact with larger forces) gives 0.22, held to 12 m/s.
     */
    private static final Piecewise DUTY_FACTOR =
            Piecewise.through(1.5, 0.46, 2.5, 0.37, 3.5, 0.33, 4.5, 0.288, 7.0, 0.23, 12.0, 0.21);

    /**
     * Preferred step rate against speed on the level. Anchors: a metabolic optimum of 84.8 strides
     * (about 170 steps) per minute at 3.0 m/s (Lieberman 2015); 1.39 strides/s (167 steps/min) at
     * 4.5 m/s (Swanson &amp; Caldwell 2000); step rate rising faster than step length above about
     * 5.6 m/s (van Oeveren 2021). Above 5 m/s, Dorn 2012: its erratum's Fig. 2 labels increases of
     * "32 %, 17 %, 3 %" and "10 %, 12 %, 25 %" between 3.5, 5.2, 7.0 and 9.0 m/s without saying
     * which curve is which. Read as stride length and stride frequency respectively, they multiply
     * to the speed ratios (1.32 x 1.10 = 1.45 for 3.5 to 5.2 m/s, 1.17 x 1.12 = 1.31 for 5.2 to
     * 7.0, 1.03 x 1.25 = 1.29 for 7.0 to 9.0); read the other way round they would not, and the
     * paper's text says frequency carries speed above 7 m/s. So: +12 % from 5.2 to 7.0 m/s and
     * +23 % from 7.0 to 9.0 m/s (the 25 % held under the 260 steps/min the model accepts), then
     * flat to 12 m/s (about 4.3 steps/s, as the fastest sprinters).
     */
    private static final Piecewise PREFERRED_CADENCE = Piecewise.through(
            1.5, 150, 2.5, 163, 3.0, 168, 3.5, 170, 4.5, 174, 5.2, 185, 7.0, 207, 9.0, 255, 12.0, 260);

    /**
     * Change of duty factor per unit grade: +0.04 of the cycle from level to a 30 % incline at
     * 4.5 m/s (Swanson &amp; Caldwell 2000), so 0.133 per unit grade uphill. Downhill the aerial time
     * lengthens (Vernillo 2017); its size is estimated as half the uphill slope.
     */
    static final double DUTY_PER_GRADE_UP = 0.133;

    static final double DUTY_PER_GRADE_DOWN = 0.067;

    /**
     * Uphill, step rate rises 4 % from level to a 7 % grade (Padulo 2013) and 28 % at a 30 % grade
     * (1.78 against 1.39 strides/s at 4.5 m/s, Swanson &amp; Caldwell 2000): a line cannot pass
     * through both, so the rise is {@code a g + b g^2} (g in percent) fitted through the two.
     */
    static final double CADENCE_PER_GRADE_PERCENT_UP = 0.004613;

    static final double CADENCE_PER_GRADE_PERCENT_SQUARED_UP = 0.0001574;

    /** Downhill it falls (Vernillo 2017); size estimated as half the linear uphill rise of Padulo 2013. */
    static final double CADENCE_PER_GRADE_PERCENT_DOWN = 0.0029;

    /**
     * How contact time follows the stride when the step rate departs from the preferred one, as
     * {@code (stride / preferred stride)^exponent}. Fitted to the quadriceps load per km following
     * patellofemoral stress per mile: +14 % at +10 % step length and -7.5 % at -10 % (Willson 2014);
     * 0.5 gives +10 % and -10 %, within both. (0 kept contact time fixed, which left the load per km
     * almost unchanged; 1 would keep the duty factor and overshoot.)
     */
    static final double CONTACT_STRIDE_EXPONENT = 0.5;

    public StrideTiming {
        check(speedMps, MIN_SPEED, MAX_SPEED, "speed", "m/s");
        check(gradePercent, -MAX_GRADE_PERCENT, MAX_GRADE_PERCENT, "grade", "%");
        check(cadenceSpm, MIN_CADENCE, MAX_CADENCE, "cadence", "steps/min");
        if (!(stanceFraction > 0 && stanceFraction < 1) || !(strideSeconds > 0)) {
            throw new IllegalArgumentException("stance fraction must be in (0, 1) and stride time positive");
        }
    }

    private static void check(double value, double min, double max, String what, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    what + " " + value + " " + unit + " is outside " + min + ".." + max + " " + unit);
        }
    }

    /** Timing at a speed and grade with the typical step rate for them. */
    public static StrideTiming of(double speedMps, double gradePercent) {
        return of(speedMps, gradePercent, preferredCadence(speedMps, gradePercent));
    }

    /**
     * Timing at a given step rate. Contact time is taken from the duty factor at the preferred
     * rate and follows the stride only part of the way ({@link #CONTACT_STRIDE_EXPONENT}) when the
     * runner steps faster or slower, so quicker steps mean a somewhat larger duty factor.
     */
    public static StrideTiming of(double speedMps, double gradePercent, double cadenceSpm) {
        check(speedMps, MIN_SPEED, MAX_SPEED, "speed", "m/s");
        check(gradePercent, -MAX_GRADE_PERCENT, MAX_GRADE_PERCENT, "grade", "%");
        check(cadenceSpm, MIN_CADENCE, MAX_CADENCE, "cadence", "steps/min");
        double grade = gradePercent / 100;
        double preferred = preferredCadence(speedMps, gradePercent);
        double duty = DUTY_FACTOR.at(speedMps) + (grade > 0 ? DUTY_PER_GRADE_UP : DUTY_PER_GRADE_DOWN) * grade;
        double stride = strideSeconds(cadenceSpm);
        double contactSeconds =
                duty * strideSeconds(preferred) * Math.pow(stride / strideSeconds(preferred), CONTACT_STRIDE_EXPONENT);
        double stance = Math.max(0.15, Math.min(0.75, contactSeconds / stride));
        return new StrideTiming(speedMps, gradePercent, cadenceSpm, stance, stride);
    }

    /** The step rate runners choose at this speed and grade. */
    public static double preferredCadence(double speedMps, double gradePercent) {
        double rise = gradePercent > 0
                ? CADENCE_PER_GRADE_PERCENT_UP * gradePercent
                        + CADENCE_PER_GRADE_PERCENT_SQUARED_UP * gradePercent * gradePercent
                : CADENCE_PER_GRADE_PERCENT_DOWN * gradePercent;
        double cadence = PREFERRED_CADENCE.at(speedMps) * (1 + rise);
        return Math.max(MIN_CADENCE, Math.min(MAX_CADENCE, cadence));
    }

    private static double strideSeconds(double cadenceSpm) {
        return 2 * 60 / cadenceSpm;
    }

    /** Metres covered in one stride. */
    public double strideLengthMeters() {
        return speedMps * strideSeconds;
    }

    /** Strides per kilometre of running. */
    public double stridesPerKm() {
        return 1000 / strideLengthMeters();
    }

    /** The step rate relative to the preferred one at this speed and grade (1 = preferred). */
    public double cadenceRatio() {
        return cadenceSpm / preferredCadence(speedMps, gradePercent);
    }

    /**
     * Where each gait phase starts, in fractions of the cycle, for this stride: the stance phases
     * keep their nominal proportions of stance, the swing phases of swing.
     */
    public double phaseStart(GaitPhase phase) {
        double nominalStance = GaitPhase.FLOAT.nominalStartPercent() / 100.0;
        double start = phase.nominalStartPercent() / 100.0;
        if (phase.period() == GaitPhase.Period.STANCE) {
            return start / nominalStance * stanceFraction;
        }
        return stanceFraction + (start - nominalStance) / (1 - nominalStance) * (1 - stanceFraction);
    }

    /** The gait phase at a fraction of the cycle in [0, 1). */
    public GaitPhase phaseAt(double fraction) {
        GaitPhase[] phases = GaitPhase.values();
        for (int i = phases.length - 1; i > 0; i--) {
            if (fraction >= phaseStart(phases[i])) {
                return phases[i];
            }
        }
        return phases[0];
    }
}
