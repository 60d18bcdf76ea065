package org.runmuscle.batch;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * {@code runmuscle batch IN OUT} or {@code batch --manifest FILE OUT}, with {@code [--overwrite]
 * [--master URL]}: the job in local mode on this
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
        String manifest = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--overwrite" -> overwrite = true;
                case "--manifest" -> {
                    if (i + 1 == args.length) {
                        return refuse("--manifest needs a CSV or Parquet file of athlete, path[, body_mass_kg]");
                    }
                    manifest = args[++i];
                }
                case "--master" -> {
                    if (i + 1 == args.length) {
                        return refuse("--master needs a URL, e.g. local[2] or spark://host:7077");
                    }
                    master = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return refuse(
                                "unknown option " + args[i] + "; accepted: --manifest FILE, --overwrite, --master URL");
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (paths.size() != (manifest == null ? 2 : 1)) {
            return refuse(
                    manifest == null
                            ? "give the input folder (one folder per athlete) and the output path: batch IN OUT"
                            : "give the output path after the manifest: batch --manifest FILE OUT");
        }
        BatchJob.Source source =
                manifest == null ? BatchJob.Source.tree(paths.get(0)) : BatchJob.Source.manifest(manifest);
        String out = paths.get(paths.size() - 1);
        SparkSession.Builder builder;
        if (master == null && System.getProperty("spark.master") != null) {
            builder = SparkSession.builder().appName("runmuscle batch"); // under spark-submit, which set the master
        } else {
            String local = master == null ? "local[2]" : master;
            Matcher cores = Pattern.compile("local\\[(\\d+)]").matcher(local);
            builder = cores.matches()
                    ? LocalSpark.builder("runmuscle batch", Integer.parseInt(cores.group(1)))
                    : SparkSession.builder().appName("runmuscle batch").master(local);
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Map<String, Long> counts = BatchJob.run(spark, source, out, overwrite);
            System.out.println("Wrote " + out + ": " + counts.get("activities") + " activities, "
                    + counts.get("muscle_loads") + " muscle loads, "
                    + (counts.get("rejects") - counts.get("duplicates"))
                    + " rejected files, " + counts.get("duplicates") + " duplicate sessions; population report of "
                    + counts.get("athlete_weeks") + " athlete-weeks in " + out + "/population.json.");
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
