package org.runmuscle.core.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.testing.SnapshotBytes;

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
        SnapshotBytes.assertDamageRefused(bytes(JSON), AtlasSnapshot::read, AtlasDataException.class, "atlas.bin");
    }

    private static byte[] bytes(Atlas atlas) throws IOException {
        return SnapshotBytes.of(out -> AtlasSnapshot.write(atlas, out));
    }

    private static void assertSame(Atlas actual, Atlas expected) {
        assertThat(actual.groups()).isEqualTo(expected.groups());
        assertThat(actual.muscles()).isEqualTo(expected.muscles());
        assertThat(actual.sources()).isEqualTo(expected.sources());
        assertThat(actual.lookup("glute med")).isEqualTo(expected.lookup("glute med"));
    }
}
