package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.core.activity.Sport;

/** The strength log on SQLite and PostgreSQL: sessions with sets and loads, per athlete, in the daily loads. */
class StrengthLogTest {
    static final long DAY = HistoryStore.epochDay(HistoryStoreTest.START);

    static StrengthSession session(long day, double rpe) {
        return new StrengthSession(
                0,
                day,
                Optional.of(Instant.parse("2026-11-02T18:00:00Z")),
                35,
                rpe,
                "plan",
                OptionalLong.of(day),
                "",
                "felt strong",
                70,
                1,
                List.of(
                        new StrengthSet("nordic-hamstring-curl", 5, 0, 0, Double.NaN, 9),
                        new StrengthSet("front-plank", 0, 40, 0, 2, Double.NaN)));
    }

    static final List<MuscleLoad> LOADS =
            List.of(new MuscleLoad("semitendinosus", 100, 10, 80, 10, 40), new MuscleLoad("soleus", 50, 20, 20, 10, 0));

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aSessionIsStoredWithItsSetsAndLoadsAndJoinsTheDailyLoads(TestDatabases.Kind kind) {
        Database database = TestDatabases.open(kind);
        Athletes athletes = new Athletes(database);
        HistoryStore anna = athletes.history(athletes.add("Anna"));
        HistoryStore ben = athletes.history(athletes.add("Ben"));
        anna.save(
                "run",
                "run.fit",
                "fit",
                List.of(HistoryStoreTest.stored(
                        HistoryStoreTest.run(HistoryStoreTest.START, 600, 3.2, Sport.RUNNING),
                        0,
                        HistoryStoreTest.LOADS)));
        long changes = anna.changes();
        StrengthSession stored = anna.strength().add(session(DAY, 7), LOADS);
        assertThat(anna.changes()).as("a log invalidates cached histories").isGreaterThan(changes);
        assertThat(stored.id()).isPositive();

        StrengthSession back = anna.strength().session(stored.id()).orElseThrow();
        assertThat(back).isEqualTo(session(DAY, 7).withId(stored.id()));
        assertThat(anna.strength().loads(stored.id()))
                .containsExactlyElementsOf(LOADS.stream()
                        .sorted((a, b) -> a.muscle().compareTo(b.muscle()))
                        .toList());
        assertThat(anna.strength().sessions(DAY, DAY)).containsExactly(back);
        assertThat(anna.strength().sessions(DAY + 1, DAY + 9)).isEmpty();

        // running and strength apart and together: soleus is in both
        assertThat(load(anna, Work.RUNNING, "soleus")).isEqualTo(900);
        assertThat(load(anna, Work.STRENGTH, "soleus")).isEqualTo(50);
        assertThat(load(anna, Work.ALL, "soleus")).isEqualTo(950);
        DailyLoad hamstring = anna.dailyLoads(DAY, DAY, Work.ALL).stream()
                .filter(d -> d.muscle().equals("semitendinosus"))
                .findFirst()
                .orElseThrow();
        assertThat(hamstring.damagingBwSeconds()).isEqualTo(40);

        // another athlete sees none of it, and cannot delete it
        assertThat(ben.strength().session(stored.id())).isEmpty();
        assertThat(ben.strength().delete(stored.id())).isFalse();
        assertThat(ben.dailyLoads(DAY, DAY, Work.ALL)).isEmpty();

        assertThat(anna.strength().delete(stored.id())).isTrue();
        assertThat(anna.strength().session(stored.id())).isEmpty();
        assertThat(anna.dailyLoads(DAY, DAY, Work.STRENGTH)).isEmpty();
        assertThat(load(anna, Work.ALL, "soleus")).isEqualTo(900);
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void removingAnAthleteRemovesTheirStrengthLog(TestDatabases.Kind kind) {
        Database database = TestDatabases.open(kind);
        Athletes athletes = new Athletes(database);
        Athlete anna = athletes.add("Anna");
        athletes.history(anna).strength().add(session(DAY, Double.NaN), LOADS);
        assertThat(athletes.remove(anna.id())).isPresent();
        Athlete again = athletes.add("Anna");
        assertThat(athletes.history(again).strength().sessions(0, DAY + 1)).isEmpty();
        assertThat(athletes.history(anna).dailyLoads(0, DAY + 1, Work.STRENGTH)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aSessionThatCannotBeStoredLeavesNothingBehind(TestDatabases.Kind kind) {
        HistoryStore store = HistoryStore.single(TestDatabases.open(kind));
        // the same muscle twice breaks the loads' key after the session and sets are written
        List<MuscleLoad> twice = List.of(LOADS.get(0), LOADS.get(0));
        assertThatThrownBy(() -> store.strength().add(session(DAY, 6), twice));
        assertThat(store.strength().sessions(0, DAY + 1)).isEmpty();
    }

    private static double load(HistoryStore store, Work work, String muscle) {
        return store.dailyLoads(DAY, DAY, work).stream()
                .filter(d -> d.muscle().equals(muscle))
                .mapToDouble(DailyLoad::loadBwSeconds)
                .sum();
    }
}
