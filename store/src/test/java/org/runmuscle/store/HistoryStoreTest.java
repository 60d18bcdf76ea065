package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/** Every repository operation, on SQLite and on PostgreSQL. */
class HistoryStoreTest {
    static final Instant START = Instant.parse("2026-11-02T07:30:00Z");

    static Activity run(Instant start, int seconds, double speed, Sport sport) {
        Samples.Builder b = Samples.builder(seconds + 1);
        for (int t = 0; t <= seconds; t++) {
            b.newRow()
                    .set(Channel.TIME, start.getEpochSecond() + t)
                    .set(Channel.DISTANCE, t * speed)
                    .set(Channel.HEART_RATE, 140 + t % 10)
                    .set(Channel.LATITUDE, 52.16485 + t * 1e-5)
                    .set(Channel.LONGITUDE, 8.3429);
        }
        return new Activity(
                sport,
                start,
                b.build(),
                OptionalDouble.empty(),
                DeviceTotals.none(),
                "test watch",
                OptionalDouble.empty(),
                List.of());
    }

    static NewActivity stored(Activity activity, int session, List<MuscleLoad> loads) {
        return new NewActivity(session, activity, ActivitySummaries.of(activity), 70, loads, 1);
    }

    static final List<MuscleLoad> LOADS = List.of(
            new MuscleLoad("soleus", 900, 600, 200, 100), new MuscleLoad("vastus-lateralis", 500, 150, 280, 70));

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void savesAndReadsBackActivitiesSamplesAndLoads(TestDatabases.Kind kind) {
        HistoryStore store = HistoryStore.single(TestDatabases.open(kind));
        Activity activity = run(START, 600, 3.2, Sport.RUNNING);
        SavedFile saved = store.save("hash-1", "run.fit", "fit", List.of(stored(activity, 0, LOADS)));
        assertThat(saved).isEqualTo(new SavedFile(1, 0, false));
        assertThat(store.hasFile("hash-1")).isTrue();

        StoredActivity back = store.activities(Optional.empty()).get(0);
        assertThat(back.sport()).isEqualTo("running");
        assertThat(back.startTime()).isEqualTo(START);
        assertThat(back.distanceMeters()).isCloseTo(1920, within(0.01));
        assertThat(back.ascentMeters())
                .as("no altitude: stored as NULL, read as NaN")
                .isNaN();
        assertThat(back.device()).isEqualTo("test watch");

        Samples samples = store.samples(back.id());
        assertThat(samples.size()).isEqualTo(601);
        assertThat(samples.time(600)).isEqualTo(START.getEpochSecond() + 600);
        assertThat(samples.get(Channel.LATITUDE, 600)).isCloseTo(52.17085, within(1e-5));
        assertThat(samples.has(Channel.ALTITUDE)).isFalse();
        assertThat(store.muscleLoads(back.id())).containsExactlyInAnyOrderElementsOf(LOADS);
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aFileIsImportedOnceAndTheSameRunFromAnotherFileIsRecognised(TestDatabases.Kind kind) {
        HistoryStore store = HistoryStore.single(TestDatabases.open(kind));
        Activity fit = run(START, 600, 3.2, Sport.RUNNING);
        store.save("fit-hash", "run.fit", "fit", List.of(stored(fit, 0, LOADS)));
        assertThat(store.save("fit-hash", "copy-of-run.fit", "fit", List.of(stored(fit, 0, LOADS))))
                .isEqualTo(new SavedFile(0, 0, true));
        Activity gpx = run(START.plusSeconds(20), 598, 3.19, Sport.RUNNING);
        assertThat(store.save("gpx-hash", "run.gpx", "gpx", List.of(stored(gpx, 0, LOADS))))
                .isEqualTo(new SavedFile(0, 1, false));
        Activity nextDay = run(START.plusSeconds(86_400), 600, 3.2, Sport.RUNNING);
        assertThat(store.save("other", "tomorrow.fit", "fit", List.of(stored(nextDay, 0, LOADS))))
                .isEqualTo(new SavedFile(1, 0, false));
        assertThat(store.activityCount()).isEqualTo(2);
        assertThat(store.activitiesOfFile("fit-hash"))
                .singleElement()
                .extracting(StoredActivity::sessionIndex)
                .isEqualTo(0);
        assertThat(store.activitiesOfFile("gpx-hash"))
                .as("a duplicate stores nothing")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void aFailedSaveLeavesNothingBehind(TestDatabases.Kind kind) {
        HistoryStore store = HistoryStore.single(TestDatabases.open(kind));
        List<MuscleLoad> broken = List.of(LOADS.get(0), new MuscleLoad(null, 1, 1, 0, 0));
        assertThatThrownBy(() -> store.save(
                        "bad", "bad.fit", "fit", List.of(stored(run(START, 60, 3, Sport.RUNNING), 0, broken))))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.hasFile("bad")).isFalse();
        assertThat(store.activityCount()).isZero();
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void dailyLoadsSumPerMuscleAndDay(TestDatabases.Kind kind) {
        HistoryStore store = HistoryStore.single(TestDatabases.open(kind));
        store.save("a", "a.fit", "fit", List.of(stored(run(START, 60, 3, Sport.RUNNING), 0, LOADS)));
        store.save("b", "b.fit", "fit", List.of(stored(run(START.plusSeconds(7200), 60, 4, Sport.RUNNING), 0, LOADS)));
        store.save(
                "c",
                "c.fit",
                "fit",
                List.of(stored(run(START.plusSeconds(86_400 * 3), 60, 3, Sport.RUNNING), 0, LOADS)));
        long day = HistoryStore.epochDay(START);
        List<DailyLoad> loads = store.dailyLoads(day, day + 3);
        assertThat(loads)
                .contains(new DailyLoad(day, "soleus", 1800, 400, 0), new DailyLoad(day + 3, "soleus", 900, 200, 0));
        assertThat(store.dailyLoads(day + 1, day + 2)).isEmpty();
        assertThat(store.contributions(day, day)).hasSize(4);
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void loadsAreReplacedWhenTheModelChangesAndTheAthleteIsKept(TestDatabases.Kind kind) {
        HistoryStore store = HistoryStore.single(TestDatabases.open(kind));
        store.save("a", "a.fit", "fit", List.of(stored(run(START, 60, 3, Sport.RUNNING), 0, LOADS)));
        long id = store.runningIds().get(0);
        store.replaceLoads(id, START, 2, 62, List.of(new MuscleLoad("soleus", 10, 5, 3, 2)));
        assertThat(store.muscleLoads(id)).containsExactly(new MuscleLoad("soleus", 10, 5, 3, 2));
        assertThat(store.activity(id).orElseThrow().modelVersion()).isEqualTo(2);
        Athlete me = store.athlete();
        assertThat(me.name()).isEqualTo(Athletes.DEFAULT_NAME);
        assertThat(me.hasMass()).isFalse();
        store.saveAthlete(me.withMass(68).withTraining("intermediate", "none,band"));
        store.saveAthlete(store.athlete()
                .withMass(67.5)
                .withTraining("advanced", "none")
                .withHeartRates(188, 48)
                .withPlace("Europe/Berlin", "mi"));
        assertThat(store.athlete())
                .isEqualTo(new Athlete(me.id(), "me", 67.5, "advanced", "none", 188, 48, "Europe/Berlin", "mi"));
        assertThat(store.runsWithoutLoads()).isZero();
    }

    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void athletesKeepSeparateHistoriesOfTheSameFiles(TestDatabases.Kind kind) {
        Athletes athletes = new Athletes(TestDatabases.open(kind));
        Athlete anna = athletes.add("Anna");
        Athlete ben = athletes.add("Ben");
        assertThatThrownBy(() -> athletes.add("anna"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("anna");
        HistoryStore a = athletes.history(anna);
        HistoryStore b = athletes.history(ben);
        // the same race, recorded by both: the file is new to each, and neither run is a duplicate
        Activity race = run(START, 600, 3.2, Sport.RUNNING);
        byte[] original =
                "<gpx>the race as the watch wrote it</gpx>".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThat(a.save("race", "race.fit", "fit", List.of(stored(race, 0, LOADS)), Deflation.deflate(original)))
                .isEqualTo(new SavedFile(1, 0, false));
        assertThat(a.original("race"))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(original));
        assertThat(a.files())
                .extracting(FileRecord::fileName, FileRecord::original)
                .containsExactly(tuple("race.fit", true));
        assertThat(b.save("race", "race.fit", "fit", List.of(stored(race, 0, LOADS))))
                .isEqualTo(new SavedFile(1, 0, false));
        // within one athlete it is still a duplicate
        assertThat(b.save("race-gpx", "race.gpx", "gpx", List.of(stored(race, 0, LOADS))))
                .isEqualTo(new SavedFile(0, 1, false));
        assertThat(b.original("race")).isEmpty();
        long annasRun = a.runningIds().get(0);
        long bensRun = b.runningIds().get(0);
        assertThat(annasRun).isNotEqualTo(bensRun);
        // one athlete's store cannot read, change or delete the other's activity
        assertThat(b.activity(annasRun)).isEmpty();
        assertThat(b.muscleLoads(annasRun)).isEmpty();
        assertThat(b.updateActivity(annasRun, "cycling", "mine now")).isFalse();
        assertThat(b.deleteActivity(annasRun)).isFalse();
        long day = HistoryStore.epochDay(START);
        assertThat(a.dailyLoads(day, day)).hasSize(2);
        assertThat(athletes.rename(ben.id(), "Benjamin")).isTrue();
        assertThatThrownBy(() -> athletes.rename(ben.id(), "ANNA")).isInstanceOf(StoreException.class);
        assertThat(athletes.remove(anna.id())).contains(1);
        assertThat(athletes.list()).extracting(Athlete::name).containsExactly("Benjamin");
        assertThat(a.activityCount()).isZero();
        assertThat(a.dailyLoads(day, day)).isEmpty();
        assertThat(b.activityCount()).isEqualTo(1);
        assertThat(b.dailyLoads(day, day)).hasSize(2);
        assertThat(athletes.remove(anna.id())).isEmpty();
        assertThat(athletes.only()).map(Athlete::name).contains("Benjamin");
    }
}
