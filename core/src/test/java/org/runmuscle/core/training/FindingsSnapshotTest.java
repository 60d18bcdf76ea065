package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.testing.SnapshotBytes;

class FindingsSnapshotTest {
    private static final FindingTexts.File JSON = FindingTexts.fromJson();

    @Test
    void theShippedWordsAreTheBuildsSnapshotAndHoldExactlyWhatTheJsonHolds() throws IOException {
        assertThat(FindingTexts.class.getResource(FindingsSnapshot.RESOURCE))
                .as("the build (process-classes) writes the snapshot")
                .isNotNull();
        try (var in = FindingTexts.class.getResourceAsStream(FindingsSnapshot.RESOURCE)) {
            assertThat(FindingsSnapshot.read(in)).isEqualTo(JSON);
        }
        assertThat(JSON.findings())
                .as("absent untested texts are there to lose")
                .anyMatch(e -> e.titleUntested() == null)
                .anyMatch(e -> e.titleUntested() != null);
        assertThat(FindingTexts.load().ids())
                .isEqualTo(JSON.findings().stream().map(FindingTexts.Entry::id).toList());
    }

    @Test
    void aSnapshotReadsBackEqualToTheWordsWrittenInTheirOrder() throws IOException {
        FindingTexts.File read = FindingsSnapshot.read(new ByteArrayInputStream(bytes(JSON)));
        assertThat(read).isEqualTo(JSON);
        assertThat(read.soreness().groups().keySet())
                .containsExactlyElementsOf(JSON.soreness().groups().keySet());
    }

    @Test
    void aTruncatedOrForeignSnapshotIsRefusedWithAReason() throws IOException {
        SnapshotBytes.assertDamageRefused(
                bytes(JSON), FindingsSnapshot::read, UncheckedIOException.class, "findings.bin");
    }

    private static byte[] bytes(FindingTexts.File file) throws IOException {
        return SnapshotBytes.of(out -> FindingsSnapshot.write(file, out));
    }
}
