package org.runmuscle.app.activity;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.runmuscle.app.output.Display;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.core.text.Decimals;

/**
 * Adds muscle load to the running activities of an analysis; the model is built on first need,
 * once, whichever thread needs it first ({@code analyze} reads files two at a time).
 */
public final class RunLoads {
    /**
     * The shipped model, made once per process: whichever comes first, the CLI's warm-up on its
     * own thread ({@link #prepare}) or the first run, and the other waits for it.
     */
    private static LoadModel shared;

    /** Makes the model ahead of the first run that needs it. */
    public static void prepare() {
        model();
    }

    /** The view with the run's load, its notes worded in miles when {@code miles}. */
    public ActivityView withLoad(ActivityView view, Activity activity, Double massOption, boolean miles) {
        // (a stored run passes its recorded mass as the option)
        if (activity.sport() != Sport.RUNNING) {
            return view;
        }
        double mass;
        String from;
        if (massOption != null) {
            mass = massOption;
            from = "option";
        } else {
            mass = BodyMass.ofFile(activity);
            boolean fileMass = activity.bodyMassKg().isPresent()
                    && mass == activity.bodyMassKg().getAsDouble();
            from = fileMass ? "file" : "default";
        }
        return view.withLoad(model().analyze(activity, mass, miles), from);
    }

    /** The load part of the table: per group, then the notes. */
    void print(PrintWriter out, ActivityView view, Display display) {
        out.println("  grade-adjusted pace " + display.pace(view.gradeAdjustedPaceSecondsPerKm()) + "   body mass "
                + Math.round(view.load().massKg()) + " kg (" + view.load().massFrom() + ")   muscle model v"
                + view.load().modelVersion());
        Map<String, double[]> groups = new LinkedHashMap<>();
        double total = 0;
        for (ActivityView.MuscleView muscle : view.muscles()) {
            String group = atlas().muscle(muscle.id()).orElseThrow().group();
            double[] sums = groups.computeIfAbsent(group, g -> new double[4]);
            sums[0] += muscle.loadBwSeconds();
            sums[1] += muscle.concentricBwSeconds();
            sums[2] += muscle.eccentricBwSeconds();
            sums[3] += muscle.isometricBwSeconds();
            total += muscle.loadBwSeconds();
        }
        double sum = total;
        if (sum > 0) {
            out.println(
                    "  muscle load (body-weight seconds; share of the run's load; concentric/eccentric/isometric):");
        }
        groups.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .limit(8)
                .forEach(e -> {
                    double[] v = e.getValue();
                    // what "    %-12s %8.0f  %3.0f %%   %3.0f/%3.0f/%3.0f %%%n" wrote, without a formatter per line
                    out.println("    " + Text.pad(e.getKey(), 12) + " "
                            + Decimals.fixed(v[0], 0, 8) + "  " + Decimals.fixed(100 * v[0] / sum, 0, 3) + " %   "
                            + Decimals.fixed(100 * v[1] / v[0], 0, 3) + "/" + Decimals.fixed(100 * v[2] / v[0], 0, 3)
                            + "/" + Decimals.fixed(100 * v[3] / v[0], 0, 3) + " %");
                });
        view.load().notes().forEach(note -> Text.wrap(note, "    ").forEach(line -> out.println(line)));
    }

    /** The run along its distance, for the HTML report's charts. */
    RunTrack track(Activity activity, double massKg) {
        return RunTrack.of(activity, model(), atlas(), massKg);
    }

    Atlas atlas() {
        return Atlas.load();
    }

    /** The numbers of the analysis, unworded, as import stores them (the bench). */
    public RunLoad analyze(Activity activity) {
        return model().loads(activity, BodyMass.DEFAULT.kg());
    }

    private static synchronized LoadModel model() {
        if (shared == null) {
            shared = loadShipped();
        }
        return shared;
    }

    /**
     * A new model of the shipped atlas, its grid read from the launcher's grid file when it names
     * one ({@link GridFiles}).
     */
    public static LoadModel loadShipped() {
        return LoadModel.load(Atlas.load(), GridFiles.named());
    }
}
