package org.runmuscle.ingest;

/** Unsigned integers of one, two, four and eight bytes in a FIT file, in either byte order. */
final class FitBytes {
    private FitBytes() {}

    /** The ".FIT" signature of a header starting at {@code start} (bytes 8 to 11). */
    static boolean fit(byte[] bytes, int start) {
        return bytes[start + 8] == '.'
                && bytes[start + 9] == 'F'
                && bytes[start + 10] == 'I'
                && bytes[start + 11] == 'T';
    }

    static int u16(byte[] bytes, int p, boolean bigEndian) {
        int a = bytes[p] & 0xFF;
        int b = bytes[p + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    static long u32(byte[] bytes, int p, boolean bigEndian) {
        long a = u16(bytes, p, bigEndian);
        long b = u16(bytes, p + 2, bigEndian);
        return bigEndian ? (a << 16) | b : (b << 16) | a;
    }

    static long u64(byte[] bytes, int p, boolean bigEndian) {
        long a = u32(bytes, p, bigEndian);
        long b = u32(bytes, p + 4, bigEndian);
        return bigEndian ? (a << 32) | b : (b << 32) | a;
    }
}
