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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.runmuscle.app.activity.ActivityFiles;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.HistoryJson;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.history.Importer;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.app.strength.SessionRequest;
import org.runmuscle.app.strength.SetRequest;
import org.runmuscle.app.strength.StrengthService;
import org.runmuscle.app.training.TrainingService;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.TimeShift;
import org.runmuscle.store.Database;
import org.runmuscle.store.DatabaseSetting;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.Work;

/**
 * The import benchmark: copies of real recordings, each moved in time so that together they fill
 * one year with {@code runs} runs, imported into a fresh SQLite file; then {@code history --days
 * 365} over them. What a runner with a year of watch exports goes through on a first import.
 */
final class ImportBenchmark {
    /** The year the copies fill: fixed, so every machine builds the same archive. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

    private static final int HISTORY_REPEATS = 40;

    private ImportBenchmark() {}

    /** One original file, its bytes, its first day and how many runs it holds. */
    record Original(Path file, byte[] bytes, long firstDay, int runs) {}

    static Map<String, Object> run(Path folder, int runs) {
        return run(folder, runs, 0);
    }

    /** As {@link #run(Path, int)}, with {@code strengthPerWeek} logged strength sessions a week through the year. */
    static Map<String, Object> run(Path folder, int runs, int strengthPerWeek) {
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
                Map<String, Object> line = importAll(store, copies, work.resolve("bench.db"));
                line.put("strengthSessions", logStrength(store, strengthPerWeek));
                line.putAll(historyTimes(store));
                line.putAll(planTimes(store));
                return line;
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
        return line;
    }

    /**
     * Logs {@code perWeek} strength sessions a week through the year (a rotation of three typical
     * runner's sessions: heavy legs, single-leg and plyometric, hips and core); how many.
     */
    private static int logStrength(HistoryStore store, int perWeek) {
        if (perWeek == 0) {
            return 0;
        }
        HistoryService history = HistoryService.of(store);
        StrengthService strength = new StrengthService(history, ExerciseCatalog.load(history.atlas()));
        List<List<SetRequest>> rotation = List.of(
                List.of(
                        new SetRequest("goblet-squat", 3, 8, 0, 20, 2, Double.NaN),
                        new SetRequest("romanian-deadlift", 3, 8, 0, 40, 2, Double.NaN),
                        new SetRequest("nordic-hamstring-curl", 2, 5, 0, 0, Double.NaN, Double.NaN),
                        new SetRequest("side-plank", 3, 0, 30, 0, Double.NaN, Double.NaN)),
                List.of(
                        new SetRequest("bulgarian-split-squat", 3, 8, 0, 10, 2, Double.NaN),
                        new SetRequest("single-leg-calf-raise", 3, 12, 0, 0, Double.NaN, Double.NaN),
                        new SetRequest("pogo-hops", 3, 20, 0, 0, Double.NaN, Double.NaN),
                        new SetRequest("copenhagen-adduction", 2, 6, 0, 0, Double.NaN, Double.NaN)),
                List.of(
                        new SetRequest("hip-thrust", 3, 8, 0, 60, 2, Double.NaN),
                        new SetRequest("side-lying-hip-abduction", 3, 15, 0, 0, Double.NaN, Double.NaN),
                        new SetRequest("dead-bug", 3, 10, 0, 0, Double.NaN, Double.NaN),
                        new SetRequest("front-plank", 3, 0, 40, 0, Double.NaN, Double.NaN)));
        // the days of the week they fall on, Monday 1: spread out, as a plan places them
        List<Integer> days = List.of(
                        List.of(2), List.of(2, 5), List.of(1, 3, 5), List.of(1, 2, 4, 6), List.of(1, 2, 3, 5, 6))
                .get(perWeek - 1);
        int logged = 0;
        for (LocalDate day = LAST_DAY.minusDays(364); !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            int slot = days.indexOf(day.getDayOfWeek().getValue());
            if (slot >= 0) {
                strength.log(
                        new SessionRequest(Optional.of(day), 40, 7, "", Optional.empty(), rotation.get(slot % 3)),
                        LAST_DAY,
                        "log");
                logged++;
            }
        }
        return logged;
    }

    /**
     * The feature over {@code store} as a server's request gets it: the atlas and the model shared,
     * built once, and no history computed before (a new cache), so each call computes.
     */
    private static Supplier<HistoryService> fresh(HistoryStore store) {
        Atlas atlas = Atlas.load();
        LoadModel model = LoadModel.load(atlas);
        return () -> new HistoryService(store, atlas, () -> model);
    }

    /** Milliseconds for {@code history --days 365 --format json}: the first call, then the median of more. */
    private static Map<String, Object> historyTimes(HistoryStore store) {
        long today = LAST_DAY.toEpochDay();
        Supplier<HistoryService> service = fresh(store);
        return times(
                "history365",
                () -> Json.print(
                        new PrintWriter(Writer.nullWriter()), HistoryJson.of(service.get(), today, 365, Work.ALL)));
    }

    /** Milliseconds for {@code plan --sessions 3 --format json} over the same history. */
    private static Map<String, Object> planTimes(HistoryStore store) {
        Atlas atlas = Atlas.load();
        TrainingService training = new TrainingService(atlas, ExerciseCatalog.load(atlas));
        Supplier<HistoryService> service = fresh(store);
        TrainingService.Options options =
                new TrainingService.Options(3, 45, null, null, List.of(), "tue,thu,sat,sun", "thu,sun", 8, 1);
        return times(
                "plan",
                () -> Json.print(
                        new PrintWriter(Writer.nullWriter()), training.planJson(options, service.get(), LAST_DAY)));
    }

    /** Milliseconds of the first run of {@code work}, then the median of {@value #HISTORY_REPEATS} more. */
    private static Map<String, Object> times(String name, Runnable work) {
        double[] millis = new double[HISTORY_REPEATS + 1];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double first = millis[0];
        double[] rest = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(rest);
        Map<String, Object> times = new LinkedHashMap<>();
        times.put(name + "FirstMillis", Numbers.round(first, 1));
        times.put(name + "MedianMillis", Numbers.round(rest[rest.length / 2], 1));
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
