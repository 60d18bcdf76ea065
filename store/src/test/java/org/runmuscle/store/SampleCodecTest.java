package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

class SampleCodecTest {
    @Test
    void roundTripsWithinFloatPrecisionAndKeepsMissingValues() {
        Samples.Builder b = Samples.builder(4);
        for (int i = 0; i < 3600; i++) {
            b.newRow()
                    .set(Channel.TIME, 1_700_000_000.25 + i)
                    .set(Channel.DISTANCE, i * 3.1)
                    .set(Channel.HEART_RATE, i % 7 == 0 ? Double.NaN : 150)
                    .set(Channel.LATITUDE, 49.4267605 + i * 1e-6);
        }
        Samples samples = b.build();
        byte[] bytes = SampleCodec.encode(samples);
        Samples back = SampleCodec.decode(bytes);
        assertThat(back.size()).isEqualTo(3600);
        assertThat(back.time(3599)).isEqualTo(1_700_000_000.25 + 3599);
        assertThat(back.get(Channel.DISTANCE, 3599)).isCloseTo(3599 * 3.1, within(1e-3));
        assertThat(back.get(Channel.HEART_RATE, 7)).isNaN();
        assertThat(back.get(Channel.HEART_RATE, 8)).isEqualTo(150);
        assertThat(back.get(Channel.LATITUDE, 100)).isCloseTo(49.4268605, within(1e-5));
        assertThat(back.has(Channel.POWER)).isFalse();
        assertThat(bytes.length)
                .as("compact: far below 9 columns of 8-byte doubles")
                .isLessThan(3600 * 9 * 8 / 4);
    }

    @Test
    void damagedBytesAreAStoreErrorNotACrash() {
        Samples.Builder b = Samples.builder(4);
        for (int i = 0; i < 600; i++) {
            b.newRow().set(Channel.TIME, 1_700_000_000 + i).set(Channel.DISTANCE, i * 3.0);
        }
        byte[] bytes = SampleCodec.encode(b.build());
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        byte[] garbage = "not deflated at all".getBytes(StandardCharsets.UTF_8);
        Assertions.assertThatThrownBy(() -> SampleCodec.decode(cut))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("stored samples are corrupt");
        Assertions.assertThatThrownBy(() -> SampleCodec.decode(garbage))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("stored samples are corrupt");
    }
}
