package org.runmuscle.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.testing.SnapshotBytes;

class ForceSnapshotTest {
    private static final List<MuscleForces> JSON = MuscleForceModel.fromJson();

    @Test
    void theShippedSnapshotHoldsExactlyTheBurstsOfTheJson() throws IOException {
        try (InputStream shipped = MuscleForceModel.class.getResourceAsStream(ForceSnapshot.RESOURCE)) {
            assertThat(shipped)
                    .as("the build (process-classes) writes the snapshot")
                    .isNotNull();
            assertThat(ForceSnapshot.read(shipped)).isEqualTo(JSON);
        }
    }

    @Test
    void aSnapshotReadsBackEqualAndATruncatedOneIsRefused() throws IOException {
        byte[] whole = SnapshotBytes.of(out -> ForceSnapshot.write(JSON, out));
        assertThat(ForceSnapshot.read(new ByteArrayInputStream(whole))).isEqualTo(JSON);
        assertThatThrownBy(() -> ForceSnapshot.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 3))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model resource muscle-forces.bin is invalid: it ends early");
    }
}
