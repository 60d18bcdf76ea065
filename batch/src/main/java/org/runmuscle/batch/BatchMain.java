package org.runmuscle.batch;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code runmuscle batch IN OUT [--overwrite] [--master URL]}: the job in local mode on this
 * machine (two cores unless --master says otherwise), or under {@code spark-submit}, which sets the
 * master itself. One line and exit 2 for a request it cannot run.
 */
public final class BatchMain {
    private BatchMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        List<String> paths = new ArrayList<>();
        boolean overwrite = false;
        String master = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--overwrite" -> overwrite = true;
                case "--master" -> {
                    if (i + 1 == args.length) {
                        return refuse("--master needs a URL, e.g. local[2] or spark://host:7077");
                    }
                    master = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return refuse("unknown option " + args[i] + "; accepted: --overwrite, --master URL");
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (paths.size() != 2) {
            return refuse("give the input folder (one folder per athlete) and the output path: batch IN OUT");
        }
        SparkSession.Builder builder = SparkSession.builder().appName("runmuscle batch");
        if (master != null || System.getProperty("spark.master") == null) {
            builder.master(master != null ? master : "local[2]")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Map<String, Long> counts = BatchJob.run(spark, paths.get(0), paths.get(1), overwrite);
            System.out.println("Wrote " + paths.get(1) + ": " + counts.get("activities") + " activities, "
                    + counts.get("muscle_loads") + " muscle loads, "
                    + (counts.get("rejects") - counts.get("duplicates"))
                    + " rejected files, " + counts.get("duplicates") + " duplicate sessions.");
            return 0;
        } catch (BatchJob.Refused e) {
            return refuse(e.getMessage());
        } catch (UncheckedIOException e) {
            return refuse(e.getCause().getMessage());
        } finally {
            spark.stop();
        }
    }

    private static int refuse(String message) {
        System.err.println("runmuscle batch: " + message);
        return 2;
    }
}
