package org.runmuscle.batch;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.runmuscle.core.activity.DuplicateRun;

/**
 * The same run recorded twice for one athlete (a FIT and a GPX of it, or two exports), found by
 * {@link DuplicateRun}'s rule, as {@code import} finds it, in another file. The first file by path
 * keeps the run, as the first imported does; the later one's session is dropped with its loads and
 * named in {@code rejects}.
 */
final class Duplicates {
    private Duplicates() {}

    /** The later sessions, as (athlete, file, session, reason). */
    static Dataset<Row> of(Dataset<Row> activities) {
        // start times bucketed by the rule's minute: a pair within a minute lies in the same or
        // neighbouring buckets, so each run is compared with its neighbours only, not with every
        // run of its athlete (an equi-join on athlete alone is quadratic in an athlete's runs)
        Column bucket = floor(col("start_millis").divide(DuplicateRun.START_MILLIS));
        Dataset<Row> later = activities.withColumn("bucket", bucket).alias("a");
        Dataset<Row> earlier = activities
                .withColumn("bucket", explode(array(bucket.minus(1), bucket, bucket.plus(1))))
                .alias("b");
        Column distanceA = col("a.distance_m");
        Column distanceB = col("b.distance_m");
        Column same = col("a.athlete")
                .equalTo(col("b.athlete"))
                .and(col("a.bucket").equalTo(col("b.bucket")))
                .and(col("a.sport").equalTo(col("b.sport")))
                .and(abs(col("a.start_millis").minus(col("b.start_millis"))).leq(DuplicateRun.START_MILLIS))
                .and(col("a.file").gt(col("b.file")))
                .and(distanceA
                        .isNull()
                        .or(distanceB.isNull())
                        .or(abs(distanceA.minus(distanceB))
                                .leq(greatest(
                                        lit(DuplicateRun.DISTANCE_FLOOR_METERS),
                                        distanceA.multiply(DuplicateRun.DISTANCE_SHARE)))));
        return later.join(earlier, same)
                .select(
                        col("a.athlete").as("athlete"),
                        col("a.file").as("file"),
                        col("a.session").as("session"),
                        concat(
                                        lit("session "),
                                        col("a.session").cast("string"),
                                        lit(": the same run as "),
                                        col("b.file"))
                                .as("reason"))
                .dropDuplicates("athlete", "file", "session");
    }
}
