package org.runmuscle.ingest;

/**
 * The FIT protocol's 16-bit CRC. It is CRC-16/ARC (reflected polynomial 0xA001, initial value 0):
 * the protocol's nibble-wise reference algorithm gives the same value, and a byte table is faster.
 */
final class FitCrc {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private FitCrc() {
    }

    static int of(byte[] bytes, int from, int length) {
        int crc = 0;
        for (int i = from, end = from + length; i < end; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ bytes[i]) & 0xFF];
        }
        return crc;
    }
}
