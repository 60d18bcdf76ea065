package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.core.activity.Sport;

/**
 * Two processes writing one SQLite history at once, as {@code serve} and an {@code import} beside
 * it do: each waits its turn, none fails.
 */
class ConcurrentWritersTest {
    @Test
    void twoWritersOfOneSqliteFileEachWaitTheirTurn(@TempDir Path folder) throws Exception {
        DatabaseSetting setting = new DatabaseSetting.Sqlite(folder.resolve("history.db"));
        Database first = Database.open(setting);
        Database second = Database.open(setting);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (Database database : List.of(first, second)) {
                String writer = database == first ? "a" : "b";
                Callable<Integer> saves = () -> {
                    HistoryStore store = HistoryStore.single(database);
                    for (int i = 0; i < 40; i++) {
                        // a new file each time, its run half an hour from the other writer's (an overlapping one would
                        // be stored as the same run seen twice): the store reads whether it has it, then writes
                        var run = HistoryStoreTest.run(
                                HistoryStoreTest.START.plusSeconds(3600L * i + (writer.equals("a") ? 0 : 1800)),
                                120,
                                3.0,
                                Sport.RUNNING);
                        store.save(
                                writer + "-hash-" + i,
                                writer + i + ".fit",
                                "fit",
                                List.of(HistoryStoreTest.stored(run, 0, HistoryStoreTest.LOADS)));
                    }
                    return 40;
                };
                writers.add(threads.submit(saves));
            }
            for (Future<Integer> writer : writers) {
                assertThat(writer.get()).isEqualTo(40);
            }
            assertThat(HistoryStore.single(first).activities(Optional.empty())).hasSize(80);
        } finally {
            threads.shutdownNow();
            first.close();
            second.close();
        }
    }
}
