package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.ActivitySummary;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Sport;

/** Every real recording in shared/data/activities reads into sane activities. */
class AllRecordingsTest {
    private final ActivityReaders readers = ActivityReaders.withDefaultLimit();

    static Stream<Path> recordings() {
        return Data.allActivities();
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void readsIntoCleanActivities(Path file) throws Exception {
        List<Activity> activities = readers.read(file).activities();
        assertThat(activities).isNotEmpty();
        for (Activity activity : activities) {
            var samples = activity.samples();
            assertThat(samples.size()).as(file + " points").isPositive();
            for (int i = 1; i < samples.size(); i++) {
                assertThat(samples.time(i)).as(file + " time increases at " + i).isGreaterThan(samples.time(i - 1));
                double d = samples.get(Channel.DISTANCE, i);
                double previous = samples.get(Channel.DISTANCE, i - 1);
                if (!Double.isNaN(d) && !Double.isNaN(previous)) {
                    assertThat(d).as(file + " distance never decreases at " + i).isGreaterThanOrEqualTo(previous);
                }
            }
            ActivitySummary summary = ActivitySummaries.of(activity);
            assertThat(summary.movingSeconds())
                    .as(file + " moving <= elapsed")
                    .isLessThanOrEqualTo(summary.elapsedSeconds() + 5);
            if (activity.sport() == Sport.RUNNING && !Double.isNaN(summary.avgCadenceSpm())) {
                assertThat(summary.avgCadenceSpm())
                        .as(file + " running cadence in steps/min")
                        .isBetween(120.0, 220.0);
            }
        }
    }

    @Test
    void formatIsToldByTheBytesNotTheName(@TempDir Path temp) throws Exception {
        Path disguised = temp.resolve("run.txt");
        Files.write(disguised, Data.bytes("activities/gpx/strava-export.gpx"));
        assertThat(readers.read(disguised).format()).isEqualTo(ActivityFormat.GPX);
        Files.write(disguised, Data.bytes("activities/fit/Standard.fit"));
        assertThat(readers.read(disguised).format()).isEqualTo(ActivityFormat.FIT);
    }

    @Test
    void aBreakBetweenTwoSessionsIsNotAClockJump() throws Exception {
        List<Activity> runs =
                readers.read(Data.file("activities/fit/Multisession.fit")).activities();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).startTime().toString()).isEqualTo("2015-05-23T12:31:29Z");
        assertThat(runs).allSatisfy(run -> assertThat(run.warnings()).noneMatch(w -> w.contains("clock jumped")));
    }

    @Test
    void triathlonGivesOneActivityPerSession() throws Exception {
        List<Activity> legs = readers.read(Data.file("activities/fit/multisport-triathlon-fenix3.fit"))
                .activities();
        assertThat(legs)
                .extracting(Activity::sport)
                .containsExactly(Sport.SWIMMING, Sport.TRANSITION, Sport.CYCLING, Sport.TRANSITION, Sport.RUNNING);
        List<Activity> tcx =
                readers.read(Data.file("activities/tcx/Multisport.tcx")).activities();
        assertThat(tcx).extracting(Activity::sport).contains(Sport.RUNNING, Sport.CYCLING);
    }

    @Test
    void extensionsGiveHeartRateAndCadenceInStepsPerMinute() throws Exception {
        Activity garmin = readers.read(Data.file("activities/gpx/garmin-ns3-extension.gpx"))
                .activities()
                .get(0);
        ActivitySummary summary = ActivitySummaries.of(garmin);
        assertThat(summary.avgHeartRate()).isBetween(90.0, 110.0);
        assertThat(summary.avgCadenceSpm()).isBetween(160.0, 200.0);
        Activity strava = readers.read(Data.file("activities/gpx/strava-export.gpx"))
                .activities()
                .get(0);
        assertThat(ActivitySummaries.of(strava).avgCadenceSpm()).isBetween(160.0, 190.0);
        Activity movescount = readers.read(Data.file("activities/gpx/Movescount-mixed-extensions.gpx"))
                .activities()
                .get(0);
        assertThat(ActivitySummaries.of(movescount).avgHeartRate()).isBetween(140.0, 165.0);
        Activity treadmill = readers.read(Data.file("activities/tcx/Treadmill-doubled-cadence.tcx"))
                .activities()
                .get(0);
        assertThat(ActivitySummaries.of(treadmill).avgCadenceSpm())
                .as("already in steps: not doubled again")
                .isBetween(120.0, 180.0);
    }

    @Test
    void repairsAreDocumentedInWarnings() throws Exception {
        Activity jump = readers.read(Data.file("activities/fit/time-jump.fit"))
                .activities()
                .get(0);
        assertThat(jump.warnings()).anyMatch(w -> w.contains("clock jumped forward"));
        assertThat(ActivitySummaries.of(jump).elapsedSeconds()).isBetween(3300.0, 3400.0);
        Activity suunto = readers.read(Data.file("activities/fit/Suunto-Ambit-3-Peak-without-final-lap.fit"))
                .activities()
                .get(0);
        assertThat(suunto.samples().size())
                .as("two records a second merged, not dropped")
                .isGreaterThan(4900);
        Activity runkeeper = readers.read(Data.file("activities/gpx/runkeeper-negative-time-step-at-start.gpx"))
                .activities()
                .get(0);
        assertThat(runkeeper.warnings()).anyMatch(w -> w.contains("went back"));
        Activity odometer = readers.read(Data.file("activities/tcx/missing-distances.tcx"))
                .activities()
                .get(0);
        assertThat(ActivitySummaries.of(odometer).distanceMeters()).isBetween(290.0, 305.0);
        Activity empty = readers.read(Data.file("activities/tcx/First-point-empty.tcx"))
                .activities()
                .get(0);
        // the empty first point is gone; its 25 points hold 0.6 km of the laps' 18.74 km, so the laps
        // give the distance, with a row of distance alone at each lap's start and end
        assertThat(empty.samples().get(Channel.LATITUDE, 1)).isNotNaN();
        assertThat(ActivitySummaries.of(empty).distanceMeters()).isBetween(18_700.0, 18_800.0);
        assertThat(empty.warnings()).anyMatch(w -> w.contains("distance is taken from the laps"));
    }

    @Test
    void aGpxWithoutTypeTakesItsSportFromTheTrackTitleOrItsSpeed() throws Exception {
        Activity runkeeper = readers.read(Data.file("activities/gpx/runkeeper-negative-time-step-at-start.gpx"))
                .activities()
                .get(0);
        assertThat(runkeeper.sport()).as("titled 'Cycling 10/2/17 10:49 am'").isEqualTo(Sport.CYCLING);
        Activity nachtlauf = readers.read(Data.file("activities/gpx/strava-export.gpx"))
                .activities()
                .get(0);
        assertThat(nachtlauf.sport()).isEqualTo(Sport.RUNNING);
        assertThat(XmlSports.ofTitle("Morning Run")).isEqualTo(Sport.RUNNING);
        assertThat(XmlSports.ofTitle("Kaiserslautern Laufen")).isEqualTo(Sport.RUNNING);
        assertThat(XmlSports.ofTitle("Afternoon Ride")).isEqualTo(Sport.CYCLING);
        assertThat(XmlSports.ofTitle("Brunch at Rune's")).as("whole words only").isEqualTo(Sport.GENERIC);
        assertThat(XmlSports.ofTitle("04-FEB-13 22:16:37")).isEqualTo(Sport.GENERIC);

        String untitledFastTrack = Files.readString(
                        Data.file("activities/gpx/runkeeper-negative-time-step-at-start.gpx"))
                .replace("Cycling 10/2/17 10:49 am", "10/2/17 10:49 am");
        Activity fast = readers.read(untitledFastTrack.getBytes(StandardCharsets.UTF_8))
                .activities()
                .get(0);
        assertThat(fast.sport()).isEqualTo(Sport.CYCLING);
        assertThat(fast.warnings()).anyMatch(w -> w.contains("taken as cycling") && w.contains("km/h"));
    }

    @Test
    void readsBodyMassFromTheUserProfile() throws Exception {
        long withMass = Data.files("activities/fit").stream()
                .flatMap(f -> {
                    try {
                        return readers.read(f).activities().stream();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(a -> a.bodyMassKg().isPresent())
                .peek(a -> assertThat(a.bodyMassKg().getAsDouble()).isBetween(30.0, 150.0))
                .count();
        assertThat(withMass).isPositive();
    }
}
