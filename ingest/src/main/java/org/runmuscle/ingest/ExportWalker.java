package org.runmuscle.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds the activity files in what a runner hands the import: files, folders, and zips of any of
 * them: Strava's "download your data" archive (with {@code activities.csv} naming each activity),
 * Garmin's account export (zips inside a zip, thousands of monitoring files beside the
 * activities) and Garmin Connect's single-activity "Export Original" zip.
 *
 * <p>A zip is read through its central directory from disk, one entry at a time, so memory holds
 * one activity file whatever the archive's size; a nested zip is copied to a temporary file first.
 * Every byte inflated is counted against {@link ExportLimits}. An entry's name is only ever a
 * label: nothing is written under it.
 */
public final class ExportWalker {
    /** What the walk found, in the order found. */
    public interface Visitor {
        /** A file that may be an activity, with what the export says about it. */
        void candidate(Candidate candidate);

        /** A file that holds no activity (a README, a photo, a sleep file in an export). */
        void skipped(String name, String reason);

        /** A file or archive that could not be read, with one line saying why. */
        void refused(String name, String reason);
    }

    /**
     * One file to read. {@code named} is true when the runner named this file itself, so that a
     * file that is not an activity is refused with its reason instead of skipped.
     */
    public record Candidate(String name, byte[] bytes, Optional<ExportMetadata> metadata, boolean named) {}

    private static final String STRAVA_CSV = "activities.csv";

    private final ExportLimits limits;

    public ExportWalker(ExportLimits limits) {
        this.limits = limits;
    }

    /** Walks each path in turn; a path that does not exist is refused. */
    public void walk(List<Path> paths, Visitor visitor) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                visitor.refused(path.toString(), "no such file or folder");
            } else if (Files.isDirectory(path)) {
                folder(path, visitor);
            } else if (!Files.isRegularFile(path)) {
                PipeCopies.walk(this, path, limits.maxFileBytes(), visitor);
            } else {
                file(path, path.toString(), true, StravaIndex.empty(), visitor);
            }
        }
    }

    /** Walks one file that has a name of its own, such as an upload saved to a temporary file. */
    public void walkFile(Path file, String name, Visitor visitor) {
        file(file, name, true, StravaIndex.empty(), visitor);
    }

    private void folder(Path root, Visitor visitor) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            visitor.refused(root.toString(), "cannot list the folder (" + e.getMessage() + ")");
            return;
        }
        StravaIndex index = StravaIndex.empty();
        for (Path file : files) {
            if (file.getFileName().toString().equalsIgnoreCase(STRAVA_CSV)) {
                try (InputStream in = Files.newInputStream(file)) {
                    index = StravaIndex.read(in);
                } catch (ActivityFormatException | IOException e) {
                    visitor.skipped(file.toString(), e.getMessage());
                }
            }
        }
        for (Path file : files) {
            String base = file.getFileName().toString();
            if (base.startsWith(".") || base.equalsIgnoreCase(STRAVA_CSV)) {
                visitor.skipped(file.toString(), base.startsWith(".") ? "a hidden file" : "the export's index");
            } else {
                file(file, file.toString(), false, index, visitor);
            }
        }
    }

    private void file(Path file, String name, boolean named, StravaIndex index, Visitor visitor) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(BoundedFiles.HEAD_BYTES);
            }
            if (Zips.isZip(head)) {
                zip(file, name, 0, new Budget(limits.maxInflatedBytes()), visitor);
                return;
            }
            if (!named && ActivityFormat.recognise(head).isEmpty()) {
                notAnActivity(name, head, visitor);
                return;
            }
            visitor.candidate(new Candidate(
                    name,
                    BoundedFiles.read(file, limits.maxFileBytes()),
                    index.lookup(file.getFileName().toString()),
                    named));
        } catch (ActivityFormatException e) {
            visitor.refused(name, e.getMessage());
        } catch (IOException e) {
            visitor.refused(name, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    private static final Pattern ACTIVITY_NAME = Pattern.compile("(?i)\\.(fit|gpx|tcx)(\\.gz)?$");

    /**
     * A file whose bytes are no activity format: skipped, unless its name says it is one (an empty
     * or corrupt {@code .fit} in an export), which is refused with the reason.
     */
    private static void notAnActivity(String name, byte[] head, Visitor visitor) {
        if (ACTIVITY_NAME.matcher(name).find()) {
            try {
                ActivityFormat.detect(head);
            } catch (ActivityFormatException e) {
                visitor.refused(name, e.getMessage());
                return;
            }
        }
        visitor.skipped(name, "not a FIT, GPX or TCX file");
    }

    /** Inflated bytes left for one archive given to the import, nested zips included. */
    private static final class Budget {
        long left;

        Budget(long left) {
            this.left = left;
        }
    }

    private void zip(Path file, String name, int depth, Budget budget, Visitor visitor) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                visitor.refused(
                        name,
                        "the zip holds " + zip.size() + " entries, over the limit of " + limits.maxEntries()
                                + ": refused (a zip bomb, or not an export)");
                return;
            }
            StravaIndex index = stravaIndex(zip, name, budget, visitor);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!entry(zip, entry, name + "!" + Zips.label(entry.getName()), depth, budget, index, visitor)) {
                    return;
                }
            }
        } catch (ZipException e) {
            visitor.refused(name, Zips.problem(e));
        } catch (IOException e) {
            visitor.refused(name, "cannot read the zip (" + e.getMessage() + ")");
        }
    }

    /** One entry; false when the archive's inflated-bytes budget ran out and the walk stops. */
    private boolean entry(
            ZipFile zip, ZipEntry entry, String label, int depth, Budget budget, StravaIndex index, Visitor visitor)
            throws IOException {
        String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        if (base.startsWith(".") || entry.getName().startsWith("__MACOSX/")) {
            visitor.skipped(label, "a hidden or macOS metadata file");
            return true;
        }
        if (base.equalsIgnoreCase(STRAVA_CSV)) {
            visitor.skipped(label, "the export's index of activities (read for names, types and gear)");
            return true;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(BoundedFiles.HEAD_BYTES);
            budget.left -= head.length;
            if (Zips.isZip(head)) {
                return nested(in, head, label, depth, budget, visitor);
            }
            if (ActivityFormat.recognise(head).isEmpty()) {
                notAnActivity(label, head, visitor);
                return budget.left >= 0;
            }
            long room = Math.min(limits.maxFileBytes(), budget.left + head.length) - head.length;
            byte[] rest = in.readNBytes((int) Math.max(0, Math.min(room + 1, Integer.MAX_VALUE - 8)));
            budget.left -= rest.length;
            if (rest.length > room) {
                if (budget.left < 0) {
                    visitor.refused(label, overBudget());
                    return false;
                }
                visitor.refused(
                        label,
                        "inflates to more than " + ActivityReaders.mib(limits.maxFileBytes())
                                + " MiB: refused (a zip bomb, or not an activity)");
                return true;
            }
            byte[] bytes = new byte[head.length + rest.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(rest, 0, bytes, head.length, rest.length);
            visitor.candidate(new Candidate(label, bytes, index.lookup(entry.getName()), false));
            return true;
        } catch (ZipException e) {
            if (Zips.encrypted(e)) {
                throw e;
            }
            visitor.refused(label, Zips.problem(e));
            return true;
        }
    }

    private boolean nested(InputStream in, byte[] head, String label, int depth, Budget budget, Visitor visitor)
            throws IOException {
        if (depth + 1 > limits.maxDepth()) {
            visitor.refused(label, "a zip nested more than " + limits.maxDepth() + " deep: refused");
            return true;
        }
        Path copy = Files.createTempFile("runmuscle-zip-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                out.write(head);
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    budget.left -= n;
                    if (budget.left < 0) {
                        visitor.refused(label, overBudget());
                        return false;
                    }
                    out.write(buffer, 0, n);
                }
            }
            zip(copy, label, depth + 1, budget, visitor);
            return budget.left >= 0;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Strava's index, wherever in the zip it lies (a re-zipped export has it under a folder). */
    private StravaIndex stravaIndex(ZipFile zip, String name, Budget budget, Visitor visitor) throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String path = entry.getName();
            if (!entry.isDirectory() && StravaIndex.key(path).equals(STRAVA_CSV) && !path.startsWith("__MACOSX/")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    // counted as read, like every other entry: the size the archive declares may lie
                    byte[] bytes = in.readNBytes((int) StravaIndex.MAX_CSV_BYTES + 1);
                    budget.left -= bytes.length;
                    return StravaIndex.parse(bytes);
                } catch (ActivityFormatException e) {
                    visitor.skipped(name + "!" + Zips.label(path), e.getMessage());
                } catch (ZipException e) {
                    return StravaIndex.empty();
                }
            }
        }
        return StravaIndex.empty();
    }

    private String overBudget() {
        return "the archive inflates to more than " + Zips.size(limits.maxInflatedBytes())
                + " in all: refused from here on (a zip bomb, or not an export)";
    }
}
