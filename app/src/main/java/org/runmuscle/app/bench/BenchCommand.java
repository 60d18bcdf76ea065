package org.runmuscle.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.runmuscle.app.activity.ActivityFiles;
import org.runmuscle.app.activity.RunLoads;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        description = "Throughput benchmarks on real files, printed as one JSON line. 'decode' reads every activity "
                + "file in DIR (decode, clean, one activity per session) over and over after a warm-up; 'analyze' "
                + "reads them and runs the muscle-load model on every running activity (samplesPerSecond counts "
                + "the points of those activities); 'import' copies the files of DIR, moved in time, until they hold "
                + "--runs runs spread over one year, imports them into a fresh SQLite file, logs --strength-per-week "
                + "strength sessions a week through the year, then times 'history --days 365' and 'plan' over them; "
                + "'export' writes a Strava-shaped archive of --megabytes from "
                + "the files of DIR, imports it into a fresh SQLite file and again (run it with -Xmx256m to check "
                + "the import fits that heap).",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle bench decode ../shared/data/activities/fit",
            "  runmuscle bench decode ../shared/data/activities --seconds 10",
            "  runmuscle bench analyze ../shared/data/activities/fit",
            "  runmuscle bench import ../shared/data/activities --runs 1000",
            "  java -Xmx256m -jar app/target/runmuscle.jar bench export ../shared/data/activities --megabytes 1024"
        })
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "decode, analyze, import or export")
    String what;

    @Parameters(index = "1", paramLabel = "DIR", description = "A folder of recordings.")
    Path folder;

    @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds (default 5).")
    double seconds;

    @Option(
            names = "--warmup",
            defaultValue = "30",
            description = "The longest warm-up in seconds (default 30): rounds of passes, not measured, until two"
                    + " rounds in a row have median pass times within 3 %% (the JIT has settled); 0 for none.")
    double warmup;

    @Option(
            names = "--runs",
            defaultValue = "1000",
            description = "import: runs to build and import, 1 to 100000 " + "(default 1000).")
    int runs;

    @Option(
            names = "--strength-per-week",
            defaultValue = "3",
            description = "import: strength sessions logged a week through the year, 0 to 5 (default 3).")
    int strengthPerWeek;

    @Option(
            names = "--megabytes",
            defaultValue = "1024",
            description = "export: size of the archive to build, 1 to 16384 MiB (default 1024).")
    long megabytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!List.of("decode", "analyze", "import", "export").contains(what)) {
            throw new UserInputException(
                    "unknown benchmark " + Quoted.of(what) + "; accepted: decode, analyze, import, export");
        }
        boolean analyze = what.equals("analyze");
        if (!(seconds > 0 && seconds <= 600 && warmup >= 0 && warmup <= 600)) {
            throw new UserInputException("--seconds must be in (0, 600] and --warmup in [0, 600]");
        }
        if (!Files.isDirectory(folder)) {
            throw new UserInputException(folder + ": not a folder");
        }
        if (what.equals("export")) {
            if (megabytes < 1 || megabytes > 16_384) {
                throw new UserInputException("--megabytes " + megabytes + " is outside 1 to 16384");
            }
            spec.commandLine().getOut().println(Json.compact(ExportBenchmark.run(folder, megabytes)));
            return 0;
        }
        if (what.equals("import")) {
            if (runs < 1 || runs > 100_000) {
                throw new UserInputException("--runs " + runs + " is outside 1 to 100000");
            }
            if (strengthPerWeek < 0 || strengthPerWeek > 5) {
                throw new UserInputException("--strength-per-week " + strengthPerWeek + " is outside 0 to 5");
            }
            spec.commandLine().getOut().println(Json.compact(ImportBenchmark.run(folder, runs, strengthPerWeek)));
            return 0;
        }
        List<byte[]> files = load(ActivityFiles.expand(List.of(folder)).files());
        if (files.isEmpty()) {
            throw new UserInputException(folder + ": no activity files in it");
        }
        ActivityReaders readers = ActivityReaders.withDefaultLimit();
        RunLoads loads = analyze ? new RunLoads() : null;
        Map<String, Object> warm = warmUp(readers, loads, files, warmup);
        long start = System.nanoTime();
        Pass total = run(readers, loads, files, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("warmup", warm);
        line.put("files", files.size());
        line.put("bytes", files.stream().mapToLong(f -> f.length).sum());
        line.put("records", total.records);
        line.put("passes", total.passes);
        line.put("seconds", Numbers.round(elapsed, 3));
        line.put("recordsPerSecond", Math.round(total.records / elapsed));
        if (analyze) {
            line.put("runningActivities", total.analysed / Math.max(1, total.passes));
            line.put("samples", total.samples);
            line.put("samplesPerSecond", Math.round(total.samples / elapsed));
        }
        line.put("megabytesPerSecond", Numbers.round(total.bytes / elapsed / 1e6, 2));
        // per pass: the median and its range, so one slow pass (a collection, the machine) shows
        List<Double> times = total.passSeconds.stream().sorted().toList();
        double median = times.get(times.size() / 2);
        line.put("passSecondsMedian", Numbers.round(median, 4));
        line.put("passSecondsMin", Numbers.round(times.get(0), 4));
        line.put("passSecondsMax", Numbers.round(times.get(times.size() - 1), 4));
        line.put("recordsPerSecondMedianPass", Math.round(total.records / (double) total.passes / median));
        if (analyze) {
            line.put("samplesPerSecondMedianPass", Math.round(total.samples / (double) total.passes / median));
        }
        line.put("unreadableFiles", total.unreadable / Math.max(1, total.passes));
        spec.commandLine().getOut().println(Json.compact(line));
        return 0;
    }

    private static final class Pass {
        final List<Double> passSeconds = new ArrayList<>();
        long records;
        long bytes;
        long passes;
        long unreadable;
        long samples;
        long analysed;
    }

    /** Whole passes over every file until {@code seconds} have gone by. */
    private static Pass run(ActivityReaders readers, RunLoads loads, List<byte[]> files, double seconds) {
        Pass pass = new Pass();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long passStart = System.nanoTime();
            for (byte[] file : files) {
                try {
                    for (Activity activity : readers.read(file).activities()) {
                        pass.records += activity.samples().size();
                        if (loads != null && activity.sport() == Sport.RUNNING) {
                            loads.analyze(activity);
                            pass.samples += activity.samples().size();
                            pass.analysed++;
                        }
                    }
                } catch (ActivityFormatException e) {
                    pass.unreadable++;
                }
                pass.bytes += file.length;
            }
            pass.passes++;
            pass.passSeconds.add((System.nanoTime() - passStart) / 1e9);
        } while (System.nanoTime() < deadline);
        return pass;
    }

    /** Two rounds whose median pass times are within this share of each other count as steady. */
    private static final double STEADY = 0.03;

    /**
     * Rounds of passes (a second each, at least three passes), not measured, until two rounds in a
     * row have median pass times within {@link #STEADY} or {@code capSeconds} are spent: how long
     * it took, how many passes, and whether it settled. Three single passes agreeing happened by
     * chance after 4 s while the pass time was still falling; a fixed 3 s was too short (issue 17:
     * steady after about 10 s).
     */
    private static Map<String, Object> warmUp(
            ActivityReaders readers, RunLoads loads, List<byte[]> files, double capSeconds) {
        long start = System.nanoTime();
        int passes = 0;
        double previous = Double.NaN;
        boolean steady = false;
        while (capSeconds > 0 && !steady && (System.nanoTime() - start) / 1e9 < capSeconds) {
            Pass round = run(readers, loads, files, 1.0);
            while (round.passSeconds.size() < 3) {
                Pass more = run(readers, loads, files, 0);
                round.passSeconds.addAll(more.passSeconds);
            }
            passes += round.passSeconds.size();
            List<Double> sorted = round.passSeconds.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            steady = Math.abs(median - previous) / Math.min(median, previous) <= STEADY;
            previous = median;
        }
        Map<String, Object> warm = new LinkedHashMap<>();
        warm.put("seconds", Numbers.round((System.nanoTime() - start) / 1e9, 2));
        warm.put("passes", passes);
        warm.put("steady", steady);
        return warm;
    }

    private static List<byte[]> load(List<Path> paths) {
        List<byte[]> files = new ArrayList<>();
        for (Path path : paths) {
            try {
                files.add(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
