package org.runmuscle.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message of a FIT file, each field's first value as a number or its text: the general
 * reader beside the activity decoder ({@link FitDecoder} keeps only what an activity needs and no
 * text). Workout files are read back with it. Checks the header, both CRCs and every length.
 */
final class FitMessagesReader {
    private FitMessagesReader() {}

    /** One data message: its global number and its fields' values. */
    record Message(int global, Map<Integer, Long> numbers, Map<Integer, String> texts) {
        boolean has(int field) {
            return numbers.containsKey(field) || texts.containsKey(field);
        }

        /** The field's value; -1 when the message does not carry it (or carries "no value"). */
        long number(int field) {
            return numbers.getOrDefault(field, -1L);
        }

        String text(int field) {
            return texts.getOrDefault(field, "");
        }
    }

    private record Definition(
            int global, boolean bigEndian, int[] number, int[] size, int[] type, int developerBytes) {}

    static List<Message> read(byte[] bytes) throws ActivityFormatException {
        if (bytes.length < 14 || !FitBytes.fit(bytes, 0)) {
            throw new ActivityFormatException("not a FIT file");
        }
        int header = bytes[0] & 0xFF;
        if (header >= 14
                && FitBytes.u16(bytes, 12, false) != 0
                && FitBytes.u16(bytes, 12, false) != FitCrc.of(bytes, 0, 12)) {
            throw new ActivityFormatException("bad FIT header CRC");
        }
        long size = FitBytes.u32(bytes, 4, false);
        if (header + size + 2 != bytes.length) {
            throw new ActivityFormatException(
                    "FIT data size " + size + " does not match the file's " + bytes.length + " bytes");
        }
        if (FitCrc.of(bytes, 0, bytes.length) != 0) {
            throw new ActivityFormatException("bad FIT file CRC");
        }
        Definition[] definitions = new Definition[16];
        List<Message> messages = new ArrayList<>();
        int p = header;
        int end = (int) (header + size);
        while (p < end) {
            int h = bytes[p++] & 0xFF;
            if ((h & 0x80) == 0 && (h & 0x40) != 0) {
                need(p, 5, end);
                boolean big = bytes[p + 1] == 1;
                int global = FitBytes.u16(bytes, p + 2, big);
                int count = bytes[p + 4] & 0xFF;
                p += 5;
                need(p, count * 3, end);
                int[] number = new int[count];
                int[] fieldSize = new int[count];
                int[] type = new int[count];
                for (int i = 0; i < count; i++, p += 3) {
                    number[i] = bytes[p] & 0xFF;
                    fieldSize[i] = bytes[p + 1] & 0xFF;
                    type[i] = bytes[p + 2] & 0xFF;
                }
                int developer = 0;
                if ((h & 0x20) != 0) {
                    need(p, 1, end);
                    int fields = bytes[p++] & 0xFF;
                    need(p, fields * 3, end);
                    for (int i = 0; i < fields; i++, p += 3) {
                        developer += bytes[p + 1] & 0xFF;
                    }
                }
                definitions[h & 0x0F] = new Definition(global, big, number, fieldSize, type, developer);
                continue;
            }
            Definition d = definitions[(h & 0x80) != 0 ? (h >> 5) & 0x03 : h & 0x0F];
            if (d == null) {
                throw new ActivityFormatException("FIT data message at byte " + (p - 1) + " has no definition");
            }
            Map<Integer, Long> numbers = new HashMap<>();
            Map<Integer, String> texts = new HashMap<>();
            for (int i = 0; i < d.number().length; i++) {
                need(p, d.size()[i], end);
                int unit = FitProfile.baseTypeSize(d.type()[i]);
                if ((d.type()[i] & 0x1F) == 0x07) {
                    int length = 0;
                    while (length < d.size()[i] && bytes[p + length] != 0) {
                        length++;
                    }
                    if (length > 0) {
                        texts.put(d.number()[i], new String(bytes, p, length, StandardCharsets.UTF_8));
                    }
                } else if (unit == 1 || unit == 2 || unit == 4) {
                    long value = unit == 1
                            ? bytes[p] & 0xFFL
                            : unit == 2 ? FitBytes.u16(bytes, p, d.bigEndian()) : FitBytes.u32(bytes, p, d.bigEndian());
                    long sentinel = FitProfile.invalid(d.type()[i]);
                    long invalid = sentinel == -1 ? (1L << (unit * 8)) - 1 : sentinel;
                    if (value != invalid) {
                        numbers.put(d.number()[i], value);
                    }
                }
                p += d.size()[i];
            }
            need(p, d.developerBytes(), end);
            p += d.developerBytes();
            messages.add(new Message(d.global(), numbers, texts));
        }
        return messages;
    }

    private static void need(int p, int length, int end) throws ActivityFormatException {
        if (p + length > end) {
            throw new ActivityFormatException("FIT message runs past the end of the data at byte " + end);
        }
    }
}
