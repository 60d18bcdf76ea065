package org.runmuscle.core.load;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmuscle.core.atlas.Contraction;

/**
 * What a run asked of each muscle, and why.
 *
 * @param massKg                        body mass used for forces in newtons
 * @param muscles                       each muscle's load over the run, atlas order
 * @param runningSeconds                time that counted as running (moving, plausible speed)
 * @param gradeAdjustedPaceSecondsPerKm moving pace on equivalent level ground (Minetti 2002); NaN without distance
 * @param segments                      climbs, descents and fast kilometres with their effect on the muscles
 * @param cadenceDrift                  how step rate changed from the first to the last third, if measured
 * @param cleaning                      what was left out or repaired, and how much
 * @param notes                         the breakdown in plain words
 */
public record RunLoad(
        double massKg,
        List<MuscleLoad> muscles,
        double runningSeconds,
        double gradeAdjustedPaceSecondsPerKm,
        List<Segment> segments,
        Optional<CadenceDrift> cadenceDrift,
        Cleaning cleaning,
        List<String> notes) {
    public RunLoad {
        muscles = List.copyOf(muscles);
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /**
     * One muscle's load over the run in body-weight seconds, split by contraction type, and the
     * part of its eccentric load above what easy level running would have given it: the work that
     * damages muscle (downhill, fast), as opposed to the everyday eccentric work of each landing.
     */
    public record MuscleLoad(
            String id,
            double loadBwSeconds,
            double concentricBwSeconds,
            double eccentricBwSeconds,
            double isometricBwSeconds,
            double damagingBwSeconds) {
        public double of(Contraction type) {
            return switch (type) {
                case CONCENTRIC -> concentricBwSeconds;
                case ECCENTRIC -> eccentricBwSeconds;
                case ISOMETRIC -> isometricBwSeconds;
            };
        }
    }

    /** A stretch of the run worth naming, with how it loaded muscles compared with a reference. */
    public record Segment(
            Kind kind,
            double fromKm,
            double toKm,
            double altitudeChangeMeters,
            double gradePercent,
            double paceSecondsPerKm,
            List<Effect> effects,
            String text) {
        public Segment {
            effects = List.copyOf(effects);
        }

        public enum Kind {
            CLIMB,
            DESCENT,
            FAST;

            @JsonValue
            public String id() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /** A group's load of one contraction type per km, as a multiple of the reference (a flat km, your median km). */
    public record Effect(String group, Contraction contraction, double ratio) {}

    /** Average step rate in the first and the last third of the running time. */
    public record CadenceDrift(
            double firstThirdSpm, double lastThirdSpm, double firstThirdSpeedMps, double lastThirdSpeedMps) {
        public double percentChange() {
            return (lastThirdSpm / firstThirdSpm - 1) * 100;
        }
    }

    /**
     * Samples the analysis would not trust, counted: speeds above 12 m/s between two points (GPS
     * spikes), altitude steps steeper than 100 % between two points (altitude jumps, the point's
     * altitude ignored), grades beyond +-45 % (clamped), step rates far from any running rate
     * (the typical rate used instead), and time spent stopped (slower than 0.5 m/s) or in gaps of
     * over two minutes, which adds no load.
     */
    public record Cleaning(
            int speedSpikes, int altitudeJumps, int gradesClamped, int cadencesReplaced, double stoppedSeconds) {}
}
