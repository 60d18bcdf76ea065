package org.runmuscle.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.runmuscle.core.activity.BodyMass;

/**
 * What the job reads, as rows of (athlete, path, body mass): every file of a tree
 * {@code IN/ATHLETE/**}, whose first folder names the athlete (left null here, named on the
 * executor), or the rows of a manifest, checked on the driver before anything runs.
 */
final class Inputs {
    static final StructType SCHEMA = new StructType()
            .add("athlete", DataTypes.StringType)
            .add("path", DataTypes.StringType)
            .add("body_mass_kg", DataTypes.DoubleType);

    static final List<String> MANIFEST_COLUMNS = List.of("athlete", "path", "body_mass_kg");

    /** A manifest's rows per task: a few hundred runs, as the tree's default split gives. */
    private static final int FILES_PER_TASK = 200;

    private Inputs() {}

    /** The files of a tree, in the partitions Spark's file source makes of them by size. */
    static Dataset<Row> tree(SparkSession spark, String in) throws IOException {
        Path input = new Path(in);
        FileSystem fs = input.getFileSystem(conf(spark));
        if (!fs.exists(input) || !fs.getFileStatus(input).isDirectory()) {
            throw new BatchJob.Refused(in + ": no such folder");
        }
        // binaryFile lists the tree and, with its content column left out, reads no file here
        return spark.read()
                .format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(in)
                .selectExpr("cast(null as string) as athlete", "path", "cast(null as double) as body_mass_kg");
    }

    /**
     * A manifest's rows: CSV with a header, or Parquet ({@code .parquet} or a folder), with the
     * columns athlete, path and optionally body_mass_kg; a relative path is read from the
     * manifest's folder. Refused whole, with the first problem, for an unknown column, a row without
     * athlete or path, a mass that is no body mass or an athlete given two masses.
     */
    static Dataset<Row> manifest(SparkSession spark, String manifest) throws IOException {
        Path file = new Path(manifest);
        FileSystem fs = file.getFileSystem(conf(spark));
        if (!fs.exists(file)) {
            throw new BatchJob.Refused(manifest + ": no such manifest");
        }
        boolean parquet = fs.getFileStatus(file).isDirectory()
                || manifest.toLowerCase(Locale.ROOT).endsWith(".parquet");
        Dataset<Row> rows = parquet
                ? spark.read().parquet(manifest)
                : spark.read()
                        .option("header", "true")
                        .option("mode", "FAILFAST")
                        .csv(manifest);
        List<String> columns = Arrays.stream(rows.columns())
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String c : columns) {
            if (!MANIFEST_COLUMNS.contains(c)) {
                throw new BatchJob.Refused("manifest column '" + c + "' is not one of " + MANIFEST_COLUMNS);
            }
        }
        if (!columns.contains("athlete") || !columns.contains("path")) {
            throw new BatchJob.Refused("a manifest needs the columns athlete and path (and may give body_mass_kg)");
        }
        rows = rows.toDF(columns.toArray(String[]::new));
        String base = fs.makeQualified(file).getParent().toString();
        Column path = trim(col("path").cast("string"));
        Column mass =
                columns.contains("body_mass_kg") ? trim(col("body_mass_kg").cast("string")) : lit(null);
        Dataset<Row> typed = rows.select(
                        trim(col("athlete").cast("string")).as("athlete"),
                        when(path.rlike("^[A-Za-z][A-Za-z0-9+.-]*:|^/"), path)
                                .otherwise(concat(lit(base + "/"), path))
                                .as("path"),
                        path.as("given"),
                        mass.as("mass_text"),
                        mass.try_cast("double").as("body_mass_kg"))
                .cache();
        long files;
        try {
            check(typed);
            files = typed.count();
        } catch (BatchJob.Refused e) {
            throw e;
        } catch (Exception e) {
            // a malformed CSV line or an unreadable Parquet file surfaces here, as Spark reads it
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BatchJob.Refused(
                    manifest + ": cannot be read (" + reason.lines().findFirst().orElse(reason) + ")");
        }
        if (files == 0) {
            throw new BatchJob.Refused(manifest + ": the manifest lists no files");
        }
        int tasks = (int) Math.max(spark.sparkContext().defaultParallelism(), files / FILES_PER_TASK + 1);
        Dataset<Row> inputs = typed.select("athlete", "path", "body_mass_kg")
                .dropDuplicates("athlete", "path")
                .repartition(tasks);
        typed.unpersist();
        return inputs;
    }

    /** The first problem of a manifest's rows, as the one line the command prints. */
    private static void check(Dataset<Row> typed) {
        Row noAthlete =
                first(typed.filter(col("athlete").isNull().or(col("athlete").equalTo(""))));
        if (noAthlete != null) {
            throw new BatchJob.Refused("a manifest row has no athlete (path " + noAthlete.getAs("given") + ")");
        }
        Row noPath = first(typed.filter(col("given").isNull().or(col("given").equalTo(""))));
        if (noPath != null) {
            throw new BatchJob.Refused("athlete " + noPath.getAs("athlete") + " has a manifest row without a path");
        }
        Row badMass = first(typed.filter(col("mass_text")
                .isNotNull()
                .and(col("mass_text").notEqual(""))
                .and(col("body_mass_kg")
                        .isNull()
                        .or(col("body_mass_kg").lt(BodyMass.MIN_KG))
                        .or(col("body_mass_kg").gt(BodyMass.MAX_KG)))));
        if (badMass != null) {
            throw new BatchJob.Refused("athlete " + badMass.getAs("athlete") + ": body_mass_kg '"
                    + badMass.getAs("mass_text") + "' is not a body mass (" + (int) BodyMass.MIN_KG + "-"
                    + (int) BodyMass.MAX_KG + " kg)");
        }
        Row twoMasses = first(typed.filter(col("body_mass_kg").isNotNull())
                .groupBy("athlete")
                .agg(countDistinct("body_mass_kg").as("masses"))
                .filter(col("masses").gt(1)));
        if (twoMasses != null) {
            throw new BatchJob.Refused("athlete " + twoMasses.getAs("athlete")
                    + " is given more than one body_mass_kg in the manifest: give one per athlete");
        }
    }

    private static Row first(Dataset<Row> rows) {
        List<Row> found = rows.limit(1).collectAsList();
        return found.isEmpty() ? null : found.get(0);
    }

    static Configuration conf(SparkSession spark) {
        return spark.sparkContext().hadoopConfiguration();
    }
}
