package org.runmuscle.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.core.training.Recovery;
import org.runmuscle.ingest.ActivityReaders;

/**
 * The job in local mode on real recordings: the same per-muscle loads as the command line's model
 * to the last bit, one reject row per bad file, and no output over an existing one.
 */
class BatchJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("runmuscle-batch-test")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Path shared(String relative) {
        String configured = System.getProperty("runmuscle.shared");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "..", "shared");
        return root.resolve("data").resolve(relative);
    }

    private static long sessions(Path file) throws Exception {
        return ActivityReaders.withDefaultLimit()
                .read(Files.readAllBytes(file))
                .activities()
                .size();
    }

    @Test
    void theJobGivesTheCommandLinesLoadsAndRejectsBadFiles(@TempDir Path folder) throws Exception {
        Path in = folder.resolve("in");
        Path anna = Files.createDirectories(in.resolve("anna"));
        Path ben = Files.createDirectories(in.resolve("ben/watch"));
        List<Path> fits = sharedFits(6);
        for (Path f : fits) {
            Files.copy(f, anna.resolve(f.getFileName()));
        }
        Files.copy(shared("activities/tcx/Runtastic.tcx"), ben.resolve("race.tcx"));
        // the same run twice for anna (a copy under another name: dropped, as import drops it), once for ben (kept)
        Files.copy(fits.get(1), anna.resolve("zz-again.fit"));
        Files.copy(fits.get(1), ben.resolve("shared-run.fit"));
        byte[] fit = Files.readAllBytes(fits.get(0));
        Files.write(ben.resolve("broken.fit"), Arrays.copyOf(fit, 40));
        Files.writeString(ben.resolve("notes.txt"), "not a recording");
        Files.write(in.resolve("loose.fit"), fit);
        Path out = folder.resolve("out");

        Map<String, Long> counts = BatchJob.run(spark, in.toString(), out.toString(), false);
        long sessionsAgain = sessions(fits.get(1));
        assertThat(counts.get("duplicates")).isEqualTo(sessionsAgain).isPositive();
        assertThat(counts.get("rejects")).isEqualTo(3 + sessionsAgain);
        List<Row> rejects =
                spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
        assertThat(rejects)
                .extracting(r -> r.getString(r.fieldIndex("file")).replaceAll(".*/", ""))
                .containsOnly("broken.fit", "notes.txt", "loose.fit", "zz-again.fit");
        assertThat(rejects)
                .filteredOn(r -> r.getString(r.fieldIndex("file")).endsWith("zz-again.fit"))
                .allSatisfy(r -> assertThat(r.getString(r.fieldIndex("reason")))
                        .contains("the same run as", fits.get(1).getFileName().toString()));
        assertThat(rejects)
                .allSatisfy(r -> assertThat(r.getString(r.fieldIndex("reason"))).isNotBlank());

        // every muscle load as the command line's model gives it for the same file, to the last bit
        LoadModel model = LoadModel.load(Atlas.load());
        ActivityReaders readers = ActivityReaders.withDefaultLimit();
        Map<String, Double> expected = new HashMap<>();
        int runs = 0;
        for (Path f : Stream.concat(fits.stream(), Stream.of(ben.resolve("race.tcx"), ben.resolve("shared-run.fit")))
                .toList()) {
            List<Activity> activities = readers.read(Files.readAllBytes(f)).activities();
            for (int s = 0; s < activities.size(); s++) {
                if (activities.get(s).sport() != Sport.RUNNING) {
                    continue;
                }
                runs++;
                RunLoad run = model.analyze(activities.get(s), BodyMass.ofFile(activities.get(s)));
                for (RunLoad.MuscleLoad m : run.muscles()) {
                    expected.put(f.getFileName() + "#" + s + "#" + m.id(), m.loadBwSeconds());
                }
            }
        }
        List<Row> loads =
                spark.read().parquet(out.resolve("muscle_loads").toString()).collectAsList();
        assertThat(runs).isPositive();
        assertThat(loads).hasSize(expected.size());
        for (Row r : loads) {
            String key = r.getString(r.fieldIndex("file")).replaceAll(".*/", "") + "#"
                    + r.getInt(r.fieldIndex("session")) + "#" + r.getString(r.fieldIndex("muscle"));
            assertThat(r.getDouble(r.fieldIndex("load_bw_s"))).as(key).isEqualTo(expected.get(key));
        }
        assertThat(spark.read().parquet(out.resolve("activities").toString()).collectAsList())
                .extracting(r -> r.getString(r.fieldIndex("athlete")))
                .containsOnly("anna", "ben");

        // the daily states: anna's soleus at the end of her last day, as history's recovery gives it
        NavigableMap<Long, Recovery.DayLoad> soleus = new TreeMap<>();
        for (Path f : fits) {
            for (Activity a : readers.read(Files.readAllBytes(f)).activities()) {
                if (a.sport() != Sport.RUNNING) {
                    continue;
                }
                long day = a.startTime().getEpochSecond() / 86_400;
                RunLoad.MuscleLoad m = model.analyze(a, BodyMass.ofFile(a)).muscles().stream()
                        .filter(x -> x.id().equals("soleus"))
                        .findFirst()
                        .orElseThrow();
                soleus.merge(
                        day,
                        new Recovery.DayLoad(m.loadBwSeconds(), m.eccentricBwSeconds(), m.damagingBwSeconds()),
                        (x, y) -> new Recovery.DayLoad(
                                x.loadBwSeconds() + y.loadBwSeconds(),
                                x.eccentricBwSeconds() + y.eccentricBwSeconds(),
                                x.damagingBwSeconds() + y.damagingBwSeconds()));
            }
        }
        long last = soleus.lastKey();
        Recovery.State state = Recovery.state(soleus, last, model.referenceDay().get("soleus"), "calves");
        List<Row> daily = spark.read().parquet(out.resolve("daily").toString()).collectAsList();
        assertThat(daily).allSatisfy(r -> {
            assertThat(r.getDouble(r.fieldIndex("readiness_percent"))).isBetween(0.0, 100.0);
            assertThat(r.getString(r.fieldIndex("soreness_risk"))).isIn("low", "moderate", "high");
        });
        Row annasLast = daily.stream()
                .filter(r -> r.getString(0).equals("anna")
                        && r.getDate(1).toLocalDate().toEpochDay() == last
                        && r.getString(2).equals("soleus"))
                .findFirst()
                .orElseThrow();
        assertThat(annasLast.getDouble(annasLast.fieldIndex("readiness_percent")))
                .isCloseTo(state.readinessPercent(), within(1e-9));
        assertThat(annasLast.getString(annasLast.fieldIndex("soreness_risk")))
                .isEqualTo(state.sorenessRisk().id());

        // the population report: every group's quantiles by band, in Parquet, JSON and CSV
        JsonNode report =
                new ObjectMapper().readTree(out.resolve("population.json").toFile());
        assertThat(report.get("athletes").asLong()).isEqualTo(2);
        assertThat(report.get("athleteWeeks").asLong()).isPositive();
        JsonNode calves = report.get("groups").get("calves");
        assertThat(calves.get("byVolume")).isNotEmpty();
        for (JsonNode band : calves.get("byVolume")) {
            assertThat(band.get("p10").asDouble())
                    .isPositive()
                    .isLessThanOrEqualTo(band.get("p50").asDouble());
            assertThat(band.get("p50").asDouble())
                    .isLessThanOrEqualTo(band.get("p90").asDouble());
        }
        long volumeWeeks = 0;
        for (JsonNode band : calves.get("byVolume")) {
            volumeWeeks += band.get("weeks").asLong();
        }
        assertThat(volumeWeeks)
                .as("each athlete-week in one volume band")
                .isEqualTo(report.get("athleteWeeks").asLong());
        assertThat(Files.readAllLines(out.resolve("population.csv")).get(0))
                .isEqualTo("group,by,band,weeks,athletes,p10,p25,p50,p75,p90");
        assertThat(spark.read().parquet(out.resolve("population").toString()).count())
                .isEqualTo(Files.readAllLines(out.resolve("population.csv")).size() - 1);

        // an output that exists is refused, unless asked to replace it
        assertThatThrownBy(() -> BatchJob.run(spark, in.toString(), out.toString(), false))
                .isInstanceOf(BatchJob.Refused.class)
                .hasMessageContaining("exists");
        assertThat(BatchJob.run(spark, in.toString(), out.toString(), true)).isEqualTo(counts);
        assertThatThrownBy(() -> BatchJob.run(
                        spark,
                        folder.resolve("nothing").toString(),
                        folder.resolve("o2").toString(),
                        false))
                .isInstanceOf(BatchJob.Refused.class)
                .hasMessageContaining("no such folder");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no temporary folder left")
                    .containsOnly("in", "out");
        }
    }

    @Test
    void bulkExportZipsInTheTreeAreOpenedWithTheImportsLimits(@TempDir Path folder) throws Exception {
        Path carla = Files.createDirectories(folder.resolve("in/carla"));
        List<Path> fits = sharedFits(3);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(carla.resolve("export.zip")))) {
            for (Path f : fits) {
                zip.putNextEntry(new ZipEntry("activities/" + f.getFileName()));
                zip.write(Files.readAllBytes(f));
            }
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write("an export's notes".getBytes(StandardCharsets.UTF_8));
            // 65 MiB of zeros squeezed into a few dozen KB: over the import's 64 MiB a file
            zip.putNextEntry(new ZipEntry("activities/bomb.fit"));
            byte[] zeros = new byte[1 << 20];
            zeros[0] = 14;
            zeros[8] = '.';
            zeros[9] = 'F';
            zeros[10] = 'I';
            zeros[11] = 'T';
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
        }
        Path out = folder.resolve("out");
        Map<String, Long> counts = BatchJob.run(spark, folder.resolve("in").toString(), out.toString(), false);

        long sessions = 0;
        for (Path f : fits) {
            sessions += sessions(f);
        }
        assertThat(counts.get("activities")).isEqualTo(sessions);
        assertThat(spark.read().parquet(out.resolve("activities").toString()).collectAsList())
                .extracting(r -> r.getString(r.fieldIndex("file")))
                .allSatisfy(file -> assertThat(file).contains("export.zip!activities/"));
        List<Row> rejects =
                spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).getString(rejects.get(0).fieldIndex("file"))).endsWith("bomb.fit");
        assertThat(rejects.get(0).getString(rejects.get(0).fieldIndex("reason")))
                .contains("zip bomb");
    }

    @Test
    void aManifestNamesAthletesFilesAndBodyMasses(@TempDir Path folder) throws Exception {
        List<Path> fits = sharedFits(4);
        Path files = Files.createDirectories(folder.resolve("files"));
        for (Path f : fits) {
            Files.copy(f, files.resolve(f.getFileName()));
        }
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(
                manifest,
                "athlete,path,body_mass_kg\n"
                        + "dana,files/" + fits.get(0).getFileName() + ",58\n"
                        + "dana,files/" + fits.get(1).getFileName() + ",58\n"
                        + "eli," + files.resolve(fits.get(2).getFileName()) + ",\n"
                        + "eli,files/missing.fit,\n");
        Path out = folder.resolve("out");
        BatchJob.run(spark, BatchJob.Source.manifest(manifest.toString()), out.toString(), false);

        LoadModel model = LoadModel.load(Atlas.load());
        ActivityReaders readers = ActivityReaders.withDefaultLimit();
        Map<String, Double> expected = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            List<Activity> activities =
                    readers.read(Files.readAllBytes(fits.get(i))).activities();
            for (int s = 0; s < activities.size(); s++) {
                Activity a = activities.get(s);
                if (a.sport() == Sport.RUNNING) {
                    double mass = i < 2 ? 58 : BodyMass.ofFile(a);
                    RunLoad.MuscleLoad soleus = model.analyze(a, mass).muscles().stream()
                            .filter(m -> m.id().equals("soleus"))
                            .findFirst()
                            .orElseThrow();
                    expected.put(fits.get(i).getFileName() + "#" + s, soleus.loadBwSeconds());
                }
            }
        }
        List<Row> soleus = spark.read()
                .parquet(out.resolve("muscle_loads").toString())
                .filter("muscle = 'soleus'")
                .collectAsList();
        assertThat(soleus).hasSize(expected.size());
        for (Row r : soleus) {
            String key =
                    r.getString(r.fieldIndex("file")).replaceAll(".*/", "") + "#" + r.getInt(r.fieldIndex("session"));
            assertThat(r.getDouble(r.fieldIndex("load_bw_s"))).as(key).isEqualTo(expected.get(key));
        }
        List<Row> rejects =
                spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.getString(r.fieldIndex("athlete"))).isEqualTo("eli");
            assertThat(r.getString(r.fieldIndex("reason"))).isEqualTo("no such file");
        });
    }

    @Test
    void aManifestThatCannotBeTrustedIsRefusedWhole(@TempDir Path folder) throws Exception {
        Path fit = sharedFits(1).get(0);
        Map<String, String> manifests = new LinkedHashMap<>();
        manifests.put("athlete,path,shoe\nfrank," + fit + ",pegasus\n", "manifest column 'shoe' is not one of");
        manifests.put("athlete,file\nfrank," + fit + "\n", "manifest column 'file'");
        manifests.put("athlete\nfrank\n", "needs the columns athlete and path");
        manifests.put("athlete,path\nfrank,\n", "athlete frank has a manifest row without a path");
        manifests.put("athlete,path\n," + fit + "\n", "a manifest row has no athlete");
        manifests.put("athlete,path,body_mass_kg\nfrank," + fit + ",700\n", "body_mass_kg '700' is not a body mass");
        manifests.put("athlete,path,body_mass_kg\nfrank," + fit + ",heavy\n", "body_mass_kg 'heavy'");
        manifests.put(
                "athlete,path,body_mass_kg\nfrank," + fit + ",70\nfrank," + fit + "x,71\n",
                "more than one body_mass_kg");
        manifests.put("athlete,path\n", "lists no files");
        int n = 0;
        for (Map.Entry<String, String> m : manifests.entrySet()) {
            Path manifest = Files.writeString(folder.resolve("m" + n++ + ".csv"), m.getKey());
            assertThatThrownBy(() -> BatchJob.run(
                            spark,
                            BatchJob.Source.manifest(manifest.toString()),
                            folder.resolve("out").toString(),
                            false))
                    .as(m.getKey())
                    .isInstanceOf(BatchJob.Refused.class)
                    .hasMessageContaining(m.getValue());
        }
        assertThatThrownBy(() -> BatchJob.run(
                        spark,
                        BatchJob.Source.manifest(folder.resolve("none.csv").toString()),
                        folder.resolve("out").toString(),
                        false))
                .isInstanceOf(BatchJob.Refused.class)
                .hasMessageContaining("no such manifest");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("out"));
        }
    }

    private static List<Path> sharedFits(int count) throws Exception {
        try (Stream<Path> files = Files.list(shared("activities/fit"))) {
            return files.filter(p -> p.toString().endsWith(".fit"))
                    .sorted()
                    .limit(count)
                    .toList();
        }
    }
}
