package org.runmuscle.app.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runmuscle.app.SharedData.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.app.CliRun;

class AnalyzeCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonHasTheFixedShapeWithNullForMissingChannels() throws Exception {
        CliRun run = CliRun.of("analyze", data("activities/fit/Standard.fit"), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode activity = json.readTree(run.out()).get("activities").get(0);
        assertThat(activity.get("file").asText()).endsWith("Standard.fit");
        assertThat(activity.get("sport").asText()).isEqualTo("running");
        assertThat(activity.get("startTime").asText()).isEqualTo("2014-03-29T11:17:57Z");
        JsonNode summary = activity.get("summary");
        assertThat(summary.fieldNames())
                .toIterable()
                .contains(
                        "elapsedSeconds",
                        "movingSeconds",
                        "distanceMeters",
                        "avgHeartRate",
                        "maxHeartRate",
                        "avgCadenceSpm",
                        "ascentMeters",
                        "descentMeters");
        assertThat(summary.get("distanceMeters").asDouble()).isBetween(8900.0, 9050.0);
        assertThat(summary.get("movingSeconds").asDouble()).isBetween(3180.0, 3200.0);
        assertThat(summary.get("avgCadenceSpm").isNull())
                .as("no cadence sensor: null, not 0")
                .isTrue();
        assertThat(summary.get("avgHeartRate").asDouble()).isBetween(120.0, 127.0);
    }

    @Test
    void cadenceIsInStepsPerMinute() throws Exception {
        JsonNode summary = json.readTree(
                        CliRun.of("analyze", data("activities/fit/garmin-runPower.fit"), "--format", "json")
                                .out())
                .get("activities")
                .get(0)
                .get("summary");
        assertThat(summary.get("avgCadenceSpm").asDouble()).isBetween(170.0, 190.0);
    }

    @Test
    void aTriathlonGivesOneActivityPerSession() throws Exception {
        JsonNode activities = json.readTree(
                        CliRun.of("analyze", data("activities/fit/multisport-triathlon-fenix3.fit"), "--format", "json")
                                .out())
                .get("activities");
        assertThat(activities.findValuesAsText("sport"))
                .containsExactly("swimming", "transition", "cycling", "transition", "running");
    }

    @Test
    void foldersAndGzipAreRead(@TempDir Path folder) throws Exception {
        Files.copy(Path.of(data("activities/gpx/strava-export.gpx")), folder.resolve("a.gpx"));
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(folder.resolve("b.bin.gz")))) {
            gz.write(Files.readAllBytes(Path.of(data("activities/tcx/Runtastic.tcx"))));
        }
        Files.writeString(folder.resolve("README.txt"), "not a run");
        CliRun run = CliRun.of("analyze", folder.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(json.readTree(run.out()).get("activities")).hasSize(2);
        assertThat(run.err()).contains("skipped 1 files that are not FIT, GPX or TCX");
    }

    @Test
    void badFilesGetOneLineEachAndExitCodeTwoWhileTheRestAreRead() throws Exception {
        CliRun run = CliRun.of(
                "analyze",
                data("activities/fit/garmin-fenix-5-run.fit"),
                data("bad/activity-filecrc.fit"),
                data("bad/Settings.fit"),
                "--format",
                "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(json.readTree(run.out()).get("activities")).hasSize(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("activity-filecrc.fit: bad FIT file CRC");
        assertThat(lines.get(1)).contains("Settings.fit: this is a FIT settings file, not an activity");
    }

    @Test
    void truncatedFilesAreReadUpToTheTailWithAWarning() {
        CliRun run = CliRun.of("analyze", data("bad/activity-unexpected-eof.fit"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("14 points");
        assertThat(run.err())
                .contains("warning: FIT file ends inside a data message at byte 768: the file is truncated");
    }

    @Test
    void tableShowsTheFiguresARunnerWants() {
        // the average heart rate is the laps' own (145), as the device stated it; the samples give 144
        String out = CliRun.of("analyze", data("activities/tcx/Standard.tcx")).out();
        assertThat(out)
                .contains(
                        "running, started 2011-07-10 09:47:00 UTC", "distance 22.22 km", "pace ", "heart rate avg 145");
    }

    @Test
    void theTableTakesAUnitAndATimeZoneAndTheJsonStaysSi() throws Exception {
        String file = data("activities/tcx/Standard.tcx");
        String out = CliRun.of("analyze", file, "--units", "mi", "--time-zone", "America/New_York")
                .out();
        // the notes too, but for the fast kilometres (the model's own), paced per mile
        assertThat(out)
                .contains(
                        "started 2011-07-10 05:47:00 America/New_York",
                        "distance 13.81 mi",
                        "grade-adjusted pace 6:33 /mi")
                .contains("mi of running", "Fast km 3 (6:45 /mi,")
                .doesNotContain(" /km", "at km", "km of");
        JsonNode activity = json.readTree(CliRun.of("analyze", file, "--units", "mi", "--format", "json")
                        .out())
                .at("/activities/0");
        assertThat(activity.get("startTime").asText()).isEqualTo("2011-07-10T09:47:00Z");
        assertThat(activity.at("/load/notes/0").asText()).startsWith("13.8 mi of running");
        assertThat(activity.at("/summary/distanceMeters").asDouble()).isBetween(22_200.0, 22_250.0);
        CliRun unit = CliRun.of("analyze", file, "--units", "furlongs");
        assertThat(unit.exitCode()).isEqualTo(2);
        assertThat(unit.err().strip())
                .isEqualTo("runmuscle analyze: --units 'furlongs' is not a unit; accepted: km, mi");
        CliRun zone = CliRun.of("analyze", file, "--time-zone", "Mars/Olympus");
        assertThat(zone.exitCode()).isEqualTo(2);
        assertThat(zone.out()).isEmpty();
    }

    @Test
    void anActivitysTitleIsShownAndInItsJson() throws Exception {
        CliRun table = CliRun.of("analyze", data("activities/gpx/strava-export.gpx"));
        assertThat(table.out().lines().toList().get(1)).isEqualTo("  \"Nachtlauf\"");
        JsonNode activity = json.readTree(
                        CliRun.of("analyze", data("activities/gpx/strava-export.gpx"), "--format", "json")
                                .out())
                .at("/activities/0");
        assertThat(activity.get("name").asText()).isEqualTo("Nachtlauf");
        JsonNode untitled = json.readTree(CliRun.of("analyze", data("activities/fit/Standard.fit"), "--format", "json")
                        .out())
                .at("/activities/0");
        assertThat(untitled.has("name")).as("no empty name in the JSON").isFalse();
    }

    @Test
    void missingFilesAndAbsurdLimitsAreUserErrors() {
        CliRun missing = CliRun.of("analyze", "no-such-run.fit");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("runmuscle analyze: no-such-run.fit: no such file or folder");
        CliRun limit = CliRun.of("analyze", data("activities/fit/Standard.fit"), "--max-file-mib", "0");
        assertThat(limit.exitCode()).isEqualTo(2);
        assertThat(limit.err()).contains("--max-file-mib must be between 1 and 4096");
    }

    @Test
    void runningActivitiesCarryMuscleLoadGradeAdjustedPaceAndTheBreakdown() throws Exception {
        JsonNode activity = json.readTree(CliRun.of("analyze", data("activities/tcx/Standard.tcx"), "--format", "json")
                        .out())
                .get("activities")
                .get(0);
        JsonNode muscles = activity.get("muscles");
        assertThat(muscles).hasSize(44);
        assertThat(muscles.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "id", "loadBwSeconds", "concentricBwSeconds", "eccentricBwSeconds", "isometricBwSeconds");
        for (JsonNode muscle : muscles) {
            double parts = muscle.get("concentricBwSeconds").asDouble()
                    + muscle.get("eccentricBwSeconds").asDouble()
                    + muscle.get("isometricBwSeconds").asDouble();
            assertThat(parts).isCloseTo(muscle.get("loadBwSeconds").asDouble(), Assertions.within(0.05));
        }
        double pace = activity.get("summary").get("paceSecondsPerKm").asDouble();
        assertThat(activity.get("gradeAdjustedPaceSecondsPerKm").asDouble())
                .as("a hilly run")
                .isLessThan(pace);
        JsonNode load = activity.get("load");
        assertThat(load.get("massKg").asDouble()).isEqualTo(70);
        assertThat(load.get("massFrom").asText()).isEqualTo("default");
        assertThat(load.get("segments").findValuesAsText("kind")).contains("climb", "descent", "fast");
        assertThat(load.get("notes").get(0).asText()).contains("km of running");
        assertThat(load.get("cleaning").fieldNames())
                .toIterable()
                .contains("speedSpikes", "altitudeJumps", "stoppedSeconds");
    }

    @Test
    void bodyMassComesFromTheOptionThenTheFileThenTheDefault() throws Exception {
        String file = data("activities/fit/Standard.fit");
        JsonNode option = json.readTree(CliRun.of("analyze", file, "--mass", "62", "--format", "json")
                        .out())
                .get("activities")
                .get(0)
                .get("load");
        assertThat(option.get("massKg").asDouble()).isEqualTo(62);
        assertThat(option.get("massFrom").asText()).isEqualTo("option");
        boolean anyFromFile = false;
        for (String fit : new String[] {
            "FR920xt-with-Stryd.fit",
            "garmin-runPower.fit",
            "activity-small-fenix2-run.fit",
            "with-new-dynamics.fit",
            "developer-types-sample.fit",
            "Fenix-2.fit",
            "time-jump.fit"
        }) {
            JsonNode load = json.readTree(CliRun.of("analyze", data("activities/fit/" + fit), "--format", "json")
                            .out())
                    .get("activities")
                    .get(0)
                    .get("load");
            anyFromFile |= load != null && load.get("massFrom").asText().equals("file");
        }
        assertThat(anyFromFile)
                .as("some recording carries a user profile with body mass")
                .isTrue();
        assertThat(CliRun.of("analyze", file, "--mass", "300").err()).contains("--mass 300 is outside 20 to 250 kg");
    }

    @Test
    void otherSportsGetNoMuscleLoad() throws Exception {
        JsonNode activities = json.readTree(
                        CliRun.of("analyze", data("activities/fit/multisport-triathlon-fenix3.fit"), "--format", "json")
                                .out())
                .get("activities");
        assertThat(activities.get(0).has("muscles")).isFalse();
        assertThat(activities.get(4).get("muscles")).hasSize(44);
    }

    @Test
    void benchAnalyzeReportsSamplesPerSecond() throws Exception {
        JsonNode line =
                json.readTree(CliRun.of("bench", "analyze", data("activities/tcx"), "--seconds", "0.2", "--warmup", "0")
                        .out());
        assertThat(line.get("samplesPerSecond").asLong()).isPositive();
        assertThat(line.get("runningActivities").asInt()).isPositive();
        assertThat(line.get("samplesPerSecondMedianPass").asLong()).isPositive();
        assertThat(line.get("passSecondsMin").asDouble())
                .isLessThanOrEqualTo(line.get("passSecondsMedian").asDouble());
        assertThat(line.get("passSecondsMedian").asDouble())
                .isLessThanOrEqualTo(line.get("passSecondsMax").asDouble());
        assertThat(line.at("/warmup/passes").asInt()).as("--warmup 0: none").isZero();
    }

    @Test
    void benchWarmsUpUntilTwoRoundsAgreeAndSaysSo() throws Exception {
        JsonNode line =
                json.readTree(CliRun.of("bench", "decode", data("activities/gpx"), "--seconds", "0.2", "--warmup", "20")
                        .out());
        JsonNode warm = line.get("warmup");
        assertThat(warm.get("passes").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(warm.get("seconds").asDouble()).isLessThanOrEqualTo(23);
        assertThat(warm.has("steady")).isTrue();
    }

    @Test
    void benchDecodePrintsOneJsonLine() throws Exception {
        CliRun run = CliRun.of("bench", "decode", data("activities/gpx"), "--seconds", "0.2", "--warmup", "0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode line = json.readTree(run.out());
        assertThat(line.get("files").asInt()).isEqualTo(11);
        assertThat(line.get("records").asLong()).isPositive();
        assertThat(line.fieldNames())
                .toIterable()
                .contains("bytes", "seconds", "recordsPerSecond", "megabytesPerSecond");
        assertThat(CliRun.of("bench", "model", data("activities/gpx")).err())
                .contains("unknown benchmark 'model'; accepted: decode, analyze, import, export");
    }

    @Test
    void benchImportFillsAYearWithShiftedCopiesAndTimesHistory() throws Exception {
        CliRun run = CliRun.of("bench", "import", data("activities"), "--runs", "60");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = json.readTree(run.out());
        assertThat(line.get("runs").asInt())
                .as("every copy a new run: none taken for a duplicate")
                .isEqualTo(60);
        assertThat(line.get("runsPerSecond").asDouble()).isPositive();
        assertThat(line.get("runsPerCpuSecond").asDouble()).isPositive();
        assertThat(line.get("history365MedianMillis").asDouble()).isPositive();
        assertThat(CliRun.of("bench", "import", data("activities"), "--runs", "0")
                        .err())
                .contains("--runs 0 is outside 1 to 100000");
    }

    @Test
    void benchExportBuildsAStravaShapedArchiveImportsItAndAgainAddsNothing() throws Exception {
        CliRun run = CliRun.of("bench", "export", data("activities/fit"), "--megabytes", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = json.readTree(run.out());
        assertThat(line.get("zipBytes").asLong()).isGreaterThanOrEqualTo(2L << 20);
        assertThat(line.get("runs").asInt()).isPositive();
        assertThat(line.get("refused").asInt()).isZero();
        assertThat(line.get("peakHeapMiB").asDouble()).isPositive();
        assertThat(line.get("secondImportNewActivities").asInt()).isZero();
        assertThat(CliRun.of("bench", "export", data("activities"), "--megabytes", "0")
                        .err())
                .contains("--megabytes 0 is outside 1 to 16384");
    }

    @Test
    void htmlIsOneSelfContainedPageWithBodyMapsAndCharts(@TempDir Path folder) throws Exception {
        String gpx = Files.readString(Path.of(data("activities/gpx/strava-export.gpx")))
                .replaceFirst("creator=\"[^\"]*\"", "creator=\"&lt;script&gt;alert(1)&lt;/script&gt; watch\"");
        Path evil = Files.writeString(folder.resolve("evil.gpx"), gpx);
        CliRun run = CliRun.of("analyze", data("activities/tcx/Standard.tcx"), evil.toString(), "--format", "html");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = run.out();
        assertThat(html).startsWith("<!doctype html>").endsWith("</html>\n");
        assertThat(html)
                .contains(
                        "xmlns=\"http://www.w3.org/2000/svg\"",
                        "class=\"bodymap\"",
                        "Elevation profile",
                        "Muscle load per kilometre",
                        "&lt;script&gt;alert(1)&lt;/script&gt; watch");
        assertThat(html).containsPattern("data-muscle=\"soleus\"[^>]* style=\"--fill:rgb\\(");
        assertThat(html).doesNotContain("<script", "<link ", "src=\"http", "href=\"http");
        assertThat(html.split("class=\"bodymap\"", -1))
                .as("one body map per run")
                .hasSize(3);
    }

    @Test
    void noNumberIsEverNotANumberInTextJsonOrHtml() {
        // every shared recording, the broken ones and the other makers' too
        String[] args = {data("activities"), data("activities-more")};
        for (String format : new String[] {"table", "json", "html"}) {
            CliRun run = CliRun.of("analyze", args[0], args[1], "--format", format);
            assertThat(run.out()).as(format).isNotEmpty().doesNotContain("NaN", "Infinity");
        }
        assertThat(CliRun.of("analyze", args[0], "--format", "json").out()).contains("\"modelVersion\" : 2");
    }
}
