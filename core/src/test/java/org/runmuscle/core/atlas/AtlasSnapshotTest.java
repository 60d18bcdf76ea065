package org.runmuscle.core.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AtlasSnapshotTest {
    private static final Atlas JSON = Atlas.fromJson();

    @Test
    void theShippedAtlasIsTheBuildsSnapshotAndHoldsExactlyWhatTheJsonHolds() {
        assertThat(Atlas.class.getResource(AtlasSnapshot.RESOURCE))
                .as("the build (process-classes) writes the snapshot")
                .isNotNull();
        assertSame(Atlas.load(), JSON);
    }

    @Test
    void aSnapshotReadsBackEqualToTheAtlasWritten() throws IOException {
        assertSame(AtlasSnapshot.read(new ByteArrayInputStream(bytes(JSON))), JSON);
    }

    @Test
    void aTruncatedOrForeignSnapshotIsRefusedWithAReason() throws IOException {
        byte[] whole = bytes(JSON);
        assertThatThrownBy(() -> AtlasSnapshot.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))))
                .isInstanceOf(AtlasDataException.class)
                .hasMessageContaining("atlas.bin is invalid: it ends early");
        byte[] foreign = whole.clone();
        foreign[7]++;
        assertThatThrownBy(() -> AtlasSnapshot.read(new ByteArrayInputStream(foreign)))
                .isInstanceOf(AtlasDataException.class)
                .hasMessageContaining("atlas.bin is invalid: not this build's snapshot");
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> AtlasSnapshot.read(new ByteArrayInputStream(longer)))
                .isInstanceOf(AtlasDataException.class)
                .hasMessageContaining("bytes after its end");
    }

    private static byte[] bytes(Atlas atlas) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            AtlasSnapshot.write(atlas, out);
        }
        return bytes.toByteArray();
    }

    private static void assertSame(Atlas actual, Atlas expected) {
        assertThat(actual.groups()).isEqualTo(expected.groups());
        assertThat(actual.muscles()).isEqualTo(expected.muscles());
        assertThat(actual.sources()).isEqualTo(expected.sources());
        assertThat(actual.lookup("glute med")).isEqualTo(expected.lookup("glute med"));
    }
}
