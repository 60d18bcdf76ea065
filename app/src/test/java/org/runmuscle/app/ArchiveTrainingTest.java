package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's archive training runs its commands over the example recordings and a FIT run it
 * makes, into its scratch folder only.
 */
class ArchiveTrainingTest {
    @Test
    void trainsOnTheExamplesAndWritesOnlyItsScratchDatabase(@TempDir Path scratch, @TempDir Path nativeFolder)
            throws Exception {
        Path examples = Path.of("..", "examples", "recordings");
        ArchiveTraining.main(
                new String[] {"commands", scratch.toString(), examples.toString(), nativeFolder.toString()});
        assertThat(nativeFolder.resolve(System.mapLibraryName("sqlitejdbc")))
                .as("SQLite's library copied out for the launcher")
                .isNotEmptyFile();
        assertThat(Files.size(scratch.resolve("train.db")))
                .as("the import and history ran")
                .isPositive();
        StringWriter out = new StringWriter();
        String fit = scratch.resolve("ten-minutes.fit").toString();
        assertThat(Main.run(new String[] {"analyze", fit}, new PrintWriter(out), new PrintWriter(Writer.nullWriter())))
                .as("the FIT run it made is a run the FIT reader reads")
                .isZero();
        assertThat(out.toString()).contains("(fit)", "running, started 2026-01-01 00:00:00 UTC, 601 points");
        try (var left = Files.list(scratch)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.startsWith("train.db") || name.equals("ten-minutes.fit"));
        }
    }

    @Test
    void theServersTrainingImportsTheExamplesAndTheFitRunThenAsksTheServer(@TempDir Path scratch) {
        ArchiveTraining.main(new String[] {"serve", scratch.toString(), "../examples/recordings"});
        StringWriter out = new StringWriter();
        String db = scratch.resolve("train.db").toString();
        assertThat(Main.run(
                        new String[] {"runs", "--db", db}, new PrintWriter(out), new PrintWriter(Writer.nullWriter())))
                .isZero();
        assertThat(out.toString()).contains("2026-01-01").contains("Trail long run");
    }
}
