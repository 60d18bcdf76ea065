package org.runmuscle.core.load;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;

/**
 * Every node of the {@link LoadGrid}, tabulated once and kept in a file that later processes map
 * instead of tabulating the nodes their runs reach. {@code analyze} of the 21 shared FIT files
 * reaches 835 of the 3,192 nodes, 150-185 ms of tabulation on the client compiler (measured
 * 2026-12-01); a mapped file costs about a millisecond, and only the pages of the nodes read are
 * touched. The launcher writes it once per build of the jar, beside the class-data archive and
 * for the same reason; the app's {@code GridFiles} writes and maps the file, this class its bytes.
 *
 * <p>The values are the model's own, to the bit: the file is written by the same code on the same
 * machine, and it carries the level-running rates that every grid computes when it is made; bytes
 * whose rates differ from those just computed (another model, another build), or whose size or
 * header is not this build's, are not used. Layout, big-endian: magic, version, nodes, muscles,
 * values per muscle (ints); the grid's axes and points per cycle (7 doubles); the level-running
 * rates (muscles x 3 doubles); then the nodes in grid order, {@link LoadGrid#PER_MUSCLE} doubles per
 * muscle.
 */
final class GridFile {
    private static final int MAGIC = 0x524d4744; // "RMGD"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 5 * Integer.BYTES;
    /** Where the grid's nodes lie and how finely a cycle is tabulated: a file made for others is not used. */
    private static final double[] AXES = {
        LoadGrid.SPEED_MIN,
        LoadGrid.SPEED_STEP,
        LoadGrid.GRADE_MIN,
        LoadGrid.GRADE_STEP,
        LoadGrid.RATIO_MIN,
        LoadGrid.RATIO_STEP,
        LoadGrid.POINTS
    };

    private GridFile() {}

    /** Tabulates every node of {@code grid} and writes them to {@code out}. */
    static void write(LoadGrid grid, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(LoadGrid.CELLS);
        data.writeInt(grid.muscles);
        data.writeInt(LoadGrid.PER_MUSCLE);
        for (double axis : AXES) {
            data.writeDouble(axis);
        }
        for (double rate : grid.levelRates()) {
            data.writeDouble(rate);
        }
        for (int cell = 0; cell < LoadGrid.CELLS; cell++) {
            for (double rate : grid.rates(cell)) {
                data.writeDouble(rate);
            }
        }
        data.flush();
    }

    /**
     * The nodes in {@code bytes}, if they are a grid of this model: the header and size match and
     * the level-running rates equal {@code levelRates} bit for bit. Null otherwise: the grid then
     * tabulates its nodes as they are reached.
     */
    static DoubleBuffer nodes(ByteBuffer bytes, int muscles, double[] levelRates) {
        long size = HEADER_BYTES
                + (long) AXES.length * Double.BYTES
                + (long) levelRates.length * Double.BYTES
                + (long) LoadGrid.CELLS * muscles * LoadGrid.PER_MUSCLE * Double.BYTES;
        ByteBuffer in = bytes.duplicate();
        try {
            if (in.remaining() != size
                    || in.getInt() != MAGIC
                    || in.getInt() != VERSION
                    || in.getInt() != LoadGrid.CELLS
                    || in.getInt() != muscles
                    || in.getInt() != LoadGrid.PER_MUSCLE) {
                return null;
            }
            for (double axis : AXES) {
                if (Double.doubleToRawLongBits(in.getDouble()) != Double.doubleToRawLongBits(axis)) {
                    return null;
                }
            }
            for (double rate : levelRates) {
                if (Double.doubleToRawLongBits(in.getDouble()) != Double.doubleToRawLongBits(rate)) {
                    return null;
                }
            }
            return in.slice().asDoubleBuffer();
        } catch (BufferUnderflowException e) {
            return null;
        }
    }
}
