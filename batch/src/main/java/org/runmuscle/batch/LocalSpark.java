package org.runmuscle.batch;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session in local mode on this machine, for the command and the benchmark: bound to
 * loopback, no web UI, and few shuffle partitions. Spark's default of 200 shuffle partitions suits
 * a cluster; on two cores each of the job's dozen shuffles then writes 200 files per map task, and
 * the 1,000-run benchmark took over three minutes instead of seconds (measured).
 */
final class LocalSpark {
    /** Shuffle partitions per local core: enough to even out an athlete much larger than the rest. */
    private static final int SHUFFLE_PARTITIONS_PER_CORE = 4;

    private LocalSpark() {}

    static SparkSession.Builder builder(String appName, int cores) {
        return SparkSession.builder()
                .appName(appName)
                .master("local[" + cores + "]")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(SHUFFLE_PARTITIONS_PER_CORE * cores));
    }
}
