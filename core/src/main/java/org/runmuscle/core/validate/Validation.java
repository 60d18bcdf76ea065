package org.runmuscle.core.validate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.MuscleCycle;
import org.runmuscle.core.load.MuscleForceModel;
import org.runmuscle.core.load.Period;
import org.runmuscle.core.training.Recovery;

/**
 * The model against every published result the project knows ({@code validation.json}): level
 * forces and their timing, speed, grade, step rate, recovery and contraction type. A model change
 * is judged by these rows, not by the model's own tests.
 */
public final class Validation {
    /** Easy running that an accustomed runner does every day: 30 minutes at 3 m/s on the level. Estimated. */
    private static final Measure.Bout EASY_DAY = new Measure.Bout(0, 30, 3.0, 0);

    private final Atlas atlas;
    private final MuscleForceModel forces;
    private final List<Comparison> comparisons;

    private Validation(Atlas atlas, MuscleForceModel forces, List<Comparison> comparisons) {
        this.atlas = atlas;
        this.forces = forces;
        this.comparisons = comparisons;
        Set<String> ids = new HashSet<>();
        for (Comparison c : comparisons) {
            if (!ids.add(c.id())) {
                throw new IllegalStateException("validation.json repeats id " + c.id());
            }
            if (atlas.source(c.source()).isEmpty()) {
                throw new IllegalStateException(c.id() + " cites unknown source " + c.source());
            }
        }
    }

    /** The comparisons shipped with runmuscle, against this model. */
    public static Validation load(Atlas atlas, MuscleForceModel forces) {
        try (InputStream in = Validation.class.getResourceAsStream("validation.json")) {
            List<Comparison> comparisons = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<List<Comparison>>() {});
            return new Validation(atlas, forces, comparisons);
        } catch (IOException e) {
            throw new UncheckedIOException("validation.json is unreadable", e);
        }
    }

    /** Every comparison, in the file's order. */
    public List<Check> run() {
        List<Check> checks = new ArrayList<>();
        for (Comparison c : comparisons) {
            double value = value(c.measure());
            boolean pass = value >= c.low() && value <= c.high();
            checks.add(new Check(
                    c.id(),
                    c.area(),
                    c.source(),
                    c.condition(),
                    c.quantity(),
                    c.published(),
                    c.low(),
                    c.high(),
                    value,
                    pass,
                    c.expected(),
                    c.reason()));
        }
        return checks;
    }

    private double value(Measure m) {
        return switch (m.kind()) {
            case "peak" -> peak(m);
            case "peakAt" -> peakAt(m);
            case "loadPerKm" -> loadPerKm(m);
            case "contractionShare" -> contractionShare(m);
            case "stepRate" -> timing(m.stride()).cadenceSpm();
            case "strideFrequency" -> 1 / timing(m.stride()).strideSeconds();
            case "stanceFraction" -> 100 * timing(m.stride()).stanceFraction();
            case "strengthLoss" -> 100 - recovery(m, false);
            case "soreness" -> recovery(m, true);
            case "ratio" -> value(m.of()) / value(m.to());
            default -> throw new IllegalStateException("unknown measure kind " + m.kind());
        };
    }

    private static StrideTiming timing(Measure.Stride s) {
        double grade = s.grade() == null ? 0 : s.grade();
        if (s.cadence() != null) {
            return StrideTiming.of(s.speed(), grade, s.cadence());
        }
        if (s.cadenceRatio() != null) {
            return StrideTiming.of(
                    s.speed(), grade, StrideTiming.preferredCadence(s.speed(), grade) * s.cadenceRatio());
        }
        return StrideTiming.of(s.speed(), grade);
    }

    /** The summed force of the muscles at each 1 % of the cycle. */
    private double[] summed(List<String> muscles, StrideTiming timing) {
        double[] sum = new double[101];
        for (String muscle : muscles) {
            double[] force = forces.cycle(muscle, timing).forceBw();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += force[i];
            }
        }
        return sum;
    }

    private double peak(Measure m) {
        StrideTiming timing = timing(m.stride());
        Period period = period(m.period());
        double[] sum = summed(m.muscles(), timing);
        double peak = 0;
        for (int i = 0; i < 100; i++) {
            if (Period.at(i / 100.0, timing) == period) {
                peak = Math.max(peak, sum[i]);
            }
        }
        return peak;
    }

    private double peakAt(Measure m) {
        StrideTiming timing = timing(m.stride());
        double[] sum = summed(m.muscles(), timing);
        int at = 0;
        for (int i = 0; i < 100 && i / 100.0 < timing.stanceFraction(); i++) {
            if (sum[i] > sum[at]) {
                at = i;
            }
        }
        return 100 * (at / 100.0) / timing.stanceFraction();
    }

    private double loadPerKm(Measure m) {
        StrideTiming timing = timing(m.stride());
        double total = 0;
        for (String muscle : m.muscles()) {
            MuscleCycle cycle = forces.cycle(muscle, timing);
            total += cycle.loadPerKmBwSeconds()
                    * (m.contraction() == null ? 1 : cycle.share(contraction(m.contraction())));
        }
        return total;
    }

    private double contractionShare(Measure m) {
        StrideTiming timing = timing(m.stride());
        Period period = period(m.period());
        Contraction type = contraction(m.contraction());
        double part = 0;
        double all = 0;
        for (String muscle : m.muscles()) {
            MuscleCycle cycle = forces.cycle(muscle, timing);
            for (int i = 0; i < 100; i++) {
                if (Period.at(i / 100.0, timing) == period) {
                    all += cycle.forceBw()[i];
                    part += cycle.contraction()[i] == type ? cycle.forceBw()[i] : 0;
                }
            }
        }
        return all > 0 ? 100 * part / all : 0;
    }

    /**
     * The group's readiness (weighted by each muscle's easy-day load), or its highest soreness risk
     * (0, 1, 2), {@code atHours} after the last bout.
     */
    private double recovery(Measure m, boolean soreness) {
        List<Muscle> muscles = atlas.musclesOf(m.group());
        int lastDay = m.bouts().stream().mapToInt(Measure.Bout::day).max().orElse(0);
        long today = lastDay + Math.round(m.atHours() / 24);
        double weighted = 0;
        double weights = 0;
        int risk = 0;
        for (Muscle muscle : muscles) {
            NavigableMap<Long, Recovery.DayLoad> days = new TreeMap<>();
            if (Boolean.TRUE.equals(m.accustomed())) {
                for (int day = -28; day < 0; day++) {
                    add(days, muscle.id(), new Measure.Bout(day, EASY_DAY.minutes(), EASY_DAY.speed(), 0));
                }
            }
            m.bouts().forEach(bout -> add(days, muscle.id(), bout));
            double reference = bout(muscle.id(), EASY_DAY).loadBwSeconds();
            Recovery.State state = Recovery.state(days, today, reference, m.group());
            weighted += state.readinessPercent() * reference;
            weights += reference;
            risk = Math.max(risk, state.sorenessRisk().ordinal());
        }
        return soreness ? risk : weighted / weights;
    }

    private void add(NavigableMap<Long, Recovery.DayLoad> days, String muscle, Measure.Bout bout) {
        Recovery.DayLoad load = bout(muscle, bout);
        days.merge(
                (long) bout.day(),
                load,
                (a, b) -> new Recovery.DayLoad(
                        a.loadBwSeconds() + b.loadBwSeconds(),
                        a.eccentricBwSeconds() + b.eccentricBwSeconds(),
                        a.damagingBwSeconds() + b.damagingBwSeconds()));
    }

    private Recovery.DayLoad bout(String muscle, Measure.Bout bout) {
        StrideTiming timing = StrideTiming.of(bout.speed(), bout.grade());
        MuscleCycle cycle = forces.cycle(muscle, timing);
        double strides = bout.minutes() * 60 / timing.strideSeconds();
        // damaging: the eccentric load above what easy level running gives in the same time, as the
        // run analysis counts it
        StrideTiming easy = StrideTiming.of(LoadModel.DAMAGE_FREE_SPEED, 0);
        double easyEccentricPerSecond = forces.cycle(muscle, easy).eccentricBwSeconds() / easy.strideSeconds();
        double eccentricPerSecond = cycle.eccentricBwSeconds() / timing.strideSeconds();
        double damaging = Math.max(0, eccentricPerSecond - easyEccentricPerSecond) * bout.minutes() * 60;
        return new Recovery.DayLoad(
                cycle.loadPerStrideBwSeconds() * strides, cycle.eccentricBwSeconds() * strides, damaging);
    }

    private static Period period(String id) {
        for (Period period : Period.values()) {
            if (period.id().equals(id)) {
                return period;
            }
        }
        throw new IllegalStateException("unknown period " + id);
    }

    private static Contraction contraction(String id) {
        return Contraction.valueOf(id.toUpperCase(Locale.ROOT));
    }
}
