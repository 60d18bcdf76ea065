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
import org.runmuscle.core.text.Decimals;

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
        return Decimals.clock(miles ? secondsPerKm * Miles.METRES / 1000 : secondsPerKm);
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
        return (climb ? "Climb" : "Descent") + " at " + unit + " " + Decimals.fixed(fromKm * scale, 1) + "-"
                + Decimals.fixed(toKm * scale, 1) + " (" + Decimals.signed(riseMeters, 0) + " m, "
                + Decimals.signed(gradePercent, 1) + " %): " + describe(effects) + " a flat " + (miles ? "mile" : "km")
                + " at the same pace";
    }

    /** A fast kilometre ({@code index} from 0) against the run's median kilometre. */
    String fastKilometre(int index, double paceSecondsPerKm, double medianPace, List<RunLoad.Effect> effects) {
        if (!worded) {
            return "";
        }
        return "Fast km " + Decimals.integer(index + 1) + " (" + pace(paceSecondsPerKm) + ", "
                + Decimals.fixed((1 - paceSecondsPerKm / medianPace) * 100, 0)
                + " % quicker than your median km): per minute, " + describe(effects) + " your median km";
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
                .map(e -> groupName(e.getKey()) + " " + Decimals.fixed(100 * e.getValue() / sum, 0) + " %")
                .toList();
        notes.add(Decimals.fixed(meters / unitMetres, 1) + " " + unit + " of running in " + Decimals.clock(running)
                + "; the load fell mostly on " + String.join(", ", top) + ".");
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
            notes.add("Left out or repaired: " + Decimals.integer(cleaning.speedSpikes())
                    + " speed spikes over 12 m/s, " + Decimals.integer(cleaning.altitudeJumps()) + " altitude jumps, "
                    + Decimals.integer(cleaning.gradesClamped()) + " grades beyond 45 %, "
                    + Decimals.integer(cleaning.cadencesReplaced()) + " implausible cadences.");
        }
        return notes;
    }

    private String cadence(RunLoad.CadenceDrift d) {
        if (Math.abs(d.percentChange()) >= 3) {
            return "Cadence " + (d.percentChange() < 0 ? "drifted down" : "rose") + " from "
                    + Decimals.fixed(d.firstThirdSpm(), 0) + " to " + Decimals.fixed(d.lastThirdSpm(), 0)
                    + " steps/min (" + Decimals.signed(d.percentChange(), 1)
                    + " %) between the first and last third of the run, at " + perUnit(1000 / d.firstThirdSpeedMps())
                    + " and " + pace(1000 / d.lastThirdSpeedMps()) + ".";
        }
        return "Cadence held steady (" + Decimals.fixed(d.firstThirdSpm(), 0) + " to "
                + Decimals.fixed(d.lastThirdSpm(), 0) + " steps/min).";
    }

    private String describe(List<RunLoad.Effect> effects) {
        List<String> parts = new ArrayList<>();
        for (RunLoad.Effect effect : effects) {
            parts.add(groupName(effect.group()) + " " + effect.contraction().id() + " load "
                    + Decimals.fixed(effect.ratio(), 1) + "\u00d7");
        }
        return String.join(", ", parts);
    }

    private String groupName(String group) {
        return atlas.group(group).map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(group);
    }
}
