package org.runmuscle.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Moves a whole recording by whole days, bytes in and bytes out, so that copies of real files can
 * stand in for a runner's years (the import benchmark, the crash test). Every other byte is kept:
 * the copy decodes exactly as the original does, later.
 *
 * <p>FIT: every 32-bit unsigned field holding an absolute FIT time (at or above 0x10000000, the
 * protocol's line between real dates and seconds since power-on) moves; compressed timestamp
 * headers keep only the low five bits of the time, and a day is 2,700 times 32 seconds, so they
 * stay right. The file CRC is recomputed. GPX and TCX: every ISO 8601 date-time in the text moves.
 * A gzipped file is returned unzipped.
 */
public final class TimeShift {
    private static final long ABSOLUTE_TIME = 0x10000000L;
    private static final int UINT32 = 0x86;
    private static final Pattern ISO_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");

    private TimeShift() {}

    public static byte[] byDays(byte[] bytes, int days) throws ActivityFormatException {
        long seconds = days * 86_400L;
        return switch (ActivityFormat.detect(bytes)) {
            case GZIP -> byDays(gunzip(bytes), days);
            case FIT -> fit(bytes.clone(), seconds);
            case GPX, TCX -> text(bytes, seconds);
        };
    }

    private static byte[] text(byte[] bytes, long seconds) {
        String xml = new String(bytes, StandardCharsets.UTF_8);
        Matcher time = ISO_TIME.matcher(xml);
        StringBuilder shifted = new StringBuilder(xml.length());
        while (time.find()) {
            LocalDateTime moved = LocalDateTime.parse(time.group(1)).plusSeconds(seconds);
            String replacement =
                    moved.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19)
                            + (time.group(2) == null ? "" : time.group(2))
                            + (time.group(3) == null ? "" : time.group(3));
            time.appendReplacement(shifted, Matcher.quoteReplacement(replacement));
        }
        time.appendTail(shifted);
        return shifted.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fit(byte[] bytes, long seconds) throws ActivityFormatException {
        int start = 0;
        while (start + 12 <= bytes.length && FitDecoder.looksLikeFitAt(bytes, start)) {
            int headerSize = bytes[start] & 0xFF;
            long dataSize = u32(bytes, start + 4, false);
            long end = start + headerSize + dataSize;
            if (end + 2 > bytes.length) {
                throw new ActivityFormatException("FIT file is truncated; only whole files can be shifted");
            }
            messages(bytes, start + headerSize, (int) end, seconds);
            int crc = FitCrc.of(bytes, start, (int) end - start);
            bytes[(int) end] = (byte) crc;
            bytes[(int) end + 1] = (byte) (crc >> 8);
            start = (int) end + 2;
        }
        return bytes;
    }

    /** Walks the messages; in each data message, moves the uint32 fields that hold absolute times. */
    private static void messages(byte[] bytes, int from, int end, long seconds) throws ActivityFormatException {
        int[][] fieldTypes = new int[16][];
        int[][] fieldSizes = new int[16][];
        boolean[] bigEndian = new boolean[16];
        int[] developerBytes = new int[16];
        int p = from;
        try {
            while (p < end) {
                int header = bytes[p++] & 0xFF;
                boolean compressed = (header & 0x80) != 0;
                if (!compressed && (header & 0x40) != 0) {
                    int local = header & 0x0F;
                    bigEndian[local] = bytes[p + 1] == 1;
                    int count = bytes[p + 4] & 0xFF;
                    p += 5;
                    fieldSizes[local] = new int[count];
                    fieldTypes[local] = new int[count];
                    for (int i = 0; i < count; i++) {
                        fieldSizes[local][i] = bytes[p + 1] & 0xFF;
                        fieldTypes[local][i] = bytes[p + 2] & 0xFF;
                        p += 3;
                    }
                    developerBytes[local] = 0;
                    if ((header & 0x20) != 0) {
                        int developerFields = bytes[p++] & 0xFF;
                        for (int i = 0; i < developerFields; i++) {
                            developerBytes[local] += bytes[p + 1] & 0xFF;
                            p += 3;
                        }
                    }
                    continue;
                }
                int local = compressed ? (header >> 5) & 0x03 : header & 0x0F;
                if (fieldSizes[local] == null) {
                    throw new ActivityFormatException("FIT data message at byte " + (p - 1) + " has no definition");
                }
                for (int i = 0; i < fieldSizes[local].length; i++) {
                    if (fieldTypes[local][i] == UINT32 && fieldSizes[local][i] == 4) {
                        long value = u32(bytes, p, bigEndian[local]);
                        if (value >= ABSOLUTE_TIME && value < 0xFFFFFFFFL) {
                            put32(bytes, p, value + seconds, bigEndian[local]);
                        }
                    }
                    p += fieldSizes[local][i];
                }
                p += developerBytes[local];
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new ActivityFormatException(
                    "FIT message runs past the end of the file: only whole files can be shifted");
        }
    }

    private static long u32(byte[] bytes, int p, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = bytes[p + (bigEndian ? i : 3 - i)] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    private static void put32(byte[] bytes, int p, long value, boolean bigEndian) {
        for (int i = 0; i < 4; i++) {
            byte b = (byte) (value >> (8 * i));
            bytes[bigEndian ? p + 3 - i : p + i] = b;
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
