package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;

class BadInputTest {
    private final ActivityReaders readers = ActivityReaders.withDefaultLimit();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "MonitoringFile.fit|this is a FIT monitoring file, not an activity",
                "Settings.fit|this is a FIT settings file, not an activity",
                "WorkoutIndividualSteps.fit|this is a FIT workout file, not an activity",
                "activity-filecrc.fit|bad FIT file CRC (stored 0xB1D5, computed 0xA1D5): the file is corrupt",
                "activities/tcx/Route-only.tcx|this TCX file is a course (a planned route with target times)"
            })
    void refusedWithOneClearLine(String file, String message) {
        assertThatThrownBy(() -> readers.read(Data.file(file.contains("/") ? file : "bad/" + file)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "activity-unexpected-eof.fit|FIT file ends inside a data message at byte 768: the file is truncated",
                "activity-settings-corruptheader.fit|the FIT file chained after byte 771 is unreadable",
                "activity-settings-nodata.fit|the FIT file chained after byte 771 is unreadable"
            })
    void readableUpToACorruptTailWithAWarning(String file, String warning) throws Exception {
        List<Activity> activities = readers.read(Data.file("bad/" + file)).activities();
        assertThat(activities).singleElement().satisfies(a -> {
            assertThat(a.samples().size()).isEqualTo(14);
            assertThat(a.warnings()).anyMatch(w -> w.contains(warning));
        });
    }

    @Test
    // a reader that reads a pipe twice, or a device to its end, never returns: fail instead of hanging
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeReadsAsItsFileAndADeviceThatNeverEndsStopsAtTheLimit(@TempDir Path folder) throws Exception {
        byte[] fit = Data.bytes("activities/fit/garmin-fenix-5-run.fit");
        assertThat(BoundedFiles.read(Pipes.feeding(folder, fit), fit.length)).isEqualTo(fit);
        Activity piped = readers.read(Pipes.feeding(folder, fit)).activities().get(0);
        Activity read = readers.read(fit).activities().get(0);
        assertThat(piped.startTime()).isEqualTo(read.startTime());
        assertThat(piped.samples().size()).isEqualTo(read.samples().size());
        // a device that never ends is refused by its first bytes; a pipe that looks right, at the limit
        ActivityReaders small = new ActivityReaders(1 << 20);
        assertThatThrownBy(() -> small.read(Path.of("/dev/zero")))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageStartingWith("not a FIT, GPX or TCX file (it starts with bytes 00 00");
        byte[] tooLong = Arrays.copyOf(fit, (1 << 20) + 1);
        assertThatThrownBy(() -> small.read(Pipes.feeding(folder, tooLong)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessage("goes on past the 1.0 MiB limit for one activity file");
    }

    @Test
    void truncatedFitWithoutRecordsIsRefused() {
        byte[] fit = Data.bytes("activities/fit/Standard.fit");
        assertThatThrownBy(() -> readers.read(Arrays.copyOf(fit, 40)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> readers.read(Arrays.copyOf(fit, 10)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("not a FIT, GPX or TCX file");
    }

    @Test
    void corruptHeaderCrcIsRefused() {
        byte[] fit = Data.bytes("activities/fit/garmin-fenix-5-run.fit").clone();
        assertThat(fit[0]).isEqualTo((byte) 14);
        fit[12] ^= 0x55;
        assertThatThrownBy(() -> readers.read(fit)).hasMessageContaining("bad FIT header CRC");
    }

    @Test
    void xmlWithADoctypeOrExternalEntityIsRefusedWithoutReadingIt() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<gpx version=\"1.1\"><trk><name>&secret;</name><trkseg><trkpt lat=\"1\" "
                + "lon=\"1\"><time>2020-01-01T00:00:00Z</time>"
                + "</trkpt></trkseg></trk></gpx>";
        assertThatThrownBy(() -> readers.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("DOCTYPE");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE TrainingCenterDatabase [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<TrainingCenterDatabase><Activities><Activity "
                + "Sport=\"Running\"><Notes>&c;</Notes></Activity></Activities></TrainingCenterDatabase>";
        assertThatThrownBy(() -> readers.read(laughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void routesWithoutTimesHaveNoTimingData() {
        String route = "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><rte>"
                + "<rtept lat=\"49.1\" lon=\"7.7\"><ele>265</ele></rtept><rtept lat=\"49.2\" lon=\"7.8\"/></rte></gpx>";
        assertThatThrownBy(() -> readers.read(route.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("no timing data");
        String untimedTrack = "<gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><trk><trkseg>"
                + "<trkpt lat=\"49.1\" lon=\"7.7\"/><trkpt lat=\"49.2\" lon=\"7.8\"/></trkseg></trk></gpx>";
        assertThatThrownBy(() -> readers.read(untimedTrack.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no timing data");
    }

    @Test
    void malformedXmlAndForeignFormatsGetOneLine() {
        assertThatThrownBy(() -> readers.read("<gpx><trk><trkseg><trkpt lat=\"1\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageStartingWith("malformed XML at line 1");
        assertThatThrownBy(() -> readers.read("<kml></kml>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("root is <kml>");
        assertThatThrownBy(() -> readers.read("%PDF-1.4 hello".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a FIT, GPX or TCX file (it starts with bytes 25 50 44 46");
        assertThatThrownBy(() -> readers.read(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void gzippedFilesReadAndBombsAreRefused() throws Exception {
        byte[] gpx = Data.bytes("activities/gpx/strava-export.gpx");
        assertThat(readers.read(gzip(gpx)).activities()).hasSize(1);
        assertThat(readers.read(gzip(Data.bytes("activities/fit/Standard.fit"))).format())
                .isEqualTo(ActivityFormat.FIT);
        byte[] bomb = gzip(new byte[4 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(10_000);
        assertThatThrownBy(() -> new ActivityReaders(1024 * 1024).read(bomb))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("gzip bomb");
        assertThatThrownBy(() -> readers.read(Arrays.copyOf(gzip(gpx), 100)))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("corrupt gzip");
        assertThatThrownBy(() -> readers.read(gzip(gzip(gpx)))).hasMessageContaining("gzip inside gzip");
    }

    @Test
    void filesOverTheLimitAreRefusedBeforeReading() {
        assertThatThrownBy(() -> new ActivityReaders(1000).read(Data.file("activities/fit/Standard.fit")))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("over the 0.0 MiB limit");
    }

    static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aZipGivenToTheFileReaderSaysWhereZipsAreRead() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> readers.read(zip))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessage("a zip archive, not one activity file: 'runmuscle import' reads zips and whole Strava or "
                        + "Garmin exports");
    }

    @Test
    void aTcxPointValueOutsideAnyTrackpointIsIgnoredNotACrash() throws Exception {
        // a broken Trackpoint start tag leaves its heart rate and position with no point to go to
        String tcx = """
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                 <Activities><Activity Sport="Running"><Id>2026-01-01T00:00:00Z</Id>
                  <Lap StartTime="2026-01-01T00:00:00Z"><TotalTimeSeconds>2</TotalTimeSeconds><Track>
                   <Trackpoinx><Time>2026-01-01T00:00:00Z</Time><HeartRateBpm><Value>150</Value></HeartRateBpm>
                    <Position><LatitudeDegrees>47.5</LatitudeDegrees><LongitudeDegrees>8.5</LongitudeDegrees></Position>
                   </Trackpoinx>
                   <Trackpoint><Time>2026-01-01T00:00:01Z</Time>
                    <HeartRateBpm><Value>151</Value></HeartRateBpm></Trackpoint>
                   <Trackpoint><Time>2026-01-01T00:00:02Z</Time>
                    <HeartRateBpm><Value>152</Value></HeartRateBpm></Trackpoint>
                  </Track></Lap></Activity></Activities></TrainingCenterDatabase>
                """;
        var read = readers.read(tcx.getBytes(StandardCharsets.UTF_8));
        var samples = read.activities().get(0).samples();
        assertThat(samples.size()).isEqualTo(2);
        assertThat(samples.get(Channel.HEART_RATE, 0)).isEqualTo(151);
    }
}
