package org.runmuscle.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job: every file of a tree {@code IN/ATHLETE/**} or of a manifest read and analysed on the
 * executors, written as the Parquet tables {@code activities}, {@code muscle_loads}, {@code daily}
 * and {@code rejects}, and the population report ({@code population}, {@code population_under_loading},
 * {@code population.json}, {@code population.csv}) under {@code OUT}.
 * Everything is written to a temporary folder beside {@code OUT} and renamed into place at the
 * end, so a failed job leaves no half-written output.
 */
public final class BatchJob {
    private BatchJob() {}

    /** A line the command prints: what was wrong with the request. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** What to read: a folder of athletes' folders, or a manifest (CSV or Parquet) of athlete, path and mass. */
    public record Source(String path, boolean manifest) {
        public static Source tree(String folder) {
            return new Source(folder, false);
        }

        public static Source manifest(String file) {
            return new Source(file, true);
        }
    }

    /** Runs the job on a tree; the row counts of the tables written. */
    public static Map<String, Long> run(SparkSession spark, String in, String out, boolean overwrite) {
        return run(spark, Source.tree(in), out, overwrite);
    }

    /** Runs the job; the row counts of the tables written. */
    public static Map<String, Long> run(SparkSession spark, Source source, String out, boolean overwrite) {
        try {
            Path output = new Path(out);
            FileSystem outFs = output.getFileSystem(Inputs.conf(spark));
            if (outFs.exists(output) && !overwrite) {
                throw new Refused(out + " exists: give another output path, or --overwrite to replace it");
            }
            Dataset<Row> inputs =
                    source.manifest() ? Inputs.manifest(spark, source.path()) : Inputs.tree(spark, source.path());
            Path input = new Path(source.path());
            String root =
                    input.getFileSystem(Inputs.conf(spark)).makeQualified(input).toString();
            Dataset<Row> rows = inputs.mapPartitions(
                            new FileAnalysis(root, new HadoopConf(Inputs.conf(spark))), Encoders.row(Tables.ALL))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Path temporary = new Path(output.getParent(), "." + output.getName() + "-" + UUID.randomUUID());
            try {
                Map<String, Long> counts = write(spark, rows, temporary);
                if (outFs.exists(output)) {
                    outFs.delete(output, true);
                }
                if (!outFs.rename(temporary, output)) {
                    throw new IOException("cannot rename " + temporary + " to " + output);
                }
                return counts;
            } finally {
                rows.unpersist();
                outFs.delete(temporary, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> write(SparkSession spark, Dataset<Row> rows, Path folder) throws IOException {
        Dataset<Row> activities = only(rows, Tables.ACTIVITY, Tables.ACTIVITY_COLUMNS);
        Dataset<Row> duplicates = Duplicates.of(activities).persist(StorageLevel.MEMORY_AND_DISK());
        String[] session = {"athlete", "file", "session"};
        Dataset<Row> sessions = duplicates.select("athlete", "file", "session");
        Map<String, Long> counts = new LinkedHashMap<>();
        Dataset<Row> kept = activities.join(sessions, session, "left_anti").persist(StorageLevel.MEMORY_AND_DISK());
        counts.put("activities", write(kept, folder, "activities"));
        Dataset<Row> loads = only(rows, Tables.MUSCLE_LOAD, Tables.MUSCLE_LOAD_COLUMNS)
                .join(sessions, session, "left_anti")
                .persist(StorageLevel.MEMORY_AND_DISK());
        counts.put("muscle_loads", write(loads, folder, "muscle_loads"));
        counts.put("daily", write(daily(loads, kept), folder, "daily"));
        counts.put(
                "rejects",
                write(
                        only(rows, Tables.REJECT, Tables.REJECT_COLUMNS)
                                .unionByName(duplicates.select(
                                        Tables.REJECT_COLUMNS[0], Tables.REJECT_COLUMNS[1], Tables.REJECT_COLUMNS[2])),
                        folder,
                        "rejects"));
        counts.put("duplicates", duplicates.count());
        Dataset<Row> weeks = Population.weeks(spark, kept, loads).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> quantiles = Population.quantiles(weeks);
        Dataset<Row> underLoading = Population.underLoading(weeks);
        counts.put("population", write(quantiles, folder, "population"));
        write(underLoading, folder, "population_under_loading");
        List<Row> quantileRows = spark.read()
                .parquet(new Path(folder, "population").toString())
                .orderBy("by", "group", "band")
                .collectAsList();
        List<Row> underRows = spark.read()
                .parquet(new Path(folder, "population_under_loading").toString())
                .orderBy("group")
                .collectAsList();
        long athleteWeeks = weeks.select("athlete", "week").distinct().count();
        long athletes = kept.select("athlete").distinct().count();
        text(folder, "population.json", PopulationSummary.json(athletes, athleteWeeks, quantileRows, underRows), spark);
        text(folder, "population.csv", PopulationSummary.csv(quantileRows), spark);
        counts.put("athlete_weeks", athleteWeeks);
        weeks.unpersist();
        loads.unpersist();
        kept.unpersist();
        duplicates.unpersist();
        return counts;
    }

    /** Each athlete's loads summed by UTC day and muscle, then run through recovery (DailyStates). */
    private static Dataset<Row> daily(Dataset<Row> loads, Dataset<Row> activities) {
        Dataset<Row> byDay = loads.join(
                        activities.select("athlete", "file", "session", "start_millis"),
                        new String[] {"athlete", "file", "session"})
                .selectExpr(
                        "athlete",
                        "cast(floor(start_millis / 86400000) as bigint) as day",
                        "muscle",
                        "load_bw_s",
                        "eccentric_bw_s",
                        "damaging_bw_s")
                .groupBy("athlete", "day", "muscle")
                .sum("load_bw_s", "eccentric_bw_s", "damaging_bw_s")
                .toDF("athlete", "day", "muscle", "load_bw_s", "eccentric_bw_s", "damaging_bw_s");
        return byDay.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(new DailyStates(), Encoders.row(DailyStates.SCHEMA));
    }

    private static Dataset<Row> only(Dataset<Row> rows, String kind, String[] columns) {
        return rows.filter(rows.col("kind").equalTo(kind)).selectExpr(columns);
    }

    private static long write(Dataset<Row> table, Path folder, String name) {
        String path = new Path(folder, name).toString();
        table.write().mode(SaveMode.ErrorIfExists).parquet(path);
        // counted from what was written: reading Parquet's footers is cheaper than recomputing the table
        return table.sparkSession().read().parquet(path).count();
    }

    private static void text(Path folder, String name, String text, SparkSession spark) throws IOException {
        Path path = new Path(folder, name);
        try (OutputStream out = path.getFileSystem(Inputs.conf(spark)).create(path, false)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
