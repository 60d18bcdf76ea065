package org.runmuscle.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes FIT files: definition messages, data messages, the 14-byte header and both CRCs, little
 * endian. Ours, like the decoder: Garmin's SDK licence forbids redistributing it under open terms.
 * It writes what runmuscle needs (activities for tests, workouts for watches) and knows no
 * profile: callers name message and field numbers from the FIT profile.
 */
public final class FitWriter {
    /** FIT base types (the base type byte, endian bit included for multi-byte types). */
    public static final int ENUM = 0x00;

    public static final int UINT8 = 0x02;
    public static final int UINT16 = 0x84;
    public static final int SINT32 = 0x85;
    public static final int UINT32 = 0x86;
    public static final int UINT32Z = 0x8C;
    public static final int STRING = 0x07;
    /** A value that writes the type's "no value" sentinel. */
    public static final long NONE = Long.MIN_VALUE;

    static final int PROTOCOL_VERSION = 0x20;
    /** Profile version 21.32, as recent SDKs write. */
    static final int PROFILE_VERSION = 2132;

    /** A field of a definition: its number in the message, its size in bytes and its base type. */
    public record Field(int number, int size, int baseType) {
        public Field {
            int unit = FitProfile.baseTypeSize(baseType);
            if (number < 0 || number > 255 || size < 1 || size > 255 || unit == 0 || size % unit != 0) {
                throw new IllegalArgumentException("bad FIT field " + number + " of " + size + " bytes");
            }
        }
    }

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final Field[][] definitions = new Field[16][];

    /** Declares local message type {@code local} as global message {@code global} with these fields. */
    public FitWriter define(int local, int global, Field... fields) {
        data.write(0x40 | local);
        data.write(0);
        data.write(0); // little endian
        data.write(global & 0xFF);
        data.write(global >> 8 & 0xFF);
        data.write(fields.length);
        for (Field f : fields) {
            data.write(f.number());
            data.write(f.size());
            data.write(f.baseType());
        }
        definitions[local] = fields.clone();
        return this;
    }

    /**
     * A data message of local type {@code local}: one value per field in the definition's order. A
     * string field takes its value from {@code text}; an array field's value fills its first element
     * and the rest hold "no value".
     */
    public FitWriter write(int local, long... values) {
        return write(local, values, "");
    }

    /** As {@link #write(int, long...)}, with the text of the message's string field. */
    public FitWriter write(int local, long[] values, String text) {
        Field[] fields = definitions[local];
        if (fields == null || values.length != fields.length) {
            throw new IllegalArgumentException("local message " + local + " needs one value per defined field");
        }
        data.write(local);
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            if (f.baseType() == STRING) {
                byte[] bytes = Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), f.size());
                bytes[f.size() - 1] = 0;
                data.writeBytes(bytes);
                continue;
            }
            int unit = FitProfile.baseTypeSize(f.baseType());
            long none = none(f.baseType(), unit);
            for (int element = 0; element < f.size() / unit; element++) {
                long value = element == 0 && values[i] != NONE ? values[i] : none;
                for (int b = 0; b < unit; b++) {
                    data.write((int) (value >> (8 * b)) & 0xFF);
                }
            }
        }
        return this;
    }

    private static long none(int baseType, int unit) {
        long sentinel = FitProfile.invalid(baseType);
        return sentinel == -1 ? (unit == 8 ? -1L : (1L << (unit * 8)) - 1) : sentinel;
    }

    /** The whole file: header with its CRC, the messages, the file CRC. */
    public byte[] bytes() {
        byte[] body = data.toByteArray();
        byte[] file = new byte[14 + body.length + 2];
        file[0] = 14;
        file[1] = (byte) PROTOCOL_VERSION;
        file[2] = (byte) (PROFILE_VERSION & 0xFF);
        file[3] = (byte) (PROFILE_VERSION >> 8);
        for (int b = 0; b < 4; b++) {
            file[4 + b] = (byte) (body.length >> (8 * b));
        }
        file[8] = '.';
        file[9] = 'F';
        file[10] = 'I';
        file[11] = 'T';
        int headerCrc = FitCrc.of(file, 0, 12);
        file[12] = (byte) headerCrc;
        file[13] = (byte) (headerCrc >> 8);
        System.arraycopy(body, 0, file, 14, body.length);
        int crc = FitCrc.of(file, 0, 14 + body.length);
        file[14 + body.length] = (byte) crc;
        file[15 + body.length] = (byte) (crc >> 8);
        return file;
    }

    /** FIT time (seconds since 1989-12-31T00:00Z) of a Unix time in seconds. */
    public static long fitTime(long unixSeconds) {
        return unixSeconds - FitProfile.FIT_EPOCH_UNIX_SECONDS;
    }
}
