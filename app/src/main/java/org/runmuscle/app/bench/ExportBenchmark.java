package org.runmuscle.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.history.Importer;
import org.runmuscle.app.output.Numbers;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.ExportLimits;
import org.runmuscle.ingest.TimeShift;
import org.runmuscle.store.Database;
import org.runmuscle.store.DatabaseSetting;
import org.runmuscle.store.HistoryStore;

/**
 * The bulk-export benchmark: a Strava-shaped archive of {@code megabytes} (activities.csv and
 * activities/N.fit.gz, .gpx, .tcx.gz), made from copies of real recordings each moved to its own
 * day, imported into a fresh SQLite file, then imported again. Reports runs per second, the peak
 * heap (run it under -Xmx256m to hold the import to that), and what the second import added.
 */
final class ExportBenchmark {
    /**
     * Copies spread over this many days before the last day, about 25 years: further back, FIT
     * dates would fall before the FIT epoch (1989-12-31) and GPX ones before 1980, and be refused.
     * A copy that comes round to a day again is of another original (the number of originals does
     * not divide it), so it is another run.
     */
    static final int SPAN_DAYS = 9_000;

    private ExportBenchmark() {}

    static Map<String, Object> run(Path folder, long megabytes) {
        Path work = null;
        try {
            work = Files.createTempDirectory("runmuscle-bench-export");
            Path zip = work.resolve("export_bench.zip");
            int entries = write(ImportBenchmark.originals(folder), megabytes << 20, zip);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("zipBytes", Files.size(zip));
            line.put("activityFiles", entries);
            try (HistoryStore store =
                    HistoryStore.single(Database.open(new DatabaseSetting.Sqlite(work.resolve("bench.db"))))) {
                resetPeaks();
                Counts first = importOnce(store, zip);
                line.put("runs", first.runs);
                line.put("activities", first.stored);
                line.put("refused", first.refused);
                line.put("seconds", Numbers.round(first.seconds, 1));
                line.put("runsPerSecond", Numbers.round(first.runs / first.seconds, 1));
                line.put("peakHeapMiB", Numbers.round(peakHeap() / 1048576.0, 1));
                line.put("maxHeapMiB", Numbers.round(Runtime.getRuntime().maxMemory() / 1048576.0, 1));
                Counts second = importOnce(store, zip);
                line.put("secondImportNewActivities", second.stored);
                line.put("secondImportSeconds", Numbers.round(second.seconds, 1));
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ImportBenchmark.delete(work);
        }
    }

    private static final class Counts {
        int runs;
        int stored;
        int refused;
        double seconds;
    }

    private static Counts importOnce(HistoryStore store, Path zip) {
        Importer importer = HistoryService.of(store).importer(ActivityReaders.withDefaultLimit());
        Counts counts = new Counts();
        long start = System.nanoTime();
        importer.importAll(List.of(zip), ExportLimits.DEFAULT, outcome -> {
            counts.runs += outcome.runs();
            counts.stored += outcome.stored();
            counts.refused += outcome.status() == Importer.Status.REFUSED ? 1 : 0;
        });
        counts.seconds = (System.nanoTime() - start) / 1e9;
        return counts;
    }

    /**
     * Writes copies until the archive holds {@code bytes}; copy n is moved to n days (modulo
     * {@link #SPAN_DAYS}) before the benchmark's last day, so no two are the same run. Returns the
     * number of activity files.
     */
    private static int write(List<ImportBenchmark.Original> originals, long bytes, Path zip) throws IOException {
        long lastDay = ImportBenchmark.LAST_DAY.toEpochDay();
        StringBuilder csv = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Filename\n");
        int n = 0;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            while (Files.size(zip) < bytes) {
                ImportBenchmark.Original original = originals.get(n % originals.size());
                byte[] moved;
                try {
                    moved = TimeShift.byDays(original.bytes(), (int) (lastDay - n % SPAN_DAYS - original.firstDay()));
                } catch (ActivityFormatException e) {
                    throw new IllegalStateException("checked when the originals were read", e);
                }
                String name = original.file().getFileName().toString().replace(".gz", "");
                boolean gpx = name.toLowerCase(Locale.ROOT).endsWith(".gpx");
                String extension = gpx ? ".gpx" : name.substring(name.lastIndexOf('.')) + ".gz";
                String entry = "activities/" + (1000 + n) + extension;
                out.putNextEntry(new ZipEntry(entry));
                out.write(gpx ? moved : gzip(moved));
                out.closeEntry();
                csv.append(1000 + n)
                        .append(',')
                        .append(LocalDate.ofEpochDay(lastDay - n % SPAN_DAYS))
                        .append(",Copy ")
                        .append(n)
                        .append(",Run,")
                        .append(entry)
                        .append('\n');
                n++;
                out.flush();
            }
            out.putNextEntry(new ZipEntry("activities.csv"));
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return n;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var buffer = new ByteArrayOutputStream(bytes.length / 2);
        try (OutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap ever in use at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
