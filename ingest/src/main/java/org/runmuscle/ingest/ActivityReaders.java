package org.runmuscle.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.training.RecordedSet;

/**
 * Reads activity files: FIT, GPX or TCX, each optionally gzipped, the format told by the bytes.
 * Files and their decompressed content are bounded by a size limit, so a gzip bomb or a huge
 * upload is refused instead of filling memory.
 */
public final class ActivityReaders {
    /**
     * 64 MiB: larger than any real recording (a 24-hour FIT file at 1 Hz is about 5 MiB; the
     * largest in shared/data is an 8 MB triathlon), small enough that an import fits a 256 MiB heap.
     */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public ActivityReaders(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public static ActivityReaders withDefaultLimit() {
        return new ActivityReaders(DEFAULT_MAX_BYTES);
    }

    /**
     * What was read from one file: its activities, one per session, the format it was in, the
     * gear its export names ("" if none), and the strength sets a watch recorded (FIT only).
     */
    public record Read(ActivityFormat format, List<Activity> activities, String gear, List<RecordedSet> sets) {
        public Read {
            activities = List.copyOf(activities);
            gear = gear == null ? "" : gear;
            sets = List.copyOf(sets);
        }

        public Read(ActivityFormat format, List<Activity> activities, String gear) {
            this(format, activities, gear, List.of());
        }

        public Read(ActivityFormat format, List<Activity> activities) {
            this(format, activities, "");
        }

        /** The same read with another gear (an export names it). */
        public Read withGear(String newGear) {
            return new Read(format, activities, newGear, sets);
        }

        /**
         * What an export says applied: its name to every session, its sport only to a file of one
         * session (a multisport file's sessions each name their own), its gear. The import and the
         * batch job both read exports through this, so both give a file the same sport.
         */
        public Read withMetadata(Optional<ExportMetadata> metadata) {
            if (metadata.isEmpty()) {
                return this;
            }
            ExportMetadata export = metadata.get();
            List<Activity> named = new ArrayList<>();
            for (Activity activity : activities) {
                Activity one = export.name().isEmpty() ? activity : activity.withName(export.name());
                if (export.sport().isPresent() && activities.size() == 1) {
                    one = one.withSport(export.sport().get());
                }
                named.add(one);
            }
            return new Read(format, named, export.gear(), sets);
        }
    }

    public Read read(Path file) throws ActivityFormatException, IOException {
        if (Files.isDirectory(file)) {
            throw new ActivityFormatException("is a folder, not a file");
        }
        return read(BoundedFiles.read(file, maxBytes, ActivityFormat::detect));
    }

    public Read read(byte[] bytes) throws ActivityFormatException {
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        ActivityFormat format = ActivityFormat.detect(bytes);
        if (format == ActivityFormat.GZIP) {
            byte[] inflated = gunzip(bytes);
            ActivityFormat inner = ActivityFormat.detect(inflated);
            if (inner == ActivityFormat.GZIP) {
                throw new ActivityFormatException("gzip inside gzip: refused");
            }
            return decode(inner, inflated);
        }
        return decode(format, bytes);
    }

    private static Read decode(ActivityFormat format, byte[] bytes) throws ActivityFormatException {
        return switch (format) {
            case FIT -> {
                List<FitContents> parts = FitDecoder.decodeParts(bytes);
                List<RecordedSet> sets =
                        parts.stream().flatMap(p -> p.sets.stream()).toList();
                yield new Read(format, FitActivities.of(parts), "", sets);
            }
            case GPX -> new Read(format, GpxReader.read(bytes));
            case TCX -> new Read(format, TcxReader.read(bytes));
            case GZIP -> throw new IllegalStateException("gzip is unwrapped before decoding");
        };
    }

    private byte[] gunzip(byte[] bytes) throws ActivityFormatException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return BoundedFiles.readAtMost(
                    in,
                    new byte[0],
                    maxBytes,
                    () -> "decompresses to more than " + mib(maxBytes)
                            + " MiB: refused (a gzip bomb, or not an activity)");
        } catch (IOException e) {
            throw new ActivityFormatException("corrupt gzip data: " + e.getMessage());
        }
    }

    private ActivityFormatException tooLarge(long size) {
        return new ActivityFormatException(tooLarge(size, maxBytes));
    }

    /** The refusal of a file of {@code size} bytes over the limit, in one wording for every reader of files. */
    static String tooLarge(long size, long limit) {
        return "is " + mib(size) + " MiB, over the " + mib(limit) + " MiB limit for one activity file";
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }
}
