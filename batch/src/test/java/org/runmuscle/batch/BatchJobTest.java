package org.runmuscle.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.core.activity.Activity;
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
        List<Path> fits;
        try (Stream<Path> files = Files.list(shared("activities/fit"))) {
            fits = files.filter(p -> p.toString().endsWith(".fit"))
                    .sorted()
                    .limit(6)
                    .toList();
        }
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
                RunLoad run = model.analyze(activities.get(s), FileAnalysis.massOf(activities.get(s)));
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
                RunLoad.MuscleLoad m = model.analyze(a, FileAnalysis.massOf(a)).muscles().stream()
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
}
