package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A whole-body training load per session, in one unit for running and lifting, and the fitness,
 * fatigue and form that follow: what Garmin, TrainingPeaks and GoldenCheetah show next to runmuscle's
 * per-muscle view.
 *
 * <p>The unit is Banister's TRIMP (Banister 1991): minutes x HR reserve fraction x 0.64 e^(1.92 x
 * fraction), the male coefficients; the profile records no sex, and the female ones (0.86, 1.67)
 * give within 10 % at the reserve fractions of training. A session's load comes from
 * <ul>
 * <li><b>heart rate</b>, when the session has an average: the reserve fraction from the athlete's
 *     resting and maximal heart rate ({@link #DEFAULT_HR_REST} and {@link #DEFAULT_HR_MAX} when unset);</li>
 * <li><b>pace and grade</b>, for a run without heart rate: oxygen uptake from the ACSM running equation
 *     (VO2 = 3.5 + 0.2 v + 0.9 v x grade, ml/kg/min, v in m/min; ACSM's Guidelines, 2018), as a share of
 *     the oxygen-uptake reserve to the level's VO2max, which matches the HR reserve share (Swain and
 *     Leutholtz 1997);</li>
 * <li><b>session RPE</b> for strength work: Foster 2001's session RPE (CR-10 x minutes) is kept as it is,
 *     and put on TRIMP's scale by reading RPE / 10 as the reserve fraction. Estimated: the two scales
 *     correlate (Foster 2001), and CR-10's "hard" (5) sits near half the reserve.</li>
 * </ul>
 * Fitness and fatigue are exponentially weighted daily loads with time constants of
 * {@link #FITNESS_DAYS} and {@link #FATIGUE_DAYS} days (Banister's impulse-response model, as Coggan's
 * performance manager uses it); form is yesterday's fitness less yesterday's fatigue, the
 * TrainingPeaks convention, so a session does not lower the form of its own day.
 */
public final class WholeBodyLoad {
    static final double TRIMP_A = 0.64;
    static final double TRIMP_B = 1.92;
    public static final int FITNESS_DAYS = 42;
    public static final int FATIGUE_DAYS = 7;
    /** Days of history before a window that fitness needs to be within 5 % of its value (3 time constants). */
    public static final int WARM_UP_DAYS = 3 * FITNESS_DAYS;
    /** Resting oxygen uptake, ml/kg/min (ACSM). */
    static final double REST_VO2 = 3.5;
    /** Estimated population values when the profile has none: a typical adult runner. */
    static final double DEFAULT_HR_REST = 60;

    static final double DEFAULT_HR_MAX = 190;
    /** The RPE of a strength session logged without one: CR-10's "hard". Estimated. */
    public static final double DEFAULT_STRENGTH_RPE = 5;
    /**
     * VO2max by training level, ml/kg/min, for the pace estimate. Estimated from the ranges of
     * recreational (about 40), trained (about 50) and competitive (about 58) adult runners.
     */
    static final Map<Level, Double> VO2MAX =
            Map.of(Level.BEGINNER, 40.0, Level.INTERMEDIATE, 50.0, Level.ADVANCED, 58.0);

    private WholeBodyLoad() {}

    /** Where a session's load came from. */
    public enum Method {
        HEART_RATE,
        PACE,
        SESSION_RPE;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Banister's TRIMP of {@code minutes} at a heart-rate reserve fraction (clamped to 0..1). */
    static double trimp(double minutes, double reserveFraction) {
        double f = Math.max(0, Math.min(1, reserveFraction));
        return minutes * f * TRIMP_A * Math.exp(TRIMP_B * f);
    }

    /** A session's load from its average heart rate; NaN heart-rate bounds take the defaults. */
    public static double fromHeartRate(double minutes, double avgHr, double hrRest, double hrMax) {
        double rest = Double.isNaN(hrRest) ? DEFAULT_HR_REST : hrRest;
        double max = Double.isNaN(hrMax) ? DEFAULT_HR_MAX : hrMax;
        if (!(max > rest)) {
            return 0;
        }
        return trimp(minutes, (avgHr - rest) / (max - rest));
    }

    /** A run's load from its moving time, distance and climb, for a runner of {@code level}. */
    public static double fromPace(double minutes, double distanceM, double ascentM, Level level) {
        if (!(minutes > 0) || !(distanceM > 0)) {
            return 0;
        }
        double speed = distanceM / minutes; // m/min
        double grade = Double.isNaN(ascentM) ? 0 : ascentM / distanceM;
        double vo2 = REST_VO2 + 0.2 * speed + 0.9 * speed * grade;
        double vo2max = VO2MAX.get(level);
        return trimp(minutes, (vo2 - REST_VO2) / (vo2max - REST_VO2));
    }

    /**
     * A strength session's RPE: as logged; else the mean of its sets' RPE; else 10 less their mean
     * reps in reserve (the RIR-based RPE scale, Zourdos 2016); else {@link #DEFAULT_STRENGTH_RPE}.
     * NaN marks what was not given.
     */
    public static double strengthRpe(double logged, double meanSetRpe, double meanSetRir) {
        if (!Double.isNaN(logged)) {
            return logged;
        }
        if (!Double.isNaN(meanSetRpe)) {
            return meanSetRpe;
        }
        return Double.isNaN(meanSetRir) ? DEFAULT_STRENGTH_RPE : Math.max(1, 10 - meanSetRir);
    }

    /** Foster's session RPE, arbitrary units: RPE (CR-10) x minutes. */
    public static double sessionRpe(double minutes, double rpe) {
        return rpe * minutes;
    }

    /** A strength session's load on TRIMP's scale. */
    public static double fromSessionRpe(double minutes, double rpe) {
        return trimp(minutes, rpe / 10);
    }

    /** One day of the fitness-fatigue series (field names are API). */
    public record Day(String date, double load, double fitness, double fatigue, double form) {}

    /**
     * The series for days {@code fromDay}..{@code toDay} from loads by day, {@code loads[i]} being the
     * load of day {@code firstDay + i}; the days before {@code fromDay} only warm the averages up.
     */
    public static List<Day> series(double[] loads, long firstDay, long fromDay, long toDay) {
        double kFit = 1 - Math.exp(-1.0 / FITNESS_DAYS);
        double kFat = 1 - Math.exp(-1.0 / FATIGUE_DAYS);
        double fitness = 0;
        double fatigue = 0;
        List<Day> days = new ArrayList<>();
        for (long day = firstDay; day <= toDay; day++) {
            int i = (int) (day - firstDay);
            double load = i < loads.length ? loads[i] : 0;
            double form = fitness - fatigue;
            fitness += (load - fitness) * kFit;
            fatigue += (load - fatigue) * kFat;
            if (day >= fromDay) {
                days.add(new Day(LocalDate.ofEpochDay(day).toString(), load, fitness, fatigue, form));
            }
        }
        return days;
    }
}
