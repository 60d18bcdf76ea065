package org.runmuscle.core.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmuscle.core.activity.Miles;
import org.runmuscle.core.atlas.Atlas;

/**
 * The words of a run's analysis: each hill's and fast kilometre's line, and the notes under the
 * run. {@link LoadModel} finds the facts; this class says them.
 */
final class RunNotes {
    /** How many of the largest climbs and descents the notes name: a reporting choice. */
    static final int NOTED_HILLS = 4;

    private final Atlas atlas;
    private final boolean worded;
    private final boolean miles;
    /** "km" or "mi", and the metres in one. */
    private final String unit;

    private final double unitMetres;

    /** Words in kilometres, or in miles when {@code miles}: the runner's unit, the same facts. */
    RunNotes(Atlas atlas, boolean miles) {
        this(atlas, miles, true);
    }

    private RunNotes(Atlas atlas, boolean miles, boolean worded) {
        this.atlas = atlas;
        this.worded = worded;
        this.miles = miles;
        this.unit = miles ? "mi" : "km";
        this.unitMetres = miles ? Miles.METRES : 1000;
    }

    /** Words for no one: every line empty, no notes (the numbers alone are wanted). */
    static RunNotes none(Atlas atlas) {
        return new RunNotes(atlas, false, false);
    }

    /** A pace per km as a clock per the runner's unit, with the unit: "5:12 /km". */
    private String pace(double secondsPerKm) {
        return perUnit(secondsPerKm) + " /" + unit;
    }

    /** A pace per km as a clock per the runner's unit: "5:12". */
    private String perUnit(double secondsPerKm) {
        return clock(miles ? secondsPerKm * Miles.METRES / 1000 : secondsPerKm);
    }

    /** A climb or descent against a flat kilometre at the same pace. */
    String hill(
            boolean climb,
            double fromKm,
            double toKm,
            double riseMeters,
            double gradePercent,
            List<RunLoad.Effect> effects) {
        if (!worded) {
            return "";
        }
        double scale = 1000 / unitMetres;
        return String.format(
                "%s at %s %.1f-%.1f (%+.0f m, %+.1f %%): %s a flat %s at the same pace",
                climb ? "Climb" : "Descent",
                unit,
                fromKm * scale,
                toKm * scale,
                riseMeters,
                gradePercent,
                describe(effects),
                miles ? "mile" : "km");
    }

    /** A fast kilometre ({@code index} from 0) against the run's median kilometre. */
    String fastKilometre(int index, double paceSecondsPerKm, double medianPace, List<RunLoad.Effect> effects) {
        if (!worded) {
            return "";
        }
        return String.format(
                "Fast km %d (%s, %.0f %% quicker than your median km): per minute, %s your median km",
                index + 1, pace(paceSecondsPerKm), (1 - paceSecondsPerKm / medianPace) * 100, describe(effects));
    }

    /**
     * The notes under a run: where the load fell, the biggest hills and every fast kilometre, the
     * cadence drift, and what was left out or repaired.
     */
    List<String> notes(
            List<RunLoad.MuscleLoad> muscles,
            List<RunLoad.Segment> segments,
            Optional<RunLoad.CadenceDrift> drift,
            RunLoad.Cleaning cleaning,
            double running,
            double meters) {
        if (!worded) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        if (running <= 0) {
            notes.add("No running was found in this recording (no stretch faster than 0.5 m/s with plausible speeds).");
            return notes;
        }
        Map<String, Double> byGroup = new LinkedHashMap<>();
        double total = 0;
        for (RunLoad.MuscleLoad muscle : muscles) {
            byGroup.merge(atlas.muscle(muscle.id()).orElseThrow().group(), muscle.loadBwSeconds(), Double::sum);
            total += muscle.loadBwSeconds();
        }
        double sum = total;
        List<String> top = byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(5)
                .map(e -> String.format("%s %.0f %%", groupName(e.getKey()), 100 * e.getValue() / sum))
                .toList();
        notes.add(String.format(
                "%.1f %s of running in %s; the load fell mostly on %s.",
                meters / unitMetres, unit, clock(running), String.join(", ", top)));
        // The notes name the biggest hills and every fast kilometre; the segment list keeps them all.
        List<RunLoad.Segment> hills = segments.stream()
                .filter(x -> x.kind() != RunLoad.Segment.Kind.FAST)
                .sorted(Comparator.comparingDouble((RunLoad.Segment x) -> -Math.abs(x.altitudeChangeMeters())))
                .limit(NOTED_HILLS)
                .toList();
        // the very segments picked above, by identity: a record's equals compares every field,
        // effects and text included (4 % of analysing the shared FIT files in a fresh JVM)
        Set<RunLoad.Segment> noted = Collections.newSetFromMap(new IdentityHashMap<>());
        noted.addAll(hills);
        segments.stream()
                .filter(x -> x.kind() == RunLoad.Segment.Kind.FAST || noted.contains(x))
                .forEach(segment -> notes.add(segment.text() + "."));
        long more = segments.stream()
                        .filter(x -> x.kind() != RunLoad.Segment.Kind.FAST)
                        .count()
                - hills.size();
        if (more > 0) {
            notes.add(more + " smaller climbs and descents are listed with the segments.");
        }
        drift.ifPresent(d -> notes.add(cadence(d)));
        int unusual = cleaning.speedSpikes()
                + cleaning.altitudeJumps()
                + cleaning.gradesClamped()
                + cleaning.cadencesReplaced();
        if (unusual > 0) {
            notes.add(String.format(
                    "Left out or repaired: %d speed spikes over 12 m/s, %d altitude jumps, %d grades beyond"
                            + " 45 %%, %d implausible cadences.",
                    cleaning.speedSpikes(),
                    cleaning.altitudeJumps(),
                    cleaning.gradesClamped(),
                    cleaning.cadencesReplaced()));
        }
        return notes;
    }

    private String cadence(RunLoad.CadenceDrift d) {
        if (Math.abs(d.percentChange()) >= 3) {
            return String.format(
                    "Cadence %s from %.0f to %.0f steps/min (%+.1f %%) between the first and last third"
                            + " of the run, at %s and %s.",
                    d.percentChange() < 0 ? "drifted down" : "rose",
                    d.firstThirdSpm(),
                    d.lastThirdSpm(),
                    d.percentChange(),
                    perUnit(1000 / d.firstThirdSpeedMps()),
                    pace(1000 / d.lastThirdSpeedMps()));
        }
        return String.format("Cadence held steady (%.0f to %.0f steps/min).", d.firstThirdSpm(), d.lastThirdSpm());
    }

    private String describe(List<RunLoad.Effect> effects) {
        List<String> parts = new ArrayList<>();
        for (RunLoad.Effect effect : effects) {
            parts.add(String.format(
                    "%s %s load %.1f\u00d7",
                    groupName(effect.group()), effect.contraction().id(), effect.ratio()));
        }
        return String.join(", ", parts);
    }

    private String groupName(String group) {
        return atlas.group(group).map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(group);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
