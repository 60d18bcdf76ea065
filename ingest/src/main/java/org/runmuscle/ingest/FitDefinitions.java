package org.runmuscle.ingest;

import java.util.Arrays;

/**
 * The definition messages of one FIT file, compiled, by local type. Some watches write their few
 * definitions again and again (a Suunto file: 14,217 definition messages, 13 different, on one
 * local type): each is compiled once per file and found again by its bytes; compiling every one
 * was 40 % of decoding such a file (Flight Recorder).
 */
final class FitDefinitions {
    /** A file has a few dozen different definitions at most; past this many, the rest are compiled each time. */
    private static final int KEPT = 64;

    private final byte[] bytes;
    private final FitDefinition[] byLocal = new FitDefinition[16];
    private final FitDefinition[] compiled = new FitDefinition[KEPT];
    private final byte[][] compiledBytes = new byte[KEPT][];
    private int compiledCount;

    FitDefinitions(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Forgets every definition: a chained file starts afresh. */
    void reset() {
        Arrays.fill(byLocal, null);
        Arrays.fill(compiled, null);
        Arrays.fill(compiledBytes, null);
        compiledCount = 0;
    }

    /** The definition of a local type, or null when none was read. */
    FitDefinition of(int local) {
        return byLocal[local];
    }

    /** Reads the definition message at {@code p} for {@code local}; returns where the next message starts. */
    int read(int local, boolean developer, int p, int end, int at) throws ActivityFormatException {
        FitBytes.need(bytes, p, 5, end, "definition message", at);
        int length = definitionLength(developer, p, end);
        for (int i = 0; length > 0 && i < compiledCount; i++) {
            byte[] seen = compiledBytes[i];
            if (seen.length == length && Arrays.equals(bytes, p, p + length, seen, 0, length)) {
                byLocal[local] = compiled[i];
                return p + length;
            }
        }
        int next = compile(local, developer, p, end, at);
        if (compiledCount < compiled.length) {
            compiled[compiledCount] = byLocal[local];
            compiledBytes[compiledCount++] = Arrays.copyOfRange(bytes, p, next);
        }
        return next;
    }

    /** The bytes of the definition message at {@code p}, or 0 when it runs past {@code end}. */
    private int definitionLength(boolean developer, int p, int end) {
        int length = 5 + (bytes[p + 4] & 0xFF) * 3;
        if (developer) {
            if (p + length >= end) {
                return 0;
            }
            length += 1 + (bytes[p + length] & 0xFF) * 3;
        }
        return p + length <= end ? length : 0;
    }

    private int compile(int local, boolean developer, int p, int end, int at) throws ActivityFormatException {
        boolean bigEndian = switch (bytes[p + 1]) {
            case 0 -> false;
            case 1 -> true;
            default ->
                throw new ActivityFormatException("FIT definition message at byte " + at + " names byte order "
                        + bytes[p + 1] + " (only 0 and 1 exist): the file is corrupt");
        };
        int global = FitBytes.u16(bytes, p + 2, bigEndian);
        int fields = bytes[p + 4] & 0xFF;
        p += 5;
        FitBytes.need(bytes, p, fields * 3, end, "definition message", at);
        int[] number = new int[fields];
        int[] size = new int[fields];
        int[] type = new int[fields];
        for (int i = 0; i < fields; i++) {
            number[i] = bytes[p] & 0xFF;
            size[i] = bytes[p + 1] & 0xFF;
            type[i] = bytes[p + 2] & 0xFF;
            p += 3;
        }
        int developerBytes = 0;
        if (developer) {
            FitBytes.need(bytes, p, 1, end, "definition message", at);
            int developerFields = bytes[p++] & 0xFF;
            FitBytes.need(bytes, p, developerFields * 3, end, "definition message", at);
            for (int i = 0; i < developerFields; i++) {
                developerBytes += bytes[p + 1] & 0xFF;
                p += 3;
            }
        }
        byLocal[local] = new FitDefinition(global, bigEndian, number, size, type, developerBytes);
        return p;
    }
}
