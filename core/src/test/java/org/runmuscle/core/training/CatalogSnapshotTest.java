package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.testing.SnapshotBytes;

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
        SnapshotBytes.assertDamageRefused(
                bytes(JSON), CatalogSnapshot::read, UncheckedIOException.class, "exercises.bin");
    }

    private static byte[] bytes(List<Exercise> exercises) throws IOException {
        return SnapshotBytes.of(out -> CatalogSnapshot.write(exercises, out));
    }
}
