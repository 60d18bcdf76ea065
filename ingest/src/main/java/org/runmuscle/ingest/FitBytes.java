package org.runmuscle.ingest;

/**
 * Unsigned integers of one, two, four and eight bytes in a FIT file, in either byte order, and the
 * bound every message is read within.
 */
final class FitBytes {
    private FitBytes() {}

    /**
     * Checks that {@code length} bytes from {@code p} lie before {@code end}; the message that
     * starts at {@code at} is truncated (the file ends) or corrupt (the declared data ends) when not.
     */
    static void need(byte[] bytes, int p, int length, int end, String what, int at) throws ActivityFormatException {
        if (p + length > end) {
            if (end == bytes.length) {
                throw new ActivityFormatException(
                        "FIT file ends inside a " + what + " at byte " + end + ": the file is truncated");
            }
            throw new ActivityFormatException(
                    "FIT " + what + " at byte " + at + " runs past the end of the declared data: the file is corrupt");
        }
    }

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
