package org.runmuscle.ingest;

import java.util.Arrays;

/**
 * A FIT definition message, compiled once so that each data message that follows it is decoded
 * with array lookups: for each field, where it starts, how to read it and whether we want it.
 */
final class FitDefinition {
    final int globalMessage;
    final boolean bigEndian;
    final int fieldCount;
    final int[] fieldNumber;
    final int[] offset;
    final int[] size;
    final int[] baseType;
    /** How to read each wanted field: {@link #SKIP}, {@link #BYTES} or the size of one integer value. */
    final int[] reader;
    /** The raw value that means "no value" for each field's type. */
    final long[] invalid;

    final boolean[] signed;
    /** The indices of the wanted fields, in order: a data message visits only these. */
    final int[] wantedFields;

    static final int SKIP = 0;
    static final int BYTES = -1;
    /** Bytes of one data message: the fields, then developer fields, which we skip whole. */
    final int messageSize;

    FitDefinition(
            int globalMessage, boolean bigEndian, int[] fieldNumber, int[] size, int[] baseType, int developerBytes) {
        this.globalMessage = globalMessage;
        this.bigEndian = bigEndian;
        this.fieldCount = fieldNumber.length;
        this.fieldNumber = fieldNumber;
        this.size = size;
        this.baseType = baseType;
        this.offset = new int[fieldCount];
        boolean[] wanted = new boolean[fieldCount];
        this.reader = new int[fieldCount];
        this.invalid = new long[fieldCount];
        this.signed = new boolean[fieldCount];
        int at = 0;
        for (int i = 0; i < fieldCount; i++) {
            offset[i] = at;
            at += size[i];
            reader[i] = readerFor(size[i], baseType[i]);
            wanted[i] = reader[i] != SKIP && FitProfile.wanted(globalMessage, fieldNumber[i]);
            int typeSize = FitProfile.baseTypeSize(baseType[i]);
            long sentinel = FitProfile.invalid(baseType[i]);
            invalid[i] = sentinel == -1 && typeSize > 0 && typeSize < 8 ? (1L << (typeSize * 8)) - 1 : sentinel;
            signed[i] = FitProfile.isSigned(baseType[i]);
        }
        this.messageSize = at + developerBytes;
        int count = 0;
        int[] indices = new int[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            if (wanted[i]) {
                indices[count++] = i;
            }
        }
        this.wantedFields = Arrays.copyOf(indices, count);
    }

    /**
     * Strings and unknown types are skipped; a byte array of up to 8 bytes is read whole (packed
     * fields such as compressed_speed_distance); other arrays give their first value.
     */
    private static int readerFor(int size, int baseType) {
        int typeSize = FitProfile.baseTypeSize(baseType);
        if (typeSize == 0 || size == 0 || size % typeSize != 0 || (baseType & 0x1F) == 0x07) {
            return SKIP;
        }
        if ((baseType & 0x1F) == 0x0D && size <= 8) {
            return BYTES;
        }
        return typeSize;
    }
}
