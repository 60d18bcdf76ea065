package org.runmuscle.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
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
 * The job: every file under {@code IN/ATHLETE/**} read and analysed on the executors, written as
 * the Parquet tables {@code activities}, {@code muscle_loads}, {@code daily} and {@code rejects}
 * under {@code OUT}.
 * The tables are written to a temporary folder beside {@code OUT} and renamed into place at the
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

    /** Runs the job; the row counts of the tables written. */
    public static Map<String, Long> run(SparkSession spark, String in, String out, boolean overwrite) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            Path input = new Path(in);
            FileSystem inFs = input.getFileSystem(conf);
            if (!inFs.exists(input) || !inFs.getFileStatus(input).isDirectory()) {
                throw new Refused(in + ": no such folder");
            }
            Path output = new Path(out);
            FileSystem outFs = output.getFileSystem(conf);
            if (outFs.exists(output) && !overwrite) {
                throw new Refused(out + " exists: give another output path, or --overwrite to replace it");
            }
            String root = inFs.makeQualified(input).toString();
            Dataset<Row> files = spark.read()
                    .format("binaryFile")
                    .option("recursiveFileLookup", "true")
                    .load(in)
                    .select("path", "content");
            Dataset<Row> rows = files.mapPartitions(new FileAnalysis(root), Encoders.row(Tables.ALL))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Path temporary = new Path(output.getParent(), "." + output.getName() + "-" + UUID.randomUUID());
            Dataset<Row> activities = only(rows, Tables.ACTIVITY, Tables.ACTIVITY_COLUMNS);
            Dataset<Row> duplicates = Duplicates.of(activities).persist(StorageLevel.MEMORY_AND_DISK());
            String[] session = {"athlete", "file", "session"};
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put(
                    "activities",
                    write(
                            activities.join(duplicates.select("athlete", "file", "session"), session, "left_anti"),
                            temporary,
                            "activities"));
            Dataset<Row> loads = only(rows, Tables.MUSCLE_LOAD, Tables.MUSCLE_LOAD_COLUMNS)
                    .join(duplicates.select("athlete", "file", "session"), session, "left_anti");
            counts.put("muscle_loads", write(loads, temporary, "muscle_loads"));
            counts.put("daily", write(daily(loads, activities), temporary, "daily"));
            counts.put(
                    "rejects",
                    write(
                            only(rows, Tables.REJECT, Tables.REJECT_COLUMNS)
                                    .unionByName(duplicates.select(
                                            Tables.REJECT_COLUMNS[0],
                                            Tables.REJECT_COLUMNS[1],
                                            Tables.REJECT_COLUMNS[2])),
                            temporary,
                            "rejects"));
            counts.put("duplicates", duplicates.count());
            duplicates.unpersist();
            rows.unpersist();
            if (outFs.exists(output)) {
                outFs.delete(output, true);
            }
            if (!outFs.rename(temporary, output)) {
                throw new IOException("cannot rename " + temporary + " to " + output);
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        table.write().mode(SaveMode.ErrorIfExists).parquet(new Path(folder, name).toString());
        return table.count();
    }
}
