package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

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
        byte[] whole = bytes(JSON);
        assertThatThrownBy(
                        () -> FindingsSnapshot.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("findings.bin is invalid: it ends early");
        byte[] foreign = whole.clone();
        foreign[7]++;
        assertThatThrownBy(() -> FindingsSnapshot.read(new ByteArrayInputStream(foreign)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("findings.bin is invalid: not this build's snapshot");
    }

    private static byte[] bytes(FindingTexts.File file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FindingsSnapshot.write(file, out);
        }
        return bytes.toByteArray();
    }
}
