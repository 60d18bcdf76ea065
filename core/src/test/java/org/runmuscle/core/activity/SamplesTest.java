package org.runmuscle.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The columnar samples and their builder, whose arrays the built samples take over untrimmed. */
class SamplesTest {
    @Test
    void builtSamplesHoldTheirRowsAndNotTheBuildersSpareCapacity() {
        Samples.Builder builder = Samples.builder(1000);
        for (int i = 0; i < 3; i++) {
            builder.newRow().set(Channel.TIME, 100 + i);
            if (i == 1) {
                builder.set(Channel.HEART_RATE, 150);
            }
        }
        Samples samples = builder.build();

        assertThat(samples.size()).isEqualTo(3);
        assertThat(samples.column(Channel.TIME)).containsExactly(100, 101, 102);
        assertThat(samples.column(Channel.HEART_RATE)).containsExactly(Double.NaN, 150, Double.NaN);
        assertThat(samples.has(Channel.CADENCE)).isFalse();
        assertThat(samples.column(Channel.CADENCE)).hasSize(3).containsOnly(Double.NaN);
        assertThat(samples.slice(1, 3).column(Channel.TIME)).containsExactly(101, 102);
        assertThatThrownBy(() -> samples.get(Channel.TIME, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aDroppedRowLeavesNothingBehindAndGrownColumnsStartMissing() {
        Samples.Builder builder = Samples.builder(0);
        builder.newRow().set(Channel.TIME, 1).set(Channel.HEART_RATE, 140);
        builder.newRow().set(Channel.HEART_RATE, 141).set(Channel.CADENCE, 80);
        builder.dropRow();
        for (int i = 2; i < 40; i++) { // past the first capacity (16) and its first growth (40)
            builder.newRow().set(Channel.TIME, i);
            if (i == 39) {
                builder.set(Channel.POWER, 300);
            }
        }
        Samples samples = builder.build();

        assertThat(samples.size()).isEqualTo(39);
        assertThat(samples.get(Channel.HEART_RATE, 0)).isEqualTo(140);
        assertThat(samples.get(Channel.TIME, 1)).isEqualTo(2);
        assertThat(samples.column(Channel.HEART_RATE))
                .as("the dropped row's 141 is gone")
                .containsOnlyOnce(140);
        assertThat(samples.has(Channel.CADENCE))
                .as("only the dropped row had a cadence")
                .isFalse();
        assertThat(samples.column(Channel.POWER)).containsOnlyOnce(300).endsWith(300);
        for (Channel channel : new Channel[] {Channel.HEART_RATE, Channel.POWER}) {
            assertThat(Arrays.stream(samples.column(channel)).filter(v -> !Double.isNaN(v)))
                    .as("no %s but the one set, in grown columns too", channel)
                    .hasSize(1);
        }
    }

    @Test
    void aBuilderCannotChangeSamplesItHasBuilt() {
        Samples.Builder builder = Samples.builder(16);
        builder.newRow().set(Channel.TIME, 1);
        Samples samples = builder.build();

        assertThatThrownBy(builder::newRow).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.set(Channel.TIME, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
        assertThat(samples.column(Channel.TIME)).containsExactly(1);
    }

    @Test
    void columnsHandedOverAreTrimmedToTheRows() {
        double[][] columns = new double[Channel.values().length][];
        columns[Channel.TIME.ordinal()] = new double[] {1, 2, 3, 4};
        Samples samples = Samples.ofColumns(columns, 2);

        assertThat(samples.column(Channel.TIME)).containsExactly(1, 2);
        assertThat(samples.has(Channel.SPEED)).isFalse();
    }

    @Test
    void oneColumnReplacedLeavesTheOthersAndTheOriginalAsTheyWere() {
        Samples.Builder builder = Samples.builder(8);
        builder.newRow().set(Channel.TIME, 10).set(Channel.DISTANCE, 1);
        builder.newRow().set(Channel.TIME, 11);
        Samples samples = builder.build();

        Samples shifted = samples.withColumn(Channel.TIME, new double[] {20, 21, 99});

        assertThat(shifted.column(Channel.TIME)).containsExactly(20, 21);
        assertThat(shifted.column(Channel.DISTANCE)).containsExactly(1, Double.NaN);
        assertThat(shifted.has(Channel.SPEED)).isFalse();
        assertThat(samples.column(Channel.TIME)).containsExactly(10, 11);
        assertThatThrownBy(() -> samples.withColumn(Channel.SPEED, new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
