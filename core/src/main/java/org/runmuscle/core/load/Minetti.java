package org.runmuscle.core.load;

/**
 * The energy cost of running on a gradient, Minetti et al. 2002, as the fifth-order polynomial in
 * the grade i (rise over run) used by open implementations:
 * C(i) = 155.4 i^5 - 30.4 i^4 - 43.3 i^3 + 46.3 i^2 + 19.5 i + 3.6 J/kg/m, for -0.45 &lt;= i &lt;= 0.45.
 * The evidence file notes it was seen in code, not in the paper's readable text; it matches the
 * measured means within about 0.6 J/kg/m (level 3.60 against 3.40 measured). Grade-adjusted pace
 * divides by C(i)/C(0): the level distance that would have cost the same energy.
 */
public final class Minetti {
    static final double MAX_GRADE = 0.45;

    private Minetti() {}

    /** Cost of running in J/kg/m at a grade (rise over run), clamped to +-0.45. */
    public static double cost(double grade) {
        double i = Math.max(-MAX_GRADE, Math.min(MAX_GRADE, grade));
        return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
    }

    /** How many level metres one metre at this grade is worth. */
    public static double equivalentFlatFactor(double grade) {
        return cost(grade) / cost(0);
    }
}
