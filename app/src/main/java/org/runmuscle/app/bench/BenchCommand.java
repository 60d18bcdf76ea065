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

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds, not measured (default 3).")
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
            throw new UserInputException("unknown benchmark '" + what + "'; accepted: decode, analyze, import, export");
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
        run(readers, loads, files, warmup);
        long start = System.nanoTime();
        Pass total = run(readers, loads, files, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Object> line = new LinkedHashMap<>();
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
        line.put("unreadableFiles", total.unreadable / Math.max(1, total.passes));
        spec.commandLine().getOut().println(Json.compact(line));
        return 0;
    }

    private static final class Pass {
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
        } while (System.nanoTime() < deadline);
        return pass;
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
