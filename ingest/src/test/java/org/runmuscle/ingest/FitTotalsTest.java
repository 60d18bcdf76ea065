package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.ActivitySummary;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Sport;

/**
 * What we compute from the records agrees with the totals the device wrote in its session message.
 * Tolerances are a device's rounding plus the sparse records of swims and transitions; cadence is
 * not compared because devices average it differently (some count standing time).
 */
class FitTotalsTest {
    static Stream<Path> fitFiles() {
        return Data.files("activities/fit").stream();
    }

    @ParameterizedTest
    @MethodSource("fitFiles")
    void summaryAgreesWithTheSessionMessage(Path file) throws Exception {
        for (Activity activity : ActivityReaders.withDefaultLimit().read(file).activities()) {
            ActivitySummary ours = ActivitySummaries.of(activity);
            DeviceTotals device = activity.deviceTotals();
            String at = file.getFileName() + " " + activity.sport().id() + " " + activity.startTime();
            if (!Double.isNaN(device.distanceMeters())) {
                assertThat(ours.distanceMeters())
                        .as(at + " distance")
                        .isCloseTo(device.distanceMeters(), within(Math.max(75, device.distanceMeters() * 0.02)));
            }
            if (!Double.isNaN(device.timerSeconds())) {
                assertThat(ours.movingSeconds())
                        .as(at + " moving time vs timer")
                        .isCloseTo(device.timerSeconds(), within(Math.max(5, device.timerSeconds() * 0.01)));
            }
            // Suunto writes its timer time as elapsed time when the final lap is missing.
            if (!Double.isNaN(device.elapsedSeconds())
                    && !file.getFileName().toString().startsWith("Suunto")) {
                assertThat(ours.elapsedSeconds())
                        .as(at + " elapsed")
                        .isCloseTo(device.elapsedSeconds(), within(Math.max(60, device.elapsedSeconds() * 0.02)));
            }
            if (!Double.isNaN(device.avgHeartRate())) {
                assertThat(ours.avgHeartRate())
                        .as(at + " average heart rate")
                        .isCloseTo(device.avgHeartRate(), within(3.0));
            }
            if (!Double.isNaN(device.maxHeartRate())) {
                assertThat(ours.maxHeartRate())
                        .as(at + " max heart rate")
                        .isCloseTo(device.maxHeartRate(), within(2.0));
            }
            // Ascent is approximate by nature (barometric vs smoothed GPS; see Elevation); transitions
            // of two minutes are noise on both sides, so only runs, rides and walks are compared.
            if (device.ascentMeters() > 20 && activity.sport() != Sport.TRANSITION) {
                assertThat(ours.ascentMeters())
                        .as(at + " ascent")
                        .isCloseTo(device.ascentMeters(), within(Math.max(25, device.ascentMeters() * 0.4)));
            }
        }
    }
}
