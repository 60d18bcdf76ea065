package org.runmuscle.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Reads a whole file, no further than a limit. A regular file's size is known before it is read;
 * a pipe's or a device's is not ({@code runmuscle analyze <(gunzip -c run.fit.gz)}, {@code
 * /dev/stdin}), and {@code /dev/zero} never ends: {@code Files.readAllBytes} read it until the heap
 * ran out.
 */
final class BoundedFiles {
    /** Enough of a file to tell its format by ({@link ActivityFormat#recognise}). */
    static final int HEAD_BYTES = 4096;

    private BoundedFiles() {}

    /** A look at a pipe's or a device's first bytes, which refuses them before the rest is read. */
    interface Head {
        void check(byte[] head) throws ActivityFormatException;
    }

    /** The bytes of {@code file}, refused when there are more than {@code limit}, whatever they begin with. */
    static byte[] read(Path file, long limit) throws IOException, ActivityFormatException {
        return read(file, limit, head -> {});
    }

    /**
     * The bytes of {@code file}, refused in the readers' one wording when there are more than
     * {@code limit}. A pipe or a device is first refused by its head if {@code head} refuses it, so
     * that {@code /dev/zero} costs one look, not the limit's worth of zeros.
     */
    static byte[] read(Path file, long limit, Head head) throws IOException, ActivityFormatException {
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size > limit) {
                throw new ActivityFormatException(ActivityReaders.tooLarge(size, limit));
            }
            return Files.readAllBytes(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] first = in.readNBytes(HEAD_BYTES);
            head.check(first);
            return readAtMost(
                    in,
                    first,
                    limit,
                    () -> "goes on past the " + ActivityReaders.mib(limit) + " MiB limit for one activity file");
        }
    }

    /**
     * {@code first}, then the rest of {@code in}, refused in {@code refusal}'s words once they come
     * to more than {@code limit} bytes: counted as read, never as a stream or an archive declares.
     */
    static byte[] readAtMost(InputStream in, byte[] first, long limit, Supplier<String> refusal)
            throws IOException, ActivityFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.write(first);
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + (long) n > limit) {
                throw new ActivityFormatException(refusal.get());
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
