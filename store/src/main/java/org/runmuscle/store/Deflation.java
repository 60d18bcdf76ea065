package org.runmuscle.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Original files are kept deflated at the fastest level: XML recordings shrink about tenfold, FIT
 * files by a third, and level 1 costs well under a millisecond a file, where level 6 cost several
 * times more for a few per cent more.
 */
public final class Deflation {
    private Deflation() {}

    /** One deflater per thread, reset between files: a new one each time was most of the garbage. */
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

    /** The bytes as {@link HistoryStore#save} keeps an original: deflated at the fastest level. */
    public static byte[] deflate(byte[] bytes) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        // Deflate never grows data by more than 5 bytes per 16 KiB block plus a header: one array
        // of that size holds it all, and one copy trims it.
        byte[] out = new byte[bytes.length + bytes.length / 16_000 * 5 + 64];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        return Arrays.copyOf(out, length);
    }

    static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 3);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StoreException("a kept original file is damaged");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new StoreException("a kept original file is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
