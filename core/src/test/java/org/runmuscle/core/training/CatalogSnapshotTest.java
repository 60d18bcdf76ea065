package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;

class CatalogSnapshotTest {
    private static final List<Exercise> JSON = ExerciseCatalog.fromJson();

    @Test
    void theShippedCatalogIsTheBuildsSnapshotAndHoldsExactlyWhatTheJsonHolds() {
        assertThat(ExerciseCatalog.class.getResource(CatalogSnapshot.RESOURCE))
                .as("the build (process-classes) writes the snapshot")
                .isNotNull();
        assertThat(ExerciseCatalog.load(Atlas.load()).all()).isEqualTo(JSON).hasSizeGreaterThan(50);
        assertThat(JSON)
                .as("the fields a snapshot could lose are all there to lose")
                .anyMatch(e ->
                        e.targets().stream().anyMatch(t -> t.activationPercent().isPresent()))
                .anyMatch(e -> !e.evidence().isEmpty())
                .anyMatch(e -> !e.easier().isEmpty())
                .anyMatch(Exercise::unilateral);
    }

    @Test
    void aSnapshotReadsBackEqualToTheExercisesWritten() throws IOException {
        assertThat(CatalogSnapshot.read(new ByteArrayInputStream(bytes(JSON)))).isEqualTo(JSON);
    }

    @Test
    void aTruncatedOrForeignSnapshotIsRefusedWithAReason() throws IOException {
        byte[] whole = bytes(JSON);
        assertThatThrownBy(() -> CatalogSnapshot.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("exercises.bin is invalid: it ends early");
        byte[] foreign = whole.clone();
        foreign[7]++;
        assertThatThrownBy(() -> CatalogSnapshot.read(new ByteArrayInputStream(foreign)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("exercises.bin is invalid: not this build's snapshot");
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> CatalogSnapshot.read(new ByteArrayInputStream(longer)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("bytes after its end");
    }

    private static byte[] bytes(List<Exercise> exercises) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CatalogSnapshot.write(exercises, out);
        }
        return bytes.toByteArray();
    }
}
