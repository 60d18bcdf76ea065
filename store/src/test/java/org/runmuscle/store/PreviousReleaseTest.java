package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history written by the previous release (schema 3) opens in this one with every row intact. */
class PreviousReleaseTest {
    @Test
    void theLastReleasesDatabaseIsUpgradedWithItsDataIntact(@TempDir Path folder) throws Exception {
        Path copy = folder.resolve("runmuscle.db");
        try (InputStream in = PreviousReleaseTest.class.getResourceAsStream("/releases/runmuscle-0.2.db")) {
            Files.copy(in, copy);
        }
        try (HistoryStore store = new HistoryStore(Database.open(new DatabaseSetting.Sqlite(copy)))) {
            List<StoredActivity> activities = store.activities(Optional.empty());
            assertThat(activities).hasSize(4).allMatch(a -> a.sport().equals("running"));
            assertThat(activities)
                    .extracting(a -> Math.round(a.distanceMeters() * 10) / 10.0)
                    .containsExactly(9992.1, 10386.9, 11787.7, 31515.6);
            assertThat(activities).allMatch(a -> a.name().isEmpty() && a.gear().isEmpty() && a.massKg() == 66);
            assertThat(store.athlete()).map(Athlete::massKg).contains(66.0);
            for (StoredActivity activity : activities) {
                assertThat(store.muscleLoads(activity.id())).hasSize(44);
                assertThat(store.samples(activity.id()).size()).isPositive();
            }
            assertThat(store.runsWithoutLoads()).isZero();
            // and the new columns work on the old rows
            long first = activities.get(0).id();
            assertThat(store.updateActivity(first, "running", "Strides")).isTrue();
            assertThat(store.activity(first).orElseThrow().name()).isEqualTo("Strides");
        }
    }
}
