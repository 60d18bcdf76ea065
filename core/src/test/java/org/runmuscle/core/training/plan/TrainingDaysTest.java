package org.runmuscle.core.training.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Which days get strength sessions, and which of them may be heavy. */
class TrainingDaysTest {
    private static final Set<DayOfWeek> NONE = EnumSet.noneOf(DayOfWeek.class);

    @Provide
    Arbitrary<Set<DayOfWeek>> days() {
        return Arbitraries.of(DayOfWeek.class).set().ofMaxSize(7);
    }

    @Property(tries = 300)
    void noHeavySessionFallsOnAHardDayOrTheDayBefore(
            @ForAll @IntRange(min = 1, max = 5) int sessions,
            @ForAll("days") Set<DayOfWeek> runDays,
            @ForAll("days") Set<DayOfWeek> hardDays,
            @ForAll @IntRange(min = 1, max = 3) int heavyWanted) {
        List<TrainingDays.Slot> slots = TrainingDays.choose(sessions, runDays, hardDays, heavyWanted);
        assertThat(slots).hasSize(sessions);
        assertThat(slots.stream().map(TrainingDays.Slot::day).distinct()).hasSize(sessions);
        assertThat(slots).isSortedAccordingTo((a, b) -> a.day().compareTo(b.day()));
        assertThat(slots.stream().filter(TrainingDays.Slot::heavyAllowed).count())
                .isLessThanOrEqualTo(heavyWanted);
        for (TrainingDays.Slot slot : slots) {
            if (slot.heavyAllowed()) {
                assertThat(hardDays).doesNotContain(slot.day(), slot.day().plus(1));
            }
        }
    }

    @Test
    void threeSessionsWithNothingElseToGoByAreAtLeastTwoDaysApart() {
        List<TrainingDays.Slot> slots = TrainingDays.choose(3, NONE, NONE, 2);
        assertThat(TrainingDays.minGap(
                        slots.stream().map(TrainingDays.Slot::day).toList()))
                .isGreaterThanOrEqualTo(2);
        assertThat(slots.stream().filter(TrainingDays.Slot::heavyAllowed).count())
                .isEqualTo(2);
    }

    @Test
    void daysWithoutARunArePreferredWhenAllElseIsEqual() {
        Set<DayOfWeek> runDays = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        List<TrainingDays.Slot> slots = TrainingDays.choose(2, runDays, NONE, 2);
        assertThat(slots).extracting(TrainingDays.Slot::day).doesNotContainAnyElementsOf(runDays);
    }

    @Test
    void heavySessionsMoveAwayFromHardRuns() {
        Set<DayOfWeek> hard = EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
        List<TrainingDays.Slot> slots = TrainingDays.choose(2, EnumSet.allOf(DayOfWeek.class), hard, 2);
        assertThat(slots)
                .filteredOn(TrainingDays.Slot::heavyAllowed)
                .extracting(TrainingDays.Slot::day)
                .hasSize(2)
                .doesNotContain(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }

    @Test
    void aWeekOfHardDaysLeavesNoHeavySessionRatherThanBreakingTheRule() {
        List<TrainingDays.Slot> slots = TrainingDays.choose(2, NONE, EnumSet.allOf(DayOfWeek.class), 2);
        assertThat(slots).hasSize(2).noneMatch(TrainingDays.Slot::heavyAllowed);
    }

    @Test
    void theGapBetweenDaysCountsAroundTheWeek() {
        assertThat(TrainingDays.minGap(List.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY)))
                .isEqualTo(1);
        assertThat(TrainingDays.minGap(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)))
                .isEqualTo(3);
        assertThat(TrainingDays.minGap(List.of(DayOfWeek.TUESDAY))).isEqualTo(7);
    }

    @Test
    void theSameRequestGivesTheSameDays() {
        Set<DayOfWeek> hard = EnumSet.of(DayOfWeek.THURSDAY);
        assertThat(TrainingDays.choose(3, NONE, hard, 2)).isEqualTo(TrainingDays.choose(3, NONE, hard, 2));
    }
}
