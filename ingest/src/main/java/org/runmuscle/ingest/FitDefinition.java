package org.runmuscle.ingest;

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
    final boolean[] wanted;
    /** Bytes of one data message: the fields, then developer fields, which we skip whole. */
    final int messageSize;

    FitDefinition(int globalMessage, boolean bigEndian, int[] fieldNumber, int[] size, int[] baseType,
                  int developerBytes) {
        this.globalMessage = globalMessage;
        this.bigEndian = bigEndian;
        this.fieldCount = fieldNumber.length;
        this.fieldNumber = fieldNumber;
        this.size = size;
        this.baseType = baseType;
        this.offset = new int[fieldCount];
        this.wanted = new boolean[fieldCount];
        int at = 0;
        for (int i = 0; i < fieldCount; i++) {
            offset[i] = at;
            at += size[i];
            wanted[i] = FitProfile.wanted(globalMessage, fieldNumber[i]);
        }
        this.messageSize = at + developerBytes;
    }
}
