package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;

/** A shifted copy of every real recording reads as the original, days later. */
class TimeShiftTest {
    private static final int DAYS = 400;
    private final ActivityReaders readers = ActivityReaders.withDefaultLimit();

    static Stream<Path> recordings() {
        return Data.allActivities();
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void aShiftedCopyReadsAsTheOriginalDaysLater(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        List<Activity> before = readers.read(original).activities();
        byte[] copy = TimeShift.byDays(original, DAYS);
        List<Activity> after = readers.read(copy).activities();

        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Activity a = before.get(i);
            Activity b = after.get(i);
            boolean deviceClock = a.warnings().stream().anyMatch(w -> w.contains("clock was not set"));
            long expected = deviceClock ? 0 : DAYS * 86_400L;
            assertThat(b.sport()).isEqualTo(a.sport());
            assertThat(b.startTime().getEpochSecond() - a.startTime().getEpochSecond())
                    .isEqualTo(expected);
            assertThat(b.samples().size()).isEqualTo(a.samples().size());
            double[] shiftedBack = Arrays.stream(b.samples().column(Channel.TIME))
                    .map(t -> t - expected)
                    .toArray();
            assertThat(shiftedBack).containsExactly(a.samples().column(Channel.TIME));
            assertThat(b.samples().column(Channel.DISTANCE))
                    .containsExactly(a.samples().column(Channel.DISTANCE));
            assertThat(b.samples().column(Channel.HEART_RATE))
                    .containsExactly(a.samples().column(Channel.HEART_RATE));
        }
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void theCopyIsADifferentFile(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        assertThat(TimeShift.byDays(original, 1)).isNotEqualTo(original);
    }

    @Test
    void aTruncatedFitCannotBeShifted() {
        byte[] cut = Data.bytes("bad/activity-unexpected-eof.fit");
        assertThatThrownBy(() -> TimeShift.byDays(cut, 1))
                .isInstanceOf(ActivityFormatException.class)
                .hasMessageContaining("only whole files");
    }
}
