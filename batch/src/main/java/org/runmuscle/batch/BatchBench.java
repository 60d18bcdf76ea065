package org.runmuscle.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.TimeShift;

/**
 * The batch benchmark (bench/batch.sh): {@code athletes} synthetic athletes of {@code runs} runs
 * each, made by moving the shared FIT recordings in time (each copy a day later than the last),
 * then the job on local[1] and on local[2] (or the core counts a fifth argument lists, e.g. "2");
 * one JSON line.
 */
public final class BatchBench {
    private BatchBench() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int athletes = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        int[] masters = args.length > 4
                ? Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        List<byte[]> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(source)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".fit")).sorted().toList()) {
                originals.add(Files.readAllBytes(f));
            }
        }
        Path in = work.resolve("in");
        long bytes = generate(originals, athletes, runs, in);
        StringBuilder line = new StringBuilder("{\"athletes\":" + athletes + ",\"files\":" + athletes * runs
                + ",\"megabytes\":" + Math.round(bytes / 1e5) / 10.0);
        // a first, unmeasured pass over a tenth of the athletes warms the JIT, as a long job finds it
        Path warm = work.resolve("warm");
        generate(originals, Math.max(1, athletes / 10), runs, warm);
        for (int cores :
                IntStream.concat(IntStream.of(0), Arrays.stream(masters)).toArray()) {
            SparkSession spark = LocalSpark.builder("runmuscle batch bench", Math.max(1, cores))
                    .getOrCreate();
            spark.sparkContext().setLogLevel("ERROR");
            long start = System.nanoTime();
            Map<String, Long> counts = BatchJob.run(
                    spark,
                    (cores == 0 ? warm : in).toString(),
                    work.resolve("out" + cores).toString(),
                    true);
            double seconds = (System.nanoTime() - start) / 1e9;
            spark.stop();
            if (cores == 0) {
                continue;
            }
            long activities = counts.get("activities");
            if (!line.toString().contains("\"activities\"")) {
                line.append(",\"activities\":" + activities + ",\"rejects\":" + counts.get("rejects"));
            }
            line.append(",\"local" + cores + "Seconds\":" + Math.round(seconds * 10) / 10.0);
            line.append(",\"local" + cores + "ActivitiesPerSecond\":" + Math.round(activities / seconds));
        }
        System.out.println(line.append('}'));
    }

    /** The athletes' folders: athlete i's copy n is original n mod count, moved n days later. */
    static long generate(List<byte[]> originals, int athletes, int runs, Path in)
            throws IOException, ActivityFormatException {
        long bytes = 0;
        for (int a = 0; a < athletes; a++) {
            Path folder = Files.createDirectories(in.resolve(String.format("athlete-%05d", a)));
            for (int n = 0; n < runs; n++) {
                byte[] moved = TimeShift.byDays(originals.get((a + n) % originals.size()), n + a);
                Files.write(folder.resolve(String.format("%05d.fit", n)), moved);
                bytes += moved.length;
            }
        }
        return bytes;
    }
}
