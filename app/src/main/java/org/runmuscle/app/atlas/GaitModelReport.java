package org.runmuscle.app.atlas;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmuscle.app.output.Spark;
import org.runmuscle.app.output.Text;
import org.runmuscle.app.output.Units;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Muscle;
import org.runmuscle.core.gait.StrideTiming;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.MuscleCycle;
import org.runmuscle.core.load.MuscleForceModel;
import org.runmuscle.core.load.Period;

/** The muscle model at one stride: as JSON (field names are API) or as a terminal report. */
final class GaitModelReport {
    private static final double G = 9.81;
    private final Atlas atlas;
    private final StrideTiming timing;
    private final double massKg;
    private final List<MuscleCycle> cycles;

    GaitModelReport(Atlas atlas, StrideTiming timing, double massKg) {
        this(atlas, MuscleForceModel.load(atlas), timing, massKg);
    }

    /** With a force model already loaded (the server keeps one). */
    GaitModelReport(Atlas atlas, MuscleForceModel forces, StrideTiming timing, double massKg) {
        this.atlas = atlas;
        this.timing = timing;
        this.massKg = massKg;
        this.cycles = forces.cycles(timing);
    }

    record PeriodPeak(double peakForceBw, double peakForceNewtons) {}

    record PhaseContraction(String phase, Contraction contraction) {}

    record MuscleView(
            String id,
            String group,
            double[] activation,
            Map<String, PeriodPeak> periods,
            List<PhaseContraction> phases,
            double loadPerStrideBwSeconds,
            double loadPerKmBwSeconds,
            double concentricShare,
            double eccentricShare,
            double isometricShare) {}

    record View(
            double speedMps,
            double gradePercent,
            double cadenceSpm,
            double stanceFraction,
            double strideSeconds,
            double strideLengthMeters,
            double massKg,
            String contractionOf,
            List<MuscleView> muscles) {}

    View json() {
        List<MuscleView> muscles = cycles.stream().map(this::view).toList();
        return new View(
                r(timing.speedMps(), 3),
                r(timing.gradePercent(), 2),
                r(timing.cadenceSpm(), 1),
                r(timing.stanceFraction(), 4),
                r(timing.strideSeconds(), 4),
                r(timing.strideLengthMeters(), 3),
                massKg,
                LoadModel.CONTRACTION_OF,
                muscles);
    }

    private MuscleView view(MuscleCycle cycle) {
        Muscle muscle = atlas.muscle(cycle.muscle()).orElseThrow();
        Map<String, PeriodPeak> periods = new LinkedHashMap<>();
        for (Period period : Period.values()) {
            double peak = cycle.peakForceBw().get(period);
            periods.put(period.id(), new PeriodPeak(r(peak, 3), r(peak * massKg * G, 1)));
        }
        double[] activation = cycle.activation();
        for (int i = 0; i < activation.length; i++) {
            activation[i] = r(activation[i], 3);
        }
        List<PhaseContraction> phases = muscle.phases().stream()
                .map(w -> new PhaseContraction(w.phase().id(), w.contraction()))
                .toList();
        return new MuscleView(
                cycle.muscle(),
                muscle.group(),
                activation,
                periods,
                phases,
                r(cycle.loadPerStrideBwSeconds(), 4),
                r(cycle.loadPerKmBwSeconds(), 2),
                r(cycle.share(Contraction.CONCENTRIC), 3),
                r(cycle.share(Contraction.ECCENTRIC), 3),
                r(cycle.share(Contraction.ISOMETRIC), 3));
    }

    void print(PrintWriter out) {
        out.printf(
                "Speed %.2f m/s (%s /km), grade %+.1f %%, cadence %.0f steps/min%s%n",
                timing.speedMps(),
                Units.duration(1000 / timing.speedMps()),
                timing.gradePercent(),
                timing.cadenceSpm(),
                Math.abs(timing.cadenceRatio() - 1) < 0.005
                        ? " (typical for this speed)"
                        : String.format(" (%+.0f %% from typical)", (timing.cadenceRatio() - 1) * 100));
        out.printf(
                "Stride %.3f s, %.2f m; foot on the ground %.0f %% of the cycle; body mass %.0f kg%n%n",
                timing.strideSeconds(), timing.strideLengthMeters(), timing.stanceFraction() * 100, massKg);
        int stanceChars = (int) Math.round(timing.stanceFraction() * 40);
        out.println(Text.pad("MUSCLE", 26) + Text.pad("FORCE OVER THE CYCLE", 42)
                + "PEAK BW st/es/ls   LOAD BW*s stride  /km   CON ECC ISO  PHASES");
        out.println(Text.pad("", 26) + "|" + "-".repeat(Math.max(0, stanceChars - 1)) + "stance"
                + " ".repeat(Math.max(0, 34 - stanceChars)) + "|");
        for (MuscleCycle cycle : cycles) {
            Map<Period, Double> peak = cycle.peakForceBw();
            out.printf(
                    "%-26s%s  %4.2f/%4.2f/%4.2f   %8.3f %7.1f   %3.0f %3.0f %3.0f  %s%n",
                    cycle.muscle(),
                    Spark.line(cycle.activation(), 40),
                    peak.get(Period.STANCE),
                    peak.get(Period.EARLY_SWING),
                    peak.get(Period.LATE_SWING),
                    cycle.loadPerStrideBwSeconds(),
                    cycle.loadPerKmBwSeconds(),
                    cycle.share(Contraction.CONCENTRIC) * 100,
                    cycle.share(Contraction.ECCENTRIC) * 100,
                    cycle.share(Contraction.ISOMETRIC) * 100,
                    PhaseGrid.letters(atlas.muscle(cycle.muscle()).orElseThrow()));
        }
        out.println();
        out.println(
                "Curves run from initial contact (left) through stance and swing to the next contact. PEAK: highest");
        out.println("force in stance / early swing / late swing, in body weights (x " + Math.round(massKg * G)
                + " N for " + Math.round(massKg) + " kg). LOAD: force x time. CON/ECC/ISO: % of load shortening,");
        out.println(
                "lengthening, holding. PHASES: how it contracts in IC LR MS PO FL ES SW LS (see 'runmuscle muscles').");
        out.println("Peaks at 3.5 m/s follow Lenhart et al. 2015; the calves follow the Achilles");
        out.println(
                "force measured in running; other muscles are labelled estimates (runmuscle muscle ID for sources).");
    }

    private static double r(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
