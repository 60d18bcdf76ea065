package org.runmuscle.app.activity;

import static org.runmuscle.app.output.Numbers.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.ActivitySummary;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.RunningDynamics;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;

/**
 * One activity as {@code analyze} shows it: the JSON shape (field names are API) and the numbers
 * a table prints. Missing figures are {@code null}, never 0.
 */
public record ActivityView(
        String file,
        String format,
        String sport,
        String startTime,
        String device,
        int points,
        Summary summary,
        Summary deviceTotals,
        List<String> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double gradeAdjustedPaceSecondsPerKm,
        @JsonInclude(JsonInclude.Include.NON_NULL) LoadView load,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<MuscleView> muscles,
        @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
        @JsonInclude(JsonInclude.Include.NON_NULL) Dynamics runningDynamics,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String name) {

    /** Running dynamics averaged over the run, where a strap or pod measured them (field names are API). */
    public record Dynamics(
            Double groundContactMs,
            Double contactBalanceLeftPercent,
            Double verticalOscillationMm,
            Double stepLengthMeters) {
        static Dynamics of(RunningDynamics d) {
            return new Dynamics(
                    round(d.groundContactMs(), 0),
                    round(d.contactBalanceLeft(), 1),
                    round(d.verticalOscillationMm(), 1),
                    round(d.stepLengthM(), 2));
        }
    }

    /** One muscle's load over the run (field names are API). */
    public record MuscleView(
            String id,
            double loadBwSeconds,
            double concentricBwSeconds,
            double eccentricBwSeconds,
            double isometricBwSeconds) {}

    /** How the load was reckoned, what shaped it and what was left out. */
    public record LoadView(
            int modelVersion,
            String contractionOf,
            double massKg,
            String massFrom,
            Double runningSeconds,
            List<RunLoad.Segment> segments,
            RunLoad.CadenceDrift cadenceDrift,
            RunLoad.Cleaning cleaning,
            List<String> notes) {}

    /** The summary figures; {@code null} where the recording cannot give one. */
    public record Summary(
            Double elapsedSeconds,
            Double movingSeconds,
            Double distanceMeters,
            Double paceSecondsPerKm,
            Double avgHeartRate,
            Double maxHeartRate,
            Double avgCadenceSpm,
            Double ascentMeters,
            Double descentMeters) {}

    public static ActivityView of(String file, String format, Activity activity) {
        ActivitySummary s = ActivitySummaries.of(activity);
        DeviceTotals d = activity.deviceTotals();
        double devicePace = d.distanceMeters() > 0 ? d.timerSeconds() / (d.distanceMeters() / 1000) : Double.NaN;
        return new ActivityView(
                file,
                format,
                activity.sport().id(),
                activity.startTime().toString(),
                activity.device(),
                activity.samples().size(),
                new Summary(
                        round(s.elapsedSeconds(), 1),
                        round(s.movingSeconds(), 1),
                        round(s.distanceMeters(), 1),
                        round(s.paceSecondsPerKm(), 1),
                        round(s.avgHeartRate(), 1),
                        round(s.maxHeartRate(), 0),
                        round(s.avgCadenceSpm(), 1),
                        round(s.ascentMeters(), 1),
                        round(s.descentMeters(), 1)),
                new Summary(
                        round(d.elapsedSeconds(), 1),
                        round(d.timerSeconds(), 1),
                        round(d.distanceMeters(), 1),
                        round(devicePace, 1),
                        round(d.avgHeartRate(), 1),
                        round(d.maxHeartRate(), 0),
                        round(d.avgCadenceSpm(), 1),
                        round(d.ascentMeters(), 1),
                        round(d.descentMeters(), 1)),
                activity.warnings(),
                null,
                null,
                null,
                null,
                RunningDynamics.of(activity.samples()).map(Dynamics::of).orElse(null),
                activity.name());
    }

    /** The same view with the muscle load of a running activity. */
    public ActivityView withLoad(RunLoad load, String massFrom) {
        List<MuscleView> muscles = load.muscles().stream()
                .map(m -> new MuscleView(
                        m.id(),
                        round(m.loadBwSeconds(), 2),
                        round(m.concentricBwSeconds(), 2),
                        round(m.eccentricBwSeconds(), 2),
                        round(m.isometricBwSeconds(), 2)))
                .toList();
        LoadView view = new LoadView(
                LoadModel.VERSION,
                LoadModel.CONTRACTION_OF,
                load.massKg(),
                massFrom,
                round(load.runningSeconds(), 1),
                load.segments(),
                load.cadenceDrift().orElse(null),
                load.cleaning(),
                load.notes());
        return with(round(load.gradeAdjustedPaceSecondsPerKm(), 1), view, muscles, headline);
    }

    /** The same with a headline: how the run differed from the runner's usual one. */
    public ActivityView withHeadline(String text) {
        return with(gradeAdjustedPaceSecondsPerKm, load, muscles, text);
    }

    private ActivityView with(Double gap, LoadView loadView, List<MuscleView> muscleViews, String headlineText) {
        return new ActivityView(
                file,
                format,
                sport,
                startTime,
                device,
                points,
                summary,
                deviceTotals,
                warnings,
                gap,
                loadView,
                muscleViews,
                headlineText,
                runningDynamics,
                name);
    }
}
