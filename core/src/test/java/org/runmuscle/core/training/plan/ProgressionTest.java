package org.runmuscle.core.training.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.training.Category;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Level;

/** How a dose changes over a four-week block, checked on real catalog exercises. */
class ProgressionTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Atlas.load());

    private static Exercise first(Category category, boolean timed) {
        return CATALOG.all().stream()
                .filter(e -> e.category() == category && (e.dose().reps() == 0) == timed)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyFourthWeekIsLighterOnlyInAPlanOfAWholeBlock() {
        assertThat(Progression.lighter(4, 8)).isTrue();
        assertThat(Progression.lighter(8, 8)).isTrue();
        assertThat(Progression.lighter(3, 8)).isFalse();
        assertThat(Progression.lighter(5, 8)).isFalse();
        assertThat(Progression.lighter(3, 3))
                .as("a 3-week plan has no lighter week")
                .isFalse();
    }

    @Test
    void theStageRestartsWithEachBlock() {
        assertThat(Progression.stage(1)).isZero();
        assertThat(Progression.stage(4)).isEqualTo(3);
        assertThat(Progression.stage(5)).isZero();
    }

    @Test
    void strengthWorkAddsRepsWhileHeavyLiftsKeepThemAndAddLoad() {
        Exercise strength = first(Category.STRENGTH, false);
        Exercise heavy = first(Category.HEAVY_STRENGTH, false);
        assertThat(Progression.reps(strength, 2, false)).isGreaterThan(Progression.reps(strength, 1, false));
        assertThat(Progression.reps(strength, 3, false)).isLessThanOrEqualTo(25);
        assertThat(Progression.reps(heavy, 3, false)).isEqualTo(Progression.reps(heavy, 1, false));
        assertThat(Progression.load(heavy, 3, false, 0)).contains("82 %");
        assertThat(Progression.load(heavy, 1, false, 1)).contains("heavier than the last");
    }

    @Test
    void theLighterWeekCutsRepsAndHoldsToSeventyPercent() {
        Exercise strength = first(Category.STRENGTH, false);
        Exercise hold = first(Category.STABILITY, true);
        int reps = strength.dose().reps();
        assertThat(Progression.reps(strength, 4, true)).isEqualTo(Math.max(3, (int) Math.round(reps * 0.7)));
        assertThat(Progression.seconds(hold, 4, true))
                .isEqualTo(Math.max(3, (int) Math.round(hold.dose().seconds() * 0.7)));
        assertThat(Progression.load(strength, 4, true, 0)).startsWith("lighter week");
    }

    @Test
    void holdsGrowFiveSecondsAWeekUpToNinety() {
        Exercise hold = first(Category.STABILITY, true);
        int base = hold.dose().seconds();
        assertThat(Progression.seconds(hold, 1, false)).isEqualTo(Math.min(90, base));
        assertThat(Progression.seconds(hold, 2, false)).isEqualTo(Math.min(90, base + 5));
        assertThat(Progression.seconds(hold, 3, false)).isEqualTo(Math.min(90, base + 10));
        assertThat(Progression.seconds(first(Category.STRENGTH, false), 2, false))
                .isZero();
    }

    @Test
    void beginnersLiftTenToTwelveControlledRepsOthersFewerHeavierOnes() {
        Exercise lift = first(Category.STRENGTH, false);
        for (int week = 1; week <= 3; week++) {
            assertThat(Progression.mainReps(lift, week, false, Level.BEGINNER)).isBetween(10, 14);
            assertThat(Progression.mainReps(lift, week, false, Level.ADVANCED)).isBetween(4, 8);
        }
        assertThat(Progression.mainReps(lift, 3, false, Level.BEGINNER))
                .isGreaterThanOrEqualTo(Progression.mainReps(lift, 1, false, Level.BEGINNER));
        assertThat(Progression.mainReps(lift, 3, false, Level.INTERMEDIATE))
                .isLessThanOrEqualTo(Progression.mainReps(lift, 1, false, Level.INTERMEDIATE));
    }

    @Test
    void setsFollowTheLevelWithinTwoToFive() {
        for (Exercise e : CATALOG.all()) {
            int beginner = Progression.baseSets(e, Level.BEGINNER);
            int advanced = Progression.baseSets(e, Level.ADVANCED);
            assertThat(beginner).isBetween(2, 5);
            assertThat(advanced).isBetween(2, 5).isGreaterThanOrEqualTo(beginner);
        }
    }

    @Test
    void mainLiftsRestLongerThanTheirDose() {
        Exercise lift = first(Category.STRENGTH, false);
        assertThat(Progression.mainRest(lift, Level.INTERMEDIATE)).isGreaterThanOrEqualTo(Progression.MAIN_REST);
        assertThat(Progression.mainRest(lift, Level.BEGINNER))
                .isGreaterThanOrEqualTo(Progression.BEGINNER_MAIN_REST)
                .isGreaterThanOrEqualTo(lift.dose().restSeconds());
    }
}
