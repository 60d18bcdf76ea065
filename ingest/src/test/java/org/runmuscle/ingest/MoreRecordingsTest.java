package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.ActivitySummary;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.RunningDynamics;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/**
 * The 114 recordings of shared/data/activities-more, from 16 other projects and every maker: each
 * reads or is refused with one plain line, and what it reads agrees with the device's own totals.
 *
 * <p>Tolerances, against the session (FIT) or lap (TCX) totals the device wrote:
 * <ul>
 *   <li>distance: 2 % or 30 m, whichever is larger: GPS distance summed by us and by the device
 *       differ by 1-2 % (our own measure over shared/data/activities), and a pool length is 25-50 m;
 *   <li>moving time: 2 % or 10 s: devices round their timer and may stop it a moment late;
 *   <li>heart rate: the maximum of the samples within 2 bpm, which checks that a chest strap's stored
 *       beats were found, anchored in time and merged; the samples' time-weighted average within
 *       8 bpm of the device's, which averages per beat (see ActivitySummaries.averageHeartRate:
 *       up to 7 bpm apart on a run with intervals).
 * </ul>
 */
class MoreRecordingsTest {
    private final ActivityReaders readers = ActivityReaders.withDefaultLimit();

    /** Not activities: refused (or skipped in an export) as what they are. */
    private static final Set<String> NOT_ACTIVITIES = Set.of(
            "trainingpeaks_export.fit",
            "segment.fit",
            "S3F00000.FIT",
            "example.fit",
            "A_ride_mapped_on_11_22_2011.gpx",
            "swim_626.fit");

    /** Broken on purpose (the corpus README), or holding no recorded point. */
    private static final Set<String> BROKEN = Set.of(
            "610464_no_defmsg.fit",
            "610464_bad_crc.fit",
            "empty.fit",
            "._empty.fit",
            "empty-activities.fit",
            "6037744996.gpx",
            "Mojstrovka.gpx",
            // a session of 19 s and no record; a sensor log with no session and no file type
            "2012_02_05_09_03_59.fit",
            "moxy.fit");

    /**
     * Device totals that are not the activity's: an elapsed time shorter than the timer (sports-lib
     * inverted-times.fit, GoldenCheetah 14582164182.fit.gz) is skipped by the elapsed check itself;
     * these are the documented exceptions, each with why.
     */
    private static final Map<String, String> DEVICE_TOTALS_DISAGREE = Map.of(
            "14582164182.fit.gz", "Edge 1030: its average heart rate counts the strap's dropouts as zeros",
            "movescount.tcx", "Movescount: the trackpoints run on 900 m past the last lap's end",
            "flagged-hr.fit", "fenix 3: average heart rate 234 bpm, a strap fault the device kept");

    static List<Path> corpus() {
        try (Stream<Path> files = Files.walk(Data.file("activities-more"))) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusIsThere() {
        assertThat(corpus()).hasSize(114);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void readsOrIsRefusedWithOneLineAndAgreesWithTheDevice(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (NOT_ACTIVITIES.contains(name) || BROKEN.contains(name)) {
            assertThatThrownBy(() -> readers.read(file))
                    .isInstanceOf(ActivityFormatException.class)
                    .satisfies(e -> {
                        String message = e.getMessage();
                        assertThat(message)
                                .doesNotContain("\n", "http", "Exception")
                                .hasSizeLessThan(300);
                        assertThat(((ActivityFormatException) e).notAnActivity())
                                .as(name + " is not an activity")
                                .isEqualTo(NOT_ACTIVITIES.contains(name));
                    });
            return;
        }
        List<Activity> activities = readers.read(file).activities();
        assertThat(activities).as(name).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Activity activity : activities) {
            ActivitySummary ours = ActivitySummaries.of(activity);
            DeviceTotals device = activity.deviceTotals();
            String what = name + " " + activity.sport().id() + " ";
            if (DEVICE_TOTALS_DISAGREE.containsKey(name)) {
                continue;
            }
            check(problems, what + "distance", ours.distanceMeters(), device.distanceMeters(), 0.02, 30);
            check(problems, what + "moving", ours.movingSeconds(), device.timerSeconds(), 0.02, 10);
            check(problems, what + "samples' avg HR", samplesAverage(activity), device.avgHeartRate(), 0, 8);
            check(problems, what + "max HR", ours.maxHeartRate(), device.maxHeartRate(), 0, 2);
        }
        assertThat(problems).as(name).isEmpty();
    }

    private static double samplesAverage(Activity activity) {
        Samples samples = activity.samples();
        double weighted = 0;
        double seconds = 0;
        double previous = Double.NaN;
        for (int i = 0; i < samples.size(); i++) {
            double bpm = samples.get(Channel.HEART_RATE, i);
            if (bpm > 0) {
                double dt = samples.time(i) - previous;
                if (dt > 0 && dt <= 60) {
                    weighted += bpm * dt;
                    seconds += dt;
                }
                previous = samples.time(i);
            }
        }
        if (seconds > 0) {
            return weighted / seconds;
        }
        return previous > 0 ? samples.column(Channel.HEART_RATE)[lastWithHeartRate(samples)] : Double.NaN;
    }

    private static int lastWithHeartRate(Samples samples) {
        int last = -1;
        for (int i = 0; i < samples.size(); i++) {
            last = samples.get(Channel.HEART_RATE, i) > 0 ? i : last;
        }
        return last;
    }

    /** A device value that is there must be matched within the tolerance; a value we lack is a problem. */
    private static void check(
            List<String> problems, String what, double ours, double device, double share, double abs) {
        if (!(device > 0)) {
            return;
        }
        double tolerance = Math.max(abs, device * share);
        if (Double.isNaN(ours) || Math.abs(ours - device) > tolerance) {
            problems.add(String.format(
                    Locale.ROOT, "%s: ours %.1f, device %.1f (tolerance %.1f)", what, ours, device, tolerance));
        }
    }

    @Test
    void sportsAreWhatTheFilesSay() throws Exception {
        assertThat(sport("msimms-rust_tcx/20210323_yoga.tcx")).isEqualTo(Sport.OTHER);
        assertThat(sport("vkurup-python-tcxparser/sup_activity_1.tcx")).isEqualTo(Sport.OTHER);
        assertThat(sport("GoldenCheetah-GoldenCheetah/OWswim.tcx")).isEqualTo(Sport.OTHER);
        assertThat(sport("thomaschampagne-elevate/ride.gpx")).isEqualTo(Sport.CYCLING);
        assertThat(sport("thomaschampagne-elevate/20170319_run_906581465.gpx")).isEqualTo(Sport.RUNNING);
        assertThat(sport("thomaschampagne-elevate/open-water-swim.gpx")).isEqualTo(Sport.SWIMMING);
        assertThat(sport("sports-alliance-sports-lib/6860712481.fit")).isEqualTo(Sport.SWIMMING);
        assertThat(sport("sports-alliance-sports-lib/6281425038.tcx")).isEqualTo(Sport.RUNNING);
    }

    @Test
    void aChainedSecondActivityIsItsOwnActivityWhateverItsDate() throws Exception {
        byte[] later = Data.bytes("activities-more/thomaschampagne-elevate/kaiteriteri.fit");
        byte[] earlier = Data.bytes("activities-more/eikek-fit4s/fenix5_run_421.fit");
        byte[] chained = new byte[later.length + earlier.length];
        System.arraycopy(later, 0, chained, 0, later.length);
        System.arraycopy(earlier, 0, chained, later.length, earlier.length);
        List<Activity> activities = readers.read(chained).activities();
        assertThat(activities)
                .extracting(a -> Math.round(ActivitySummaries.of(a).distanceMeters()))
                .containsExactlyInAnyOrder(12241L, 1032L);
    }

    @ParameterizedTest
    @MethodSource("withRunningDynamics")
    void runningDynamicsAreReadWhereAStrapOrPodMeasuredThem(String relative) throws Exception {
        Activity run = readers.read(Data.file("activities-more/" + relative))
                .activities()
                .get(0);
        RunningDynamics dynamics = RunningDynamics.of(run.samples()).orElseThrow();
        // ranges of recreational and trained runners: contact 160-360 ms, oscillation 50-130 mm
        assertThat(dynamics.groundContactMs()).as(relative).isBetween(160.0, 360.0);
        assertThat(dynamics.verticalOscillationMm()).as(relative).isBetween(50.0, 130.0);
        if (!Double.isNaN(dynamics.contactBalanceLeft())) {
            assertThat(dynamics.contactBalanceLeft()).as(relative).isBetween(45.0, 55.0);
        }
        if (!Double.isNaN(dynamics.stepLengthM())) {
            assertThat(dynamics.stepLengthM()).as(relative).isBetween(0.6, 1.8);
        }
    }

    static Stream<String> withRunningDynamics() {
        return Stream.of(
                "eikek-fit4s/2775379975.fit",
                "eikek-fit4s/fr935_karaul-fitplotter.fit",
                "thomaschampagne-elevate/portland.fit",
                "thomaschampagne-elevate/treadmill.fit",
                "thomaschampagne-elevate/trosku.fit",
                "GoldenCheetah-GoldenCheetah/Garmin920_withFirstbeat.fit",
                "jimmykane-fit-parser/garmin-stamina.fit",
                "GoldenCheetah-GoldenCheetah/HRV-Data.fit");
    }

    @Test
    void aRunWithoutAStrapHasNoRunningDynamics() throws Exception {
        Activity run = readers.read(Data.file("activities-more/thomaschampagne-elevate/kaiteriteri.fit"))
                .activities()
                .get(0);
        assertThat(RunningDynamics.of(run.samples())).isEmpty();
    }

    private Sport sport(String relative) throws Exception {
        return readers.read(Data.file("activities-more/" + relative))
                .activities()
                .get(0)
                .sport();
    }
}
