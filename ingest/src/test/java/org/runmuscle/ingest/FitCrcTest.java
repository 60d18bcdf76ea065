package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FitCrcTest {
    @Test
    void matchesTheCrc16ArcCheckValue() {
        // CRC-16/ARC of "123456789" is 0xBB3D by definition of the algorithm.
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(FitCrc.of(check, 0, check.length)).isEqualTo(0xBB3D);
        assertThat(FitCrc.reference(check, 0, check.length)).isEqualTo(0xBB3D);
    }

    @Test
    void aWholeRealFileChecksToZero() {
        byte[] fit = Data.bytes("activities/fit/garmin-fenix-5-run.fit");
        assertThat(FitCrc.of(fit, 0, fit.length)).isZero();
    }

    @Property(tries = 500)
    void slicingByEightEqualsTheProtocolsReferenceAlgorithm(
            @ForAll @Size(max = 100) byte[] bytes, @ForAll @IntRange(max = 7) int skip) {
        int from = Math.min(skip, bytes.length);
        assertThat(FitCrc.of(bytes, from, bytes.length - from))
                .isEqualTo(FitCrc.reference(bytes, from, bytes.length - from));
    }
}
