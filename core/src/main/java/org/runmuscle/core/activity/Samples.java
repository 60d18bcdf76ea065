package org.runmuscle.core.activity;

import java.util.Arrays;

/**
 * The recorded points of one activity, stored by column: one {@code double[]} per {@link Channel},
 * NaN for a missing value. A ten-hour run at 1 Hz is 36,000 rows and nine arrays, not 36,000
 * objects. Immutable once built; times strictly increase.
 */
public final class Samples {
    private static final Channel[] CHANNELS = Channel.values();
    /**
     * One array per channel; null for a channel with no value at all, so that the channels a
     * recording lacks (most carry 5 to 9 of the 13) cost nothing to build, slice or clean.
     */
    private final double[][] columns;

    private final int size;

    private Samples(double[][] columns, int size) {
        this.columns = columns;
        this.size = size;
    }

    public static Builder builder(int expectedRows) {
        return new Builder(expectedRows);
    }

    /**
     * Samples from whole columns, indexed by {@link Channel#ordinal()}, of which the first
     * {@code size} values are used; for readers that fill arrays directly. The caller hands the
     * arrays over and must not change them afterwards: a column of exactly {@code size} values is
     * kept as it is (no copy), a longer one is trimmed; a null column has no value at all.
     */
    public static Samples ofColumns(double[][] columns, int size) {
        if (columns.length != CHANNELS.length) {
            throw new IllegalArgumentException("need one column per channel, " + CHANNELS.length);
        }
        double[][] owned = new double[CHANNELS.length][];
        for (int c = 0; c < CHANNELS.length; c++) {
            if (columns[c] == null) {
                continue;
            }
            if (columns[c].length < size) {
                throw new IllegalArgumentException("column " + CHANNELS[c] + " is shorter than " + size);
            }
            owned[c] = columns[c].length == size ? columns[c] : Arrays.copyOf(columns[c], size);
        }
        return new Samples(owned, size);
    }

    /**
     * These samples with {@code channel}'s values replaced by {@code values}, which the caller hands
     * over as to {@link #ofColumns}; the other columns are shared, not copied, since samples never
     * change once built.
     */
    public Samples withColumn(Channel channel, double[] values) {
        if (values.length < size) {
            throw new IllegalArgumentException("column " + channel + " is shorter than " + size);
        }
        double[][] replaced = columns.clone();
        replaced[channel.ordinal()] = values.length == size ? values : Arrays.copyOf(values, size);
        return new Samples(replaced, size);
    }

    /** A column of {@code size} missing values. */
    private static double[] missing(int size) {
        double[] column = new double[size];
        Arrays.fill(column, Double.NaN);
        return column;
    }

    public static Samples empty() {
        return builder(0).build();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The value of {@code channel} at {@code row}; NaN where the file had none. */
    public double get(Channel channel, int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        double[] column = columns[channel.ordinal()];
        return column == null ? Double.NaN : column[row];
    }

    public double time(int row) {
        return get(Channel.TIME, row);
    }

    /** Whether any row has a value for {@code channel}. */
    public boolean has(Channel channel) {
        double[] column = columns[channel.ordinal()];
        if (column == null) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(column[i])) {
                return true;
            }
        }
        return false;
    }

    /** A copy of one column, for code that works on whole arrays. */
    public double[] column(Channel channel) {
        double[] column = columns[channel.ordinal()];
        return column == null ? missing(size) : Arrays.copyOf(column, size);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as their own samples. */
    public Samples slice(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + size);
        }
        double[][] sliced = new double[CHANNELS.length][];
        for (int c = 0; c < CHANNELS.length; c++) {
            sliced[c] = columns[c] == null ? null : Arrays.copyOfRange(columns[c], from, to);
        }
        return new Samples(sliced, to - from);
    }

    /**
     * Appends rows one at a time; a row starts as all NaN and takes the values set on it. A column
     * is allocated when its channel is first set: most recordings carry 5 to 9 of the 13 channels,
     * and writing NaN to the others on every row cost the FIT decoder a fifth of its speed.
     */
    public static final class Builder {
        private final double[][] columns = new double[CHANNELS.length][];
        private int capacity;
        private int size;
        private boolean open;
        private boolean built;

        private Builder(int expectedRows) {
            capacity = Math.max(16, expectedRows);
        }

        /**
         * Starts a new row with every channel missing. The columns hold NaN beyond their last row
         * already (filled when made or grown), so a row costs nothing per channel. Writing NaN into
         * each column for every row was work for nothing: {@code bench decode} of the FIT folder,
         * median pass 13.7 -> 12.9 ms in one batch of five runs; the fastest pass did not change.
         */
        public Builder newRow() {
            refuseWhenBuilt();
            if (size == capacity) {
                int grown = size + (size >> 1) + 16;
                for (int c = 0; c < columns.length; c++) {
                    if (columns[c] != null) {
                        columns[c] = Arrays.copyOf(columns[c], grown);
                        Arrays.fill(columns[c], capacity, grown, Double.NaN);
                    }
                }
                capacity = grown;
            }
            size++;
            open = true;
            return this;
        }

        /** Sets a value on the current row. */
        public Builder set(Channel channel, double value) {
            if (!open) {
                throw new IllegalStateException("call newRow() first");
            }
            double[] column = columns[channel.ordinal()];
            if (column == null) {
                column = new double[capacity];
                Arrays.fill(column, Double.NaN);
                columns[channel.ordinal()] = column;
            }
            column[size - 1] = value;
            return this;
        }

        /** The value of {@code channel} on the current row. */
        public double current(Channel channel) {
            double[] column = columns[channel.ordinal()];
            return open && column != null ? column[size - 1] : Double.NaN;
        }

        /** Drops the current row (a point the reader decided not to keep). */
        public Builder dropRow() {
            if (open) {
                size--;
                for (double[] column : columns) {
                    if (column != null) {
                        column[size] = Double.NaN;
                    }
                }
                open = size > 0;
            }
            return this;
        }

        public int size() {
            return size;
        }

        /**
         * The samples, over this builder's arrays as they are: the columns are not trimmed to the
         * rows, since every reader's samples are cleaned into arrays of their own next, and the
         * trimmed copy was two fifths of what decoding a FIT file allocated (Flight Recorder). The
         * builder cannot add rows afterwards.
         */
        public Samples build() {
            refuseWhenBuilt();
            Samples samples = new Samples(columns.clone(), size);
            Arrays.fill(columns, null);
            open = false;
            built = true;
            return samples;
        }

        private void refuseWhenBuilt() {
            if (built) {
                throw new IllegalStateException("these samples are built: start a new builder");
            }
        }
    }
}
