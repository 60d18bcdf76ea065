package org.runmuscle.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** A snapshot's bytes as its writer makes them, and the damaged files every snapshot's reader must refuse. */
public final class SnapshotBytes {
    private SnapshotBytes() {}

    /** Writes into a snapshot's stream. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a snapshot, throwing when it is not one this build wrote. */
    public interface Reader {
        void read(InputStream in);
    }

    public static byte[] of(Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        }
        return bytes.toByteArray();
    }

    /**
     * {@code whole} cut in half, with its version changed, and with a byte after its end: each
     * refused by {@code reader} as a {@code type} naming {@code resource} and the reason.
     */
    public static void assertDamageRefused(
            byte[] whole, Reader reader, Class<? extends RuntimeException> type, String resource) {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))))
                .isInstanceOf(type)
                .hasMessageContaining(resource + " is invalid: it ends early");
        byte[] foreign = whole.clone();
        foreign[7]++;
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(foreign)))
                .isInstanceOf(type)
                .hasMessageContaining(resource + " is invalid: not this build's snapshot");
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(longer)))
                .isInstanceOf(type)
                .hasMessageContaining("bytes after its end");
    }
}
