package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

/** Definitions written again and again on one local type are found again by their bytes, never mixed up. */
class FitDefinitionsTest {
    private static final long START = FitWriter.fitTime(1_767_225_600L);

    @Test
    void twoDefinitionsTakingTurnsOnOneLocalTypeEachDecodeTheirOwnFields() throws ActivityFormatException {
        FitWriter fit = new FitWriter();
        for (int s = 0; s < 100; s++) {
            if (s % 2 == 0) {
                // time and heart rate
                fit.define(
                        0,
                        20,
                        new FitWriter.Field(253, 4, FitWriter.UINT32),
                        new FitWriter.Field(3, 1, FitWriter.UINT8));
                fit.write(0, START + s, 120 + s % 50);
            } else {
                // time, cadence and heart rate: the same fields in another order, one more
                fit.define(
                        0,
                        20,
                        new FitWriter.Field(253, 4, FitWriter.UINT32),
                        new FitWriter.Field(4, 1, FitWriter.UINT8),
                        new FitWriter.Field(3, 1, FitWriter.UINT8));
                fit.write(0, START + s, 85, 120 + s % 50);
            }
        }
        Samples records = FitDecoder.decode(fit.bytes()).records.build();
        assertThat(records.size()).isEqualTo(100);
        for (int s = 0; s < 100; s++) {
            assertThat(records.get(Channel.HEART_RATE, s)).isEqualTo(120 + s % 50);
            if (s % 2 == 0) {
                assertThat(records.get(Channel.CADENCE, s)).isNaN();
            } else {
                assertThat(records.get(Channel.CADENCE, s)).isEqualTo(85);
            }
        }
    }

    @Test
    void aFileWithMoreDifferentDefinitionsThanAreKeptStillDecodesEachRecord() throws ActivityFormatException {
        FitWriter fit = new FitWriter();
        for (int s = 0; s < 200; s++) {
            // 200 different definitions: a string field of growing size makes each one new
            fit.define(
                    s % 16,
                    20,
                    new FitWriter.Field(253, 4, FitWriter.UINT32),
                    new FitWriter.Field(3, 1, FitWriter.UINT8),
                    new FitWriter.Field(200, 1 + s, FitWriter.STRING));
            fit.write(s % 16, new long[] {START + s, 100 + s % 100, 0}, "x");
        }
        Samples records = FitDecoder.decode(fit.bytes()).records.build();
        assertThat(records.size()).isEqualTo(200);
        assertThat(records.get(Channel.HEART_RATE, 199)).isEqualTo(199);
    }
}
