package org.runmuscle.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Muscle;

/**
 * The population report's figures, from the job's tables: every athlete's running weeks (Monday to
 * Sunday, UTC), each muscle group's load in the week, the week's volume and its share of hilly or
 * fast running; then, per group, the quantiles of weekly load by volume band and by that share, and
 * each group's load per km in plain weeks against varied ones.
 *
 * <p>The bands are reporting bands, not model constants: 20 km steps cover recreational (under 20
 * km a week) to high-volume (80 km and more) runners; "plain" is under 10 % of the week's distance
 * on the model's named climbs, descents and fast kilometres, "varied" 25 % or more, 10-25 % between.
 */
final class Population {
    static final double[] QUANTILES = {0.10, 0.25, 0.50, 0.75, 0.90};
    static final String PLAIN = "0-10 %";
    static final String VARIED = "25-100 %";

    /**
     * A group is named under-loaded when plain weeks give it less than this share of the load per
     * km that varied weeks give (a tenth less): an estimate chosen for the report, above the
     * run-to-run noise of the shared recordings' groups (a few per cent), not taken from a study.
     */
    static final double UNDER_LOADED_RATIO = 0.9;

    private Population() {}

    /** One row per athlete, week and muscle group: load, km, varied share and the two bands. */
    static Dataset<Row> weeks(SparkSession spark, Dataset<Row> activities, Dataset<Row> loads) {
        Column day = expr("cast(floor(start_millis / 86400000) as int)");
        // 1 January 1970 was a Thursday: the Monday of a day's week is 3 days before it, plus its weekday
        Dataset<Row> runs = activities
                .filter(col("sport").equalTo("running"))
                .withColumn("week_day", day.minus(pmod(day.plus(3), lit(7))));
        Dataset<Row> volume = runs.groupBy("athlete", "week_day")
                .agg(
                        sum(expr("coalesce(distance_m, 0)")).divide(1000).as("km"),
                        sum(expr("coalesce(varied_m, 0)")).as("varied_m"),
                        sum(expr("coalesce(distance_m, 0)")).as("distance_m"))
                .withColumn(
                        "varied_share",
                        when(col("distance_m").gt(0), col("varied_m").divide(col("distance_m")))
                                .otherwise(lit(0.0)))
                .withColumn("volume_band", volumeBand(col("km")))
                .withColumn("variety_band", varietyBand(col("varied_share")));
        Dataset<Row> groupLoads = loads.join(
                        runs.select("athlete", "file", "session", "week_day"),
                        new String[] {"athlete", "file", "session"})
                .join(groups(spark), "muscle")
                .groupBy("athlete", "week_day", "group")
                .agg(sum("load_bw_s").as("load_bw_s"));
        return groupLoads
                .join(volume, new String[] {"athlete", "week_day"})
                .select(
                        col("athlete"),
                        expr("date_add(date'1970-01-01', week_day)").as("week"),
                        col("group"),
                        col("load_bw_s"),
                        col("km"),
                        col("varied_share"),
                        col("volume_band"),
                        col("variety_band"));
    }

    /** Per group and band, the weeks, athletes and quantiles of the group's weekly load (body-weight seconds). */
    static Dataset<Row> quantiles(Dataset<Row> weeks) {
        return byBand(weeks, "volume", "volume_band").unionByName(byBand(weeks, "variety", "variety_band"));
    }

    private static Dataset<Row> byBand(Dataset<Row> weeks, String by, String band) {
        List<Column> columns = new ArrayList<>(
                List.of(col("group"), lit(by).as("by"), col(band).as("band"), col("weeks"), col("athletes")));
        for (int i = 0; i < QUANTILES.length; i++) {
            columns.add(col("q").getItem(i).as(name(QUANTILES[i])));
        }
        return weeks.groupBy(col("group"), col(band))
                .agg(
                        count(lit(1)).as("weeks"),
                        countDistinct("athlete").as("athletes"),
                        expr("percentile_approx(load_bw_s, array(" + joined() + "), 10000)")
                                .as("q"))
                .select(columns.toArray(Column[]::new))
                .orderBy("by", "group", "band");
    }

    /**
     * Per group, the median load per km in plain weeks and in varied ones, their ratio, and whether
     * plain weeks under-load it ({@link #UNDER_LOADED_RATIO}). Weeks without distance are left out.
     */
    static Dataset<Row> underLoading(Dataset<Row> weeks) {
        Dataset<Row> perKm = weeks.filter(col("km").gt(0))
                .withColumn("per_km", col("load_bw_s").divide(col("km")));
        Dataset<Row> medians = perKm.groupBy("group")
                .agg(
                        expr("percentile_approx(case when variety_band = '" + PLAIN + "' then per_km end, 0.5, 10000)")
                                .as("plain_per_km"),
                        expr("percentile_approx(case when variety_band = '" + VARIED + "' then per_km end, 0.5, 10000)")
                                .as("varied_per_km"),
                        sum(expr("case when variety_band = '" + PLAIN + "' then 1 else 0 end"))
                                .as("plain_weeks"),
                        sum(expr("case when variety_band = '" + VARIED + "' then 1 else 0 end"))
                                .as("varied_weeks"));
        Column ratio = col("plain_per_km").divide(col("varied_per_km"));
        return medians.withColumn("plain_to_varied", ratio)
                .withColumn("under_loaded", ratio.lt(UNDER_LOADED_RATIO))
                .orderBy("group");
    }

    static String name(double quantile) {
        return "p" + Math.round(quantile * 100);
    }

    private static String joined() {
        StringBuilder s = new StringBuilder();
        for (double q : QUANTILES) {
            s.append(s.length() == 0 ? "" : ", ").append(q);
        }
        return s.toString();
    }

    private static Column volumeBand(Column km) {
        // named so that they sort in order: 0-20 before 20-40 ... before 80+
        return when(km.lt(20), "0-20 km")
                .when(km.lt(40), "20-40 km")
                .when(km.lt(60), "40-60 km")
                .when(km.lt(80), "60-80 km")
                .otherwise("80+ km");
    }

    private static Column varietyBand(Column share) {
        return when(share.lt(0.10), PLAIN).when(share.lt(0.25), "10-25 %").otherwise(VARIED);
    }

    /** The atlas's muscle → group table, made on the driver. */
    private static Dataset<Row> groups(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (Muscle m : Atlas.load().muscles()) {
            rows.add(RowFactory.create(m.id(), m.group()));
        }
        StructType schema = new StructType().add("muscle", DataTypes.StringType).add("group", DataTypes.StringType);
        return spark.createDataFrame(rows, schema).hint("broadcast");
    }
}
