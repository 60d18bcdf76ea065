package org.runmuscle.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.ExportWalker;
import org.runmuscle.store.StoredActivity;

/**
 * Restores an archive {@link ArchiveWriter} wrote into an athlete's history: each original file is
 * imported as if given to {@code import}; activities kept only as samples are rebuilt from their
 * CSV and analysed with this release's model; then the archive's corrections (names, sports) and
 * deletions are applied. Restoring twice adds nothing.
 */
final class ArchiveReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A manifest lists files and activities, never their contents: 64 MiB is hundreds of thousands. */
    private static final long MAX_MANIFEST_BYTES = 64L << 20;

    private ArchiveReader() {}

    /** The archive's manifest when {@code file} is one of ours; empty for any other file or zip. */
    static Optional<JsonNode> manifest(Path file, String name) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(ArchiveWriter.MANIFEST);
            if (entry == null) {
                return Optional.empty();
            }
            JsonNode manifest = JSON.readTree(bounded(zip, entry, MAX_MANIFEST_BYTES));
            if (!ArchiveWriter.FORMAT.equals(manifest.path("format").asText())) {
                return Optional.empty();
            }
            if (manifest.path("version").asInt() > ArchiveWriter.VERSION) {
                throw new ArchiveException("the archive " + file.getFileName() + " is version "
                        + manifest.path("version").asInt() + ", written by a newer runmuscle; update runmuscle");
            }
            return Optional.of(manifest);
        } catch (ZipException e) {
            return Optional.empty(); // not a zip at all: the importer says so in its own words
        } catch (IOException e) {
            throw new ArchiveException("cannot read the archive " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** The archive's athlete's name. */
    static String athleteName(JsonNode manifest) {
        return manifest.path("athlete").path("name").asText("me");
    }

    /** A refusal of the whole archive, in one line. */
    static final class ArchiveException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ArchiveException(String message) {
            super(message);
        }
    }

    /** Restores the archive into the history of {@code service}; one outcome per file, as an import gives. */
    static void restore(
            Path file,
            String label,
            JsonNode manifest,
            HistoryService service,
            Importer importer,
            Consumer<Importer.Outcome> outcomes) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (JsonNode f : manifest.path("files")) {
                String name = label + "/" + f.path("name").asText("file");
                String original = f.path("original").asText(null);
                Importer.Outcome outcome = original != null && zip.getEntry(original) != null
                        ? importer.importCandidate(new ExportWalker.Candidate(
                                name,
                                bounded(zip, zip.getEntry(original), ActivityReaders.DEFAULT_MAX_BYTES),
                                Optional.empty(),
                                false))
                        : rebuild(zip, name, f, importer);
                outcomes.accept(outcome);
                correct(service, outcome.hash().isEmpty() ? f.path("hash").asText() : outcome.hash(), f);
            }
            StrengthArchive.restore(manifest.path("strength"), service);
        } catch (IOException e) {
            throw new ArchiveException("cannot read the archive " + label + ": " + e.getMessage());
        }
    }

    /** A file kept only as samples: its activities rebuilt from their CSV and saved under the file's hash. */
    private static Importer.Outcome rebuild(ZipFile zip, String name, JsonNode file, Importer importer)
            throws IOException {
        String hash = file.path("hash").asText();
        List<Activity> activities = new ArrayList<>();
        for (JsonNode a : file.path("activities")) {
            ZipEntry csv = zip.getEntry(a.path("samples").asText(""));
            if (csv == null) {
                return Importer.Outcome.refused(
                        name,
                        "the archive lacks the samples of session "
                                + a.path("session").asInt());
            }
            try {
                activities.add(new Activity(
                        Sports.parse("sport", a.path("sport").asText("running")),
                        Instant.parse(a.path("start").asText()),
                        readCsv(bounded(zip, csv, ActivityReaders.DEFAULT_MAX_BYTES)),
                        OptionalDouble.empty(),
                        new DeviceTotals(
                                a.path("elapsedSeconds").asDouble(Double.NaN),
                                a.path("movingSeconds").asDouble(Double.NaN),
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN),
                        a.path("device").asText(""),
                        OptionalDouble.empty(),
                        List.of(),
                        a.path("name").asText("")));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return Importer.Outcome.refused(
                        name, "session " + a.path("session").asInt() + " is damaged: " + e.getMessage());
            }
        }
        String gear = file.path("activities").path(0).path("gear").asText("");
        return importer.saveRebuilt(name, hash, file.path("format").asText("fit"), activities, gear);
    }

    /** The archive's names and sports on the restored activities, and its deletions. */
    private static void correct(HistoryService service, String hash, JsonNode file) {
        Map<Integer, JsonNode> kept = new HashMap<>();
        file.path("activities").forEach(a -> kept.put(a.path("session").asInt(), a));
        for (StoredActivity stored : service.store().activitiesOfFile(hash)) {
            JsonNode wanted = kept.get(stored.sessionIndex());
            if (wanted == null) {
                service.delete(stored.id());
                continue;
            }
            String sport = wanted.path("sport").asText(stored.sport());
            String name = wanted.path("name").asText(stored.name());
            if (!sport.equals(stored.sport()) || !name.equals(stored.name())) {
                service.edit(stored.id(), Optional.of(Sports.parse("sport", sport)), Optional.of(name));
            }
        }
    }

    static Samples readCsv(byte[] bytes) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        String header = in.readLine();
        if (header == null || header.isBlank()) {
            return Samples.empty();
        }
        String[] names = header.split(",");
        Channel[] channels = new Channel[names.length];
        for (int i = 0; i < names.length; i++) {
            channels[i] = Channel.valueOf(names[i].strip().toUpperCase(Locale.ROOT));
        }
        List<String> lines = in.lines().filter(l -> !l.isEmpty()).toList();
        double[][] columns = new double[Channel.values().length][];
        for (Channel c : channels) {
            columns[c.ordinal()] = new double[lines.size()];
        }
        for (int row = 0; row < lines.size(); row++) {
            String[] cells = lines.get(row).split(",", -1);
            for (int i = 0; i < channels.length; i++) {
                String cell = i < cells.length ? cells[i] : "";
                columns[channels[i].ordinal()][row] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
        }
        return Samples.ofColumns(columns, lines.size());
    }

    /** An entry's bytes, refused beyond {@code limit} by the bytes actually inflated (a zip bomb's size lies). */
    private static byte[] bounded(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ArchiveException(
                        "the archive's " + entry.getName() + " is larger than " + (limit >> 20) + " MiB");
            }
            return bytes;
        }
    }
}
