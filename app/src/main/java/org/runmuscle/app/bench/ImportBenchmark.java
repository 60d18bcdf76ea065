package org.runmuscle.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.runmuscle.app.activity.ActivityFiles;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.History;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.history.Importer;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.TimeShift;
import org.runmuscle.store.Database;
import org.runmuscle.store.DatabaseSetting;
import org.runmuscle.store.HistoryStore;

/**
 * The import benchmark: copies of real recordings, each moved in time so that together they fill
 * one year with {@code runs} runs, imported into a fresh SQLite file; then {@code history --days
 * 365} over them. What a runner with a year of watch exports goes through on a first import.
 */
final class ImportBenchmark {
    /** The year the copies fill: fixed, so every machine builds the same archive. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

    private static final int HISTORY_REPEATS = 20;

    private ImportBenchmark() {}

    /** One original file, its bytes, its first day and how many runs it holds. */
    record Original(Path file, byte[] bytes, long firstDay, int runs) {}

    static Map<String, Object> run(Path folder, int runs) {
        Path work = null;
        try {
            work = Files.createTempDirectory("runmuscle-bench-import");
            List<Original> originals = originals(folder);
            if (originals.stream().mapToInt(Original::runs).sum() == 0) {
                throw new UserInputException(folder + ": no running activity in its files to replicate");
            }
            List<Path> copies = replicate(originals, runs, work.resolve("archive"));
            try (HistoryStore store =
                    HistoryStore.single(Database.open(new DatabaseSetting.Sqlite(work.resolve("bench.db"))))) {
                return importAll(store, copies, work.resolve("bench.db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    private static Map<String, Object> importAll(HistoryStore store, List<Path> copies, Path file) throws IOException {
        Importer importer = HistoryService.of(store).importer(ActivityReaders.withDefaultLimit());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int imported = 0;
        int stored = 0;
        for (Path copy : copies) {
            Importer.Outcome outcome = importer.importFile(copy);
            imported += outcome.runs();
            stored += outcome.stored();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The import is one thread: its CPU time is the work of one core, without the JIT compiler
        // and the garbage collector, which run beside it on other cores when there are any.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("files", copies.size());
        line.put("activities", stored);
        line.put("runs", imported);
        line.put("seconds", Numbers.round(seconds, 3));
        line.put("runsPerSecond", Numbers.round(imported / seconds, 1));
        line.put("importThreadCpuSeconds", Numbers.round(cpuSeconds, 3));
        line.put("runsPerCpuSecond", Numbers.round(imported / cpuSeconds, 1));
        line.put("databaseBytes", Files.size(file));
        line.putAll(historyTimes(store));
        return line;
    }

    /** Milliseconds for {@code history --days 365 --format json}: the first call, then the median of more. */
    private static Map<String, Object> historyTimes(HistoryStore store) {
        long today = LAST_DAY.toEpochDay();
        double[] millis = new double[HISTORY_REPEATS + 1];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            History history = HistoryService.of(store).history(today, 365);
            Json.print(new PrintWriter(Writer.nullWriter()), history.json(today, 365));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double first = millis[0];
        double[] rest = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(rest);
        Map<String, Object> times = new LinkedHashMap<>();
        times.put("history365FirstMillis", Numbers.round(first, 1));
        times.put("history365MedianMillis", Numbers.round(rest[rest.length / 2], 1));
        return times;
    }

    static List<Original> originals(Path folder) throws IOException {
        ActivityReaders readers = ActivityReaders.withDefaultLimit();
        List<Original> originals = new ArrayList<>();
        for (Path file : ActivityFiles.expand(List.of(folder)).files()) {
            byte[] bytes = Files.readAllBytes(file);
            try {
                List<Activity> activities = readers.read(bytes).activities();
                int runs = (int) activities.stream()
                        .filter(a -> a.sport() == Sport.RUNNING)
                        .count();
                long firstDay = activities
                        .get(0)
                        .startTime()
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate()
                        .toEpochDay();
                Activity moved =
                        readers.read(TimeShift.byDays(bytes, 1)).activities().get(0);
                if (moved.startTime().equals(activities.get(0).startTime())) {
                    // its watch's clock was not set: every copy would be the same run
                    continue;
                }
                originals.add(new Original(file, bytes, firstDay, runs));
            } catch (ActivityFormatException e) {
                // a route, a broken file: nothing to replicate
            }
        }
        originals.sort(Comparator.comparing(o -> o.file().toString()));
        return originals;
    }

    /**
     * Copies of the originals, round after round, until they hold {@code runs} runs; copy n starts
     * on day n/total of the year, so the runs spread evenly over it.
     */
    private static List<Path> replicate(List<Original> originals, int runs, Path into) throws IOException {
        List<Original> order = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < runs; i = (i + 1) % originals.size()) {
            order.add(originals.get(i));
            total += originals.get(i).runs();
        }
        Files.createDirectories(into);
        long firstDay = LAST_DAY.toEpochDay() - 364;
        List<Path> copies = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            Original original = order.get(n);
            long day = firstDay + (long) n * 365 / order.size();
            String name = String.format(
                    "%05d-%s", n, original.file().getFileName().toString().replace(".gz", ""));
            try {
                copies.add(Files.write(
                        into.resolve(name), TimeShift.byDays(original.bytes(), (int) (day - original.firstDay()))));
            } catch (ActivityFormatException e) {
                throw new IllegalStateException("checked when the originals were read", e);
            }
        }
        return copies;
    }

    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the benchmark for
        }
    }
}
