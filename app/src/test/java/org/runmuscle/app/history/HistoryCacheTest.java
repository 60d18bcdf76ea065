package org.runmuscle.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runmuscle.app.SharedData.data;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.store.Database;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import org.runmuscle.store.TestDatabases;

/** A history read from the cache is the same as one computed, and every change of this process is seen at once. */
class HistoryCacheTest {
    private static double soleus(History history) {
        return history.muscles().stream()
                .filter(m -> m.id().equals("soleus"))
                .findFirst()
                .orElseThrow()
                .acute7dBwSeconds();
    }

    @Test
    void importsEditsAndDeletionsShowInTheNextRead() {
        try (HistoryStore store = HistoryStore.single(Database.open(TestDatabases.fresh(TestDatabases.Kind.SQLITE)))) {
            HistoryService service = HistoryService.of(store);
            service.importer(ActivityReaders.withDefaultLimit())
                    .importFile(Path.of(data("activities/tcx/Standard.tcx")));
            StoredActivity run = store.activities(Optional.empty()).get(0);
            long day = run.startTime().getEpochSecond() / 86_400;
            double first = soleus(service.history(day, 7));
            assertThat(first).isPositive();
            // another request's service over the same athlete shares the cache and sees the same
            assertThat(soleus(service.forAthlete(store).history(day, 7))).isEqualTo(first);
            service.edit(run.id(), Optional.of(Sport.CYCLING), Optional.empty());
            assertThat(soleus(service.history(day, 7))).isZero();
            service.edit(run.id(), Optional.of(Sport.RUNNING), Optional.empty());
            assertThat(soleus(service.history(day, 7))).isEqualTo(first);
            service.delete(run.id());
            assertThat(soleus(service.history(day, 7))).isZero();
        }
    }
}
