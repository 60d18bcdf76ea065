package org.runmuscle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.activity.Samples;

/**
 * Decodes FIT files, written from the published FIT protocol: Garmin's SDK may not be
 * redistributed under open terms or benchmarked, so runmuscle has its own.
 *
 * <p>Handles file headers of 12 and 14 bytes with their CRC, the file CRC, chained files,
 * definition and data messages in both byte orders, compressed timestamp headers, arrays, and
 * developer fields (skipped by their declared size). It decodes only the messages runmuscle uses,
 * and records straight into columnar {@link Samples}. Every path through it either returns or
 * throws {@link ActivityFormatException}; each loop consumes at least one byte, so it cannot hang.
 */
final class FitDecoder {
    private static final int MIN_HEADER = 12;

    private final byte[] bytes;
    private final List<FitContents> parts = new ArrayList<>();
    /** The chain's stored strap heart rate, whichever part holds it. */
    private final FitHeartRates heartRates = new FitHeartRates();

    private FitContents contents;
    private final FitDefinitions definitions;

    private final FitFields fields = new FitFields();
    private FitMessages messages;

    private FitDecoder(byte[] bytes) {
        this.bytes = bytes;
        this.definitions = new FitDefinitions(bytes);
    }

    /** The first FIT file of the chain (with the whole chain's stored heart rate). */
    static FitContents decode(byte[] bytes) throws ActivityFormatException {
        return decodeParts(bytes).get(0);
    }

    /**
     * Each FIT file of a chain on its own: two activities chained stay two (whatever their dates),
     * and the parts a watch appends with a chest strap's stored heart rate are kept for merging.
     */
    static List<FitContents> decodeParts(byte[] bytes) throws ActivityFormatException {
        FitDecoder decoder = new FitDecoder(bytes);
        decoder.decodeChain();
        return decoder.parts;
    }

    private void nextPart(int expectedRecords) {
        contents = new FitContents(expectedRecords, heartRates);
        messages = new FitMessages(fields, contents);
        parts.add(contents);
    }

    /** Whether these bytes start like a FIT file: a plausible header size and the ".FIT" signature. */
    static boolean looksLikeFit(byte[] bytes) {
        return looksLikeFitAt(bytes, 0);
    }

    private void decodeChain() throws ActivityFormatException {
        int position = 0;
        boolean first = true;
        while (position < bytes.length) {
            // Real files spend 20-40 bytes per record; start big enough that few files ever regrow.
            nextPart(first ? bytes.length / 24 : 16);
            try {
                position = decodeFile(position);
            } catch (ActivityFormatException e) {
                if (first) {
                    throw e;
                }
                parts.remove(parts.size() - 1);
                parts.get(0)
                        .warnings
                        .add("the FIT file chained after byte " + position + " is unreadable and was skipped ("
                                + e.getMessage() + ")");
                return;
            }
            first = false;
        }
    }

    /** Decodes one FIT file starting at {@code start}; returns where the next chained file starts. */
    private int decodeFile(int start) throws ActivityFormatException {
        int remaining = bytes.length - start;
        if (remaining < MIN_HEADER) {
            throw new ActivityFormatException("FIT file ends inside its " + MIN_HEADER + "-byte header at byte "
                    + bytes.length + ": the file is truncated");
        }
        int headerSize = bytes[start] & 0xFF;
        if (headerSize < MIN_HEADER || !FitBytes.fit(bytes, start)) {
            throw new ActivityFormatException("no FIT header at byte " + start + " (expected '.FIT' at byte "
                    + (start + 8) + "): not a FIT file, or a corrupt header");
        }
        if (headerSize > remaining) {
            throw new ActivityFormatException("FIT header of " + headerSize
                    + " bytes runs past the end of the file at byte " + bytes.length + ": the file is truncated");
        }
        if (headerSize >= 14) {
            int stored = FitBytes.u16(bytes, start + 12, false);
            int computed = FitCrc.of(bytes, start, 12);
            if (stored != 0 && stored != computed) {
                throw new ActivityFormatException(String.format(
                        "bad FIT header CRC (stored 0x%04X, computed 0x%04X): " + "the header is corrupt",
                        stored, computed));
            }
        }
        long dataSize = FitBytes.u32(bytes, start + 4, false);
        if (dataSize == 0) {
            throw new ActivityFormatException(
                    "FIT header at byte " + start + " declares no data: the file holds no records");
        }
        long dataEnd = start + headerSize + dataSize;
        boolean truncated = dataEnd + 2 > bytes.length;
        int end = truncated ? bytes.length : (int) dataEnd;
        if (!truncated) {
            int stored = FitBytes.u16(bytes, end, false);
            int computed = FitCrc.of(bytes, start, end - start);
            if (stored != computed) {
                throw new ActivityFormatException(String.format(
                        "bad FIT file CRC (stored 0x%04X, computed 0x%04X): " + "the file is corrupt",
                        stored, computed));
            }
        }
        definitions.reset();
        int recordsBefore = contents.records.size();
        try {
            decodeMessages(start + headerSize, end);
        } catch (ActivityFormatException e) {
            if (!truncated || contents.records.size() == recordsBefore) {
                throw e;
            }
            contents.warnings.add(e.getMessage() + "; kept the " + contents.records.size() + " records before it");
            return bytes.length;
        }
        if (truncated) {
            String problem = "FIT header declares " + dataSize + " bytes of data but the file ends at byte "
                    + bytes.length + ": the file is truncated";
            if (contents.records.size() == recordsBefore) {
                throw new ActivityFormatException(problem);
            }
            contents.warnings.add(problem + "; kept the " + contents.records.size() + " records before it");
            return bytes.length;
        }
        return end + 2;
    }

    /** Whether a FIT header (plausible size, ".FIT") starts at {@code start}. */
    static boolean looksLikeFitAt(byte[] bytes, int start) {
        return bytes.length - start >= MIN_HEADER && (bytes[start] & 0xFF) >= MIN_HEADER && FitBytes.fit(bytes, start);
    }

    private void decodeMessages(int from, int end) throws ActivityFormatException {
        int p = from;
        while (p < end) {
            int header = bytes[p] & 0xFF;
            int at = p;
            p++;
            if ((header & 0x80) != 0) {
                FitDefinition definition = definitionFor((header >> 5) & 0x03, at);
                long timestamp = compressedTimestamp(header & 0x1F, at);
                p = data(definition, p, end, at, timestamp);
            } else if ((header & 0x40) != 0) {
                p = definitions.read(header & 0x0F, (header & 0x20) != 0, p, end, at);
            } else {
                p = data(definitionFor(header & 0x0F, at), p, end, at, -1);
            }
        }
    }

    private FitDefinition definitionFor(int local, int at) throws ActivityFormatException {
        FitDefinition definition = definitions.of(local);
        if (definition == null) {
            throw new ActivityFormatException("FIT data message at byte " + at + " uses local type " + local
                    + ", which no definition message declared: the file is corrupt");
        }
        return definition;
    }

    private long compressedTimestamp(int offset, int at) throws ActivityFormatException {
        long lastTimestamp = fields.lastTimestamp();
        if (lastTimestamp < 0) {
            throw new ActivityFormatException(
                    "FIT compressed timestamp at byte " + at + " comes before any full timestamp: the file is corrupt");
        }
        long base = lastTimestamp & ~0x1FL;
        long timestamp = base + offset;
        if (offset < (lastTimestamp & 0x1F)) {
            timestamp += 0x20;
        }
        fields.lastTimestamp(timestamp);
        return timestamp;
    }

    private int data(FitDefinition definition, int p, int end, int at, long compressedTime)
            throws ActivityFormatException {
        FitBytes.need(bytes, p, definition.messageSize, end, "data message", at);
        fields.next();
        for (int i : definition.wantedFields) {
            readField(definition, i, p + definition.offset[i]);
        }
        if (definition.globalMessage == FitProfile.HR) {
            heartRates.read(bytes, p, definition);
        }
        messages.dispatch(definition.globalMessage, compressedTime);
        return p + definition.messageSize;
    }

    /** Reads one field's first value as a raw unsigned or signed long; leaves it unset when invalid. */
    private void readField(FitDefinition definition, int index, int p) {
        int reader = definition.reader[index];
        int number = definition.fieldNumber[index];
        if (reader == FitDefinition.BYTES) {
            // a byte array read whole, least significant byte first (compressed_speed_distance)
            long value = 0;
            boolean allInvalid = true;
            for (int b = definition.size[index] - 1; b >= 0; b--) {
                int octet = bytes[p + b] & 0xFF;
                allInvalid &= octet == 0xFF;
                value = (value << 8) | octet;
            }
            if (!allInvalid) {
                fields.set(number, value);
            }
            return;
        }
        long value = switch (reader) {
            case 1 -> bytes[p] & 0xFFL;
            case 2 -> FitBytes.u16(bytes, p, definition.bigEndian);
            case 4 -> FitBytes.u32(bytes, p, definition.bigEndian);
            default -> FitBytes.u64(bytes, p, definition.bigEndian);
        };
        if (value == definition.invalid[index]) {
            return;
        }
        if (definition.signed[index] && reader < 8) {
            int shift = 64 - reader * 8;
            value = (value << shift) >> shift;
        }
        fields.set(number, value);
    }
}
