package org.runmuscle.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

/**
 * Samples as a compact binary column, so runs can be re-analysed when the model improves. Times
 * are kept as doubles (sub-second precision over years); other channels as 32-bit floats, about
 * 7 significant digits (0.5 m of latitude, 0.01 bpm), which is finer than any watch measures. A
 * channel with no value at all is left out. The whole is deflated.
 */
final class SampleCodec {
    private static final byte VERSION = 1;
    private static final Channel[] CHANNELS = Channel.values();

    private SampleCodec() {
    }

    static byte[] encode(Samples samples) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeByte(VERSION);
            out.writeInt(samples.size());
            int present = 0;
            for (Channel channel : CHANNELS) {
                if (samples.has(channel)) {
                    present |= 1 << channel.ordinal();
                }
            }
            out.writeInt(present);
            for (Channel channel : CHANNELS) {
                if ((present & 1 << channel.ordinal()) == 0) {
                    continue;
                }
                for (int i = 0; i < samples.size(); i++) {
                    double value = samples.get(channel, i);
                    if (channel == Channel.TIME) {
                        out.writeDouble(value);
                    } else {
                        out.writeFloat((float) value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Samples decode(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(stored)))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new StoreException("stored samples have format version " + version + "; this runmuscle reads " + VERSION);
            }
            int size = in.readInt();
            int present = in.readInt();
            double[][] columns = new double[CHANNELS.length][size];
            for (Channel channel : CHANNELS) {
                double[] column = columns[channel.ordinal()];
                if ((present & 1 << channel.ordinal()) == 0) {
                    java.util.Arrays.fill(column, Double.NaN);
                    continue;
                }
                for (int i = 0; i < size; i++) {
                    column[i] = channel == Channel.TIME ? in.readDouble() : in.readFloat();
                }
            }
            return Samples.ofColumns(columns, size);
        } catch (IOException e) {
            throw new StoreException("stored samples are corrupt: " + e.getMessage(), e);
        }
    }
}
