package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import org.runmuscle.core.atlas.Groups;

/**
 * Per-muscle readiness, as the strength the muscle is expected to have lost, and the risk of
 * soreness, from the loads of past days.
 *
 * <p>Two processes, because the studies show two (Maeo 2017: central and metabolic fatigue recover
 * within hours, while strength lost for days follows muscle damage):
 * <ul>
 * <li><b>Fatigue</b> from all the work of a day, relative to the muscle's habitual day (its average
 *     daily load over four weeks, at least an easy 30-minute run): {@link #FATIGUE_LOSS_PERCENT} of
 *     strength per habitual day's load, fading with a time constant of {@link #FATIGUE_TAU_DAYS}.</li>
 * <li><b>Damage</b> from damaging eccentric work only: the eccentric load above what easy level
 *     running gives the muscle (downhill, fast running). Its strength loss per unit of that work is
 *     the group's {@link #SUSCEPTIBILITY}; it holds for {@link #DAMAGE_HOLD_DAYS} and then fades with
 *     {@link #DAMAGE_TAU_DAYS}. A damaging bout protects the muscle from the next one (the repeated-bout
 *     effect): up to {@link #PROTECTION} of a later bout's damage, as much of it as the earlier bout
 *     covers, fading over {@link #PROTECTION_TAU_DAYS}.</li>
 * </ul>
 * Readiness is 100 % less both losses; a muscle counts as ready again once it is expected to have
 * lost under {@link #READY_BELOW_LOSS_PERCENT}. Soreness risk is the damage's expected strength loss,
 * so only unaccustomed damaging work makes muscles sore. {@code validate} checks all of this against
 * Maeo 2017 and Khassetarash 2021.
 */
public final class Recovery {
    /**
     * Strength lost per habitual day's load, just after it. Estimated: an ordinary run leaves a few
     * per cent of force loss for some hours (13.6 % x e^-1 = 5 % half a day later).
     */
    static final double FATIGUE_LOSS_PERCENT = 13.6;
    /**
     * The share of that fatigue a group outside the six that carry running takes: they work far
     * below their capacity in a stride (the arms give under 1 % of the body's acceleration, Hamner
     * 2010), so the same run relative to their habitual load tires them less. Estimated.
     */
    static final double SUPPORTING_FATIGUE_SHARE = 0.4;
    /** Estimated: central and metabolic fatigue recover within hours (Maeo 2017, introduction), half a day. */
    static final double FATIGUE_TAU_DAYS = 0.5;
    /**
     * Strength lost per unit of damaging eccentric work, as a multiple of the muscle's easy-day load.
     * Quadriceps: fitted to Maeo 2017 (45 min downhill at -15 %: knee extensors -14 to -17 % at
     * 24-48 h; this model gives 14.2 %). The hamstrings take the knee extensors' value (damaged by
     * eccentric work in late swing, Chumanov 2011), estimated. The calves' 20 is an estimate: the
     * model gives them too little damaging work downhill to fit Maeo's -6 to -8 % (a known
     * disagreement in validate), and every other group takes it too.
     */
    static final Map<String, Double> SUSCEPTIBILITY = Map.of(
            Groups.QUADRICEPS, 60.0,
            Groups.HAMSTRINGS, 60.0,
            Groups.CALVES, 20.0);
    /** The susceptibility of groups without a measurement: the calves', estimated. */
    static final double DEFAULT_SUSCEPTIBILITY = 20.0;
    /** Strength lost to damage holds at its level through 24-48 h (Maeo 2017). */
    static final double DAMAGE_HOLD_DAYS = 2.0;
    /** ... and is gone within a few days after (not significant at 72 h, Maeo 2017): estimated 0.75 day. */
    static final double DAMAGE_TAU_DAYS = 0.75;
    /**
     * Share of a later bout's damage an earlier one prevents. Estimated: the second of two identical
     * downhill bouts three weeks apart gave attenuated force loss and soreness (Khassetarash 2021).
     */
    static final double PROTECTION = 0.6;
    /** How long the protection lasts. Estimated: still present after three weeks (Khassetarash 2021). */
    static final double PROTECTION_TAU_DAYS = 30;
    /** A muscle that is expected to have lost less strength than this is ready. Estimated: day-to-day variation. */
    static final double READY_BELOW_LOSS_PERCENT = 5;
    /** Expected damage loss from which soreness is likely, and likely to be marked. Estimated. */
    static final double MODERATE_SORENESS_LOSS = 3;

    static final double HIGH_SORENESS_LOSS = 8;
    /**
     * How many days back a muscle's state reads, and so how many days of loads its callers must pass: the repeated-bout
     * protection of a bout this old has faded to 5 % (e^-3 with {@link #PROTECTION_TAU_DAYS}).
     */
    public static final int LOOKBACK_DAYS = 90;
    /** How far ahead "ready in" looks, in hours: a week. */
    static final int READY_HORIZON_HOURS = 168;

    private Recovery() {}

    /** Low, moderate or high risk of soreness in the coming days. */
    public enum SorenessRisk {
        LOW,
        MODERATE,
        HIGH;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A day's load of one muscle, body-weight seconds: all of it, its eccentric part, and the part of
     * that above what easy level running gives (the damaging part).
     */
    public record DayLoad(double loadBwSeconds, double eccentricBwSeconds, double damagingBwSeconds) {
        /** A day of ordinary work, with no damaging eccentric load. */
        public DayLoad(double loadBwSeconds, double eccentricBwSeconds) {
            this(loadBwSeconds, eccentricBwSeconds, 0);
        }
    }

    /**
     * One muscle's state at the end of a day.
     *
     * @param acute7dBwSeconds    load of the last 7 days, today included
     * @param chronic28dBwSeconds load of the last 28 days
     * @param acuteChronicRatio   the 7-day load over the weekly average of the 28 days; NaN without a chronic load
     * @param readinessPercent    100 less the strength the muscle is expected to have lost
     * @param readyInHours        hours until it is expected to be ready again (0 when it is)
     * @param sorenessRisk        risk of soreness from recent damaging work
     */
    public record State(
            double acute7dBwSeconds,
            double chronic28dBwSeconds,
            double acuteChronicRatio,
            double readinessPercent,
            double readyInHours,
            SorenessRisk sorenessRisk) {}

    /**
     * The state at the end of {@code today} (an epoch day) of a muscle of {@code group}, from its loads
     * by epoch day and its reference day load (the load of an easy 30-minute run).
     */
    public static State state(NavigableMap<Long, DayLoad> days, long today, double referenceDayLoad, String group) {
        double acute = sum(days, today - 6, today);
        double chronic = sum(days, today - 27, today);
        double ratio = chronic > 0 ? acute / (chronic / 4) : Double.NaN;
        double habitual = Math.max(chronic / 28, referenceDayLoad);
        double susceptibility = SUSCEPTIBILITY.getOrDefault(group, DEFAULT_SUSCEPTIBILITY);
        NavigableMap<Long, DayLoad> recent = days.subMap(today - LOOKBACK_DAYS, true, today, true);
        // Each day's damage after the protection left by the bouts before it.
        int n = recent.size();
        long[] dayOf = new long[n];
        double[] damaging = new double[n];
        double[] effective = new double[n];
        double[] fatigueDose = new double[n];
        int k = 0;
        for (var entry : recent.entrySet()) {
            dayOf[k] = entry.getKey();
            DayLoad load = entry.getValue();
            damaging[k] = load.damagingBwSeconds();
            double protection = 0;
            for (int j = 0; j < k; j++) {
                double earlier = effective[j] > 0 ? damaging[j] : 0;
                protection = Math.max(protection, earlier * Math.exp(-(dayOf[k] - dayOf[j]) / PROTECTION_TAU_DAYS));
            }
            double covered = damaging[k] > 0 ? Math.min(1, protection / damaging[k]) : 0;
            effective[k] = damaging[k] * (1 - PROTECTION * covered);
            fatigueDose[k] = load.loadBwSeconds() / habitual * (Groups.primary(group) ? 1 : SUPPORTING_FATIGUE_SHARE);
            k++;
        }
        double loss = loss(today, 0, dayOf, fatigueDose, effective, susceptibility, referenceDayLoad);
        double damageNow = 0;
        for (int i = 0; i < k; i++) {
            double age = today - dayOf[i] + 0.5;
            // soreness comes with the damage of the last days, whether or not it has peaked yet
            if (age <= DAMAGE_HOLD_DAYS + 1) {
                damageNow = Math.max(damageNow, susceptibility * effective[i] / referenceDayLoad);
            }
        }
        // The first whole hour with a loss under the threshold (or the horizon). The loss never rises
        // with time (fatigue fades; damage holds, then fades), so a binary search finds the hour an
        // hour-by-hour walk would, in 8 evaluations instead of up to 168.
        double readyIn = 0;
        if (loss >= READY_BELOW_LOSS_PERCENT) {
            int notReady = 0;
            int ready = READY_HORIZON_HOURS;
            if (loss(today, ready, dayOf, fatigueDose, effective, susceptibility, referenceDayLoad)
                    < READY_BELOW_LOSS_PERCENT) {
                while (ready - notReady > 1) {
                    int hour = (notReady + ready) >>> 1;
                    if (loss(today, hour, dayOf, fatigueDose, effective, susceptibility, referenceDayLoad)
                            >= READY_BELOW_LOSS_PERCENT) {
                        notReady = hour;
                    } else {
                        ready = hour;
                    }
                }
            }
            readyIn = ready;
        }
        SorenessRisk risk = damageNow >= HIGH_SORENESS_LOSS
                ? SorenessRisk.HIGH
                : damageNow >= MODERATE_SORENESS_LOSS ? SorenessRisk.MODERATE : SorenessRisk.LOW;
        return new State(acute, chronic, ratio, Math.max(0, 100 - loss), readyIn, risk);
    }

    /** Expected strength loss, %, {@code hours} after the end of {@code today}. */
    private static double loss(
            long today,
            double hours,
            long[] dayOf,
            double[] fatigueDose,
            double[] effective,
            double susceptibility,
            double reference) {
        double fatigue = 0;
        double damage = 0;
        for (int i = 0; i < dayOf.length; i++) {
            double age = today - dayOf[i] + 0.5 + hours / 24;
            fatigue += FATIGUE_LOSS_PERCENT * fatigueDose[i] * Math.exp(-age / FATIGUE_TAU_DAYS);
            double course = age <= DAMAGE_HOLD_DAYS ? 1 : Math.exp(-(age - DAMAGE_HOLD_DAYS) / DAMAGE_TAU_DAYS);
            damage += susceptibility * effective[i] / reference * course;
        }
        return fatigue + damage;
    }

    private static double sum(NavigableMap<Long, DayLoad> days, long from, long to) {
        return days.subMap(from, true, to, true).values().stream()
                .mapToDouble(DayLoad::loadBwSeconds)
                .sum();
    }
}
