package org.runmuscle.app.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.FileRecord;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;

/**
 * One athlete's history as one zip: {@value #MANIFEST} (the profile, every file, every activity
 * with its corrections, the strength log), the original recordings under {@code files/}, and, for activities whose
 * file was imported before originals were kept, their samples as CSV under {@code activities/}.
 * Anything reads it (JSON, CSV, the watches' own formats); {@code runmuscle import} restores it.
 */
final class ArchiveWriter {
    static final String MANIFEST = "runmuscle-export.json";
    static final String FORMAT = "runmuscle-athlete-archive";
    static final int VERSION = 1;

    private ArchiveWriter() {}

    /** Writes the archive; the number of activities in it. */
    static int write(HistoryStore store, OutputStream out) throws IOException {
        Athlete athlete = store.athlete();
        List<StoredActivity> activities = store.activities(Optional.empty());
        List<Map<String, Object>> files = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (FileRecord file : store.files()) {
                String prefix = file.contentHash().substring(0, 12);
                String original = null;
                if (file.original()) {
                    original = "files/" + prefix + "-" + safe(file.fileName());
                    zip.putNextEntry(new ZipEntry(original));
                    zip.write(store.original(file.contentHash()).orElseThrow());
                    zip.closeEntry();
                }
                List<Map<String, Object>> ofFile = new ArrayList<>();
                for (StoredActivity a : activities) {
                    if (!a.contentHash().equals(file.contentHash())) {
                        continue;
                    }
                    String samples = null;
                    if (original == null) {
                        samples = "activities/" + prefix + "-" + a.sessionIndex() + ".csv";
                        zip.putNextEntry(new ZipEntry(samples));
                        writeCsv(store.samples(a.id()), zip);
                        zip.closeEntry();
                    }
                    ofFile.add(Json.object(
                            "session", a.sessionIndex(),
                            "sport", a.sport(),
                            "name", a.name(),
                            "gear", a.gear(),
                            "start", a.startTime().toString(),
                            "elapsedSeconds", a.elapsedSeconds(),
                            "movingSeconds", a.movingSeconds(),
                            "device", a.device(),
                            "samples", samples));
                }
                files.add(Json.object(
                        "hash", file.contentHash(),
                        "name", file.fileName(),
                        "format", file.format(),
                        "importedAt", Instant.ofEpochMilli(file.importedAt()).toString(),
                        "original", original,
                        "activities", ofFile));
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(Json.compact(Json.object(
                            "format",
                            FORMAT,
                            "version",
                            VERSION,
                            "exportedAt",
                            Instant.now().toString(),
                            "athlete",
                            AthleteJson.of(athlete, 0),
                            "files",
                            files,
                            "strength",
                            StrengthArchive.json(store)))
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return activities.size();
    }

    /** A file name as a zip entry's last part: no folders, nothing a zip tool would misread. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "file" + cleaned : cleaned;
    }

    /** One column per channel the activity has, named in lower case; empty cells for missing values. */
    static void writeCsv(Samples samples, OutputStream out) throws IOException {
        List<Channel> present = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if (samples.has(c)) {
                present.add(c);
            }
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(
                ",",
                present.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        w.write('\n');
        StringBuilder line = new StringBuilder();
        for (int row = 0; row < samples.size(); row++) {
            line.setLength(0);
            for (int i = 0; i < present.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                double v = samples.get(present.get(i), row);
                if (!Double.isNaN(v)) {
                    line.append(v);
                }
            }
            w.write(line.append('\n').toString());
        }
        w.flush();
    }
}
