package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.NavigableMap;

/**
 * Per-muscle fatigue, readiness and soreness risk from the loads of past days.
 *
 * <p>The model, all of whose constants are estimates (the evidence base measures loads, not
 * recovery curves):
 * <ul>
 * <li><b>Fatigue</b> has two parts. Concentric and isometric work fades with a time constant of
 *     {@link #FAST_TAU_DAYS}; eccentric work, which damages fibres, counts
 *     {@link #ECCENTRIC_WEIGHT} times and fades with {@link #ECCENTRIC_TAU_DAYS}.</li>
 * <li><b>Readiness</b> is capacity / (capacity + fatigue), 100 % when fresh. Capacity is twice the
 *     muscle's average daily load over the last four weeks, never below twice a reference day
 *     (an easy 30-minute run): a muscle used to work recovers from the same run sooner.</li>
 * <li><b>Soreness</b> follows eccentric work with a delay, peaking {@link #SORENESS_PEAK_DAYS}
 *     days later; its risk is the largest delayed eccentric load of one recent day against the
 *     muscle's usual eccentric load on running days of the four weeks before (day against day, so
 *     that a runner who runs daily is not scored for the sum of ordinary days) (the repeated-bout effect: a muscle that
 *     did
 *     the same work recently is protected, so the first hilly run after a flat month hurts most).</li>
 * </ul>
 * Downhill running, the classic eccentric stimulus, leaves force deficits and soreness for two to
 * four days and produces the repeated-bout effect (Bontemps 2020), damage located in the knee
 * extensors (Maeo 2017); those are the anchors for the estimates.
 */
public final class Recovery {
    /** Estimated: ordinary runs leave muscles largely recovered within one to two days. */
    static final double FAST_TAU_DAYS = 1.0;
    /** Estimated from the 2-4 days of force loss after downhill running (Bontemps 2020). */
    static final double ECCENTRIC_TAU_DAYS = 3.0;
    /** Estimated: eccentric work does more damage per unit of load. */
    static final double ECCENTRIC_WEIGHT = 1.5;
    /** Estimated: soreness peaks one to two days after unaccustomed eccentric work. */
    static final double SORENESS_PEAK_DAYS = 1.5;
    /** Soreness risk thresholds on the ratio of delayed to usual eccentric load. Estimated. */
    static final double MODERATE_RATIO = 1.3;

    static final double HIGH_RATIO = 2.0;

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

    /** A day's load of one muscle: all of it, and its eccentric part, body-weight seconds. */
    public record DayLoad(double loadBwSeconds, double eccentricBwSeconds) {}

    /**
     * One muscle's state at the end of a day.
     *
     * @param acute7dBwSeconds   load of the last 7 days, today included
     * @param chronic28dBwSeconds load of the last 28 days
     * @param acuteChronicRatio  the 7-day load over the weekly average of the 28 days; NaN without a chronic load
     * @param readinessPercent   0-100, 100 = fully recovered
     * @param sorenessRisk       risk of soreness from recent eccentric work
     */
    public record State(
            double acute7dBwSeconds,
            double chronic28dBwSeconds,
            double acuteChronicRatio,
            double readinessPercent,
            SorenessRisk sorenessRisk) {}

    /**
     * The state at the end of {@code today} (an epoch day), from the muscle's loads by epoch day
     * and its reference day load (the load of an easy 30-minute run).
     */
    public static State state(NavigableMap<Long, DayLoad> days, long today, double referenceDayLoad) {
        double acute = sum(days, today - 6, today);
        double chronic = sum(days, today - 27, today);
        double ratio = chronic > 0 ? acute / (chronic / 4) : Double.NaN;
        double fatigue = 0;
        double soreness = 0;
        for (var entry : days.subMap(today - 60, true, today, true).entrySet()) {
            double age = today - entry.getKey() + 0.5;
            DayLoad load = entry.getValue();
            double eccentric = load.eccentricBwSeconds();
            fatigue += (load.loadBwSeconds() - eccentric) * Math.exp(-age / FAST_TAU_DAYS)
                    + eccentric * ECCENTRIC_WEIGHT * Math.exp(-age / ECCENTRIC_TAU_DAYS);
            soreness = Math.max(soreness, eccentric * delayedSoreness(age));
        }
        double capacity = 2 * Math.max(chronic / 28, referenceDayLoad);
        double readiness = 100 * capacity / (capacity + fatigue);
        double usual = usualEccentric(days, today);
        double floor = referenceDayLoad * 0.4;
        double risk = soreness / Math.max(usual, floor);
        SorenessRisk level = risk >= HIGH_RATIO
                ? SorenessRisk.HIGH
                : risk >= MODERATE_RATIO ? SorenessRisk.MODERATE : SorenessRisk.LOW;
        return new State(acute, chronic, ratio, readiness, level);
    }

    /** How much soreness eccentric work of {@code ageDays} ago causes now: 1 at the peak, rising then fading. */
    static double delayedSoreness(double ageDays) {
        double x = ageDays / SORENESS_PEAK_DAYS;
        return x * Math.exp(1 - x);
    }

    /** The mean eccentric load of days with running in the four weeks before the last three days. */
    private static double usualEccentric(NavigableMap<Long, DayLoad> days, long today) {
        double total = 0;
        int count = 0;
        for (DayLoad load : days.subMap(today - 31, true, today - 3, true).values()) {
            if (load.loadBwSeconds() > 0) {
                total += load.eccentricBwSeconds();
                count++;
            }
        }
        return count == 0 ? 0 : total / count;
    }

    private static double sum(NavigableMap<Long, DayLoad> days, long from, long to) {
        return days.subMap(from, true, to, true).values().stream()
                .mapToDouble(DayLoad::loadBwSeconds)
                .sum();
    }
}
