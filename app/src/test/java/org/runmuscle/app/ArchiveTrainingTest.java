package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's archive training runs its commands over the example recordings, into its scratch folder only. */
class ArchiveTrainingTest {
    @Test
    void trainsOnTheExamplesAndWritesOnlyItsScratchDatabase(@TempDir Path scratch, @TempDir Path nativeFolder)
            throws Exception {
        Path examples = Path.of("..", "examples", "recordings");
        ArchiveTraining.main(new String[] {scratch.toString(), examples.toString(), nativeFolder.toString()});
        assertThat(nativeFolder.resolve(System.mapLibraryName("sqlitejdbc")))
                .as("SQLite's library copied out for the launcher")
                .isNotEmptyFile();
        assertThat(Files.size(scratch.resolve("train.db")))
                .as("the import and history ran")
                .isPositive();
        try (var left = Files.list(scratch)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(name -> name.startsWith("train.db"));
        }
    }
}
