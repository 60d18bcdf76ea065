package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.training.RecordedSet;

/** Strength sets from a watch: our encoder writes them as Garmin does, our decoder reads them back. */
class FitStrengthTest {
    static final Instant START = Instant.parse("2026-11-24T17:30:00Z");
    static final List<StrengthFitFiles.Set> SETS = List.of(
            new StrengthFitFiles.Set(28, 3, 8, 60, 40),
            new StrengthFitFiles.Set(28, 3, 8, 62.5, 42),
            new StrengthFitFiles.Set(15, 7, 6, 0, 30),
            new StrengthFitFiles.Set(19, -1, -1, 0, 45));

    @Test
    void eachActiveSetIsReadWithItsCategoryRepsWeightAndDuration() throws Exception {
        ActivityReaders.Read read = ActivityReaders.withDefaultLimit().read(StrengthFitFiles.session(START, SETS));
        assertThat(read.format()).isEqualTo(ActivityFormat.FIT);
        assertThat(read.activities()).hasSize(1);
        assertThat(read.activities().get(0).sport()).isEqualTo(Sport.STRENGTH);
        assertThat(read.activities().get(0).startTime()).isEqualTo(START);
        assertThat(read.sets())
                .as("the rests between sets are left out")
                .containsExactly(
                        new RecordedSet(START.getEpochSecond(), 40, 8, 60, 28, 3),
                        new RecordedSet(START.getEpochSecond() + 100, 42, 8, 62.5, 28, 3),
                        new RecordedSet(START.getEpochSecond() + 202, 30, 6, Double.NaN, 15, 7),
                        new RecordedSet(START.getEpochSecond() + 292, 45, -1, Double.NaN, 19, -1));
    }

    @Test
    void aFileWithoutCategoriesStillDecodesAndSaysSo() throws Exception {
        ActivityReaders.Read read = ActivityReaders.withDefaultLimit()
                .read(StrengthFitFiles.session(START, List.of(new StrengthFitFiles.Set(-1, -1, 10, 20, 30))));
        assertThat(read.sets())
                .singleElement()
                .extracting(RecordedSet::category)
                .isEqualTo(-1);
    }

    @Test
    void otherTrainingIsNotStrengthAndRunsHaveNoSets() throws Exception {
        ActivityReaders.Read cardio = ActivityReaders.withDefaultLimit()
                .read(StrengthFitFiles.session(START, List.of(new StrengthFitFiles.Set(2, -1, 20, 0, 60)), 10, 26));
        assertThat(cardio.activities().get(0).sport()).isEqualTo(Sport.OTHER);
        ActivityReaders.Read run = ActivityReaders.withDefaultLimit().read(Data.bytes("activities/fit/Fenix-2.fit"));
        assertThat(run.sets()).isEmpty();
    }

    @Test
    void theEncodersHeaderAndFileCrcsAreTheProtocolsReference() {
        byte[] file = StrengthFitFiles.session(START, SETS);
        assertThat(FitCrc.reference(file, 0, 12)).isEqualTo((file[12] & 0xFF) | (file[13] & 0xFF) << 8);
        assertThat(FitCrc.reference(file, 0, file.length))
                .as("a file with its CRC checks to 0")
                .isZero();
    }
}
