package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.app.activity.GridFiles;

/**
 * The launcher's archive trainings run their commands over the example recordings and a FIT run
 * they make, into their scratch folder only; the commands' training touches no database.
 */
class ArchiveTrainingTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "recordings");

    @AfterEach
    void forgetTheGrid() {
        // the trainings name their grid file to the commands they run, as the launcher does
        System.clearProperty(GridFiles.PROPERTY);
    }

    @Test
    void theCommandsTrainingAnalysesTheExamplesAndOpensNoDatabase(
            @TempDir Path scratch, @TempDir Path nativeFolder, @TempDir Path target) throws Exception {
        Path grid = target.resolve("grid.bin");
        ArchiveTraining.main(new String[] {
            "commands", scratch.toString(), EXAMPLES.toString(), nativeFolder.toString(), grid.toString()
        });
        assertThat(grid).as("the model's grid written for the launcher").isNotEmptyFile();
        try (var copied = Files.list(nativeFolder)) {
            assertThat(copied).as("SQLite's library is the history's business").isEmpty();
        }
        StringWriter out = new StringWriter();
        String fit = scratch.resolve("ten-minutes.fit").toString();
        assertThat(Main.run(new String[] {"analyze", fit}, new PrintWriter(out), new PrintWriter(Writer.nullWriter())))
                .as("the FIT run it made is a run the FIT reader reads")
                .isZero();
        assertThat(out.toString())
                .contains("(fit)", "running, started 2026-01-01 00:00:00 UTC, 601 points")
                .as("with running dynamics, as Garmin's watches record them")
                .contains("ground contact 250 ms", "vertical oscillation 85 mm");
        String gpx = scratch.resolve("long-numbers.gpx").toString();
        StringWriter gpxOut = new StringWriter();
        assertThat(Main.run(
                        new String[] {"analyze", gpx}, new PrintWriter(gpxOut), new PrintWriter(Writer.nullWriter())))
                .as("the GPX run of 38-digit coordinates reads")
                .isZero();
        assertThat(gpxOut.toString()).contains("(gpx, runmuscle)", "3 points", "distance 0.01 km");
        try (var left = Files.list(scratch)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("ten-minutes.fit", "long-numbers.gpx");
        }
    }

    @Test
    void theAnalyzeTrainingRunsItsCommandsAsTextAndWritesTheGrid(
            @TempDir Path scratch, @TempDir Path nativeFolder, @TempDir Path target) throws Exception {
        Path grid = target.resolve("grid.bin");
        ArchiveTraining.main(new String[] {
            "analyze", scratch.toString(), EXAMPLES.toString(), nativeFolder.toString(), grid.toString()
        });
        assertThat(grid)
                .as("the model's grid, for whichever archive's commands come first")
                .isNotEmptyFile();
        try (var copied = Files.list(nativeFolder)) {
            assertThat(copied).isEmpty();
        }
        try (var left = Files.list(scratch)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("ten-minutes.fit", "long-numbers.gpx");
        }
    }

    @Test
    void theAtlasTrainingNeitherTabulatesTheModelNorMakesARun(
            @TempDir Path scratch, @TempDir Path nativeFolder, @TempDir Path target) throws Exception {
        Path grid = target.resolve("grid.bin");
        ArchiveTraining.main(
                new String[] {"atlas", scratch.toString(), EXAMPLES.toString(), nativeFolder.toString(), grid.toString()
                });
        // the model's and the readers' classes would only make its archive, and every start, longer
        assertThat(grid).as("the grid is the analyses' business").doesNotExist();
        assertThat(System.getProperty(GridFiles.PROPERTY)).isNull();
        try (var left = Files.list(scratch)) {
            assertThat(left).as("no FIT run made, no database").isEmpty();
        }
        try (var copied = Files.list(nativeFolder)) {
            assertThat(copied).isEmpty();
        }
    }

    @Test
    void theHistoryTrainingImportsIntoItsScratchDatabaseAndKeepsTheGridItFinds(
            @TempDir Path scratch, @TempDir Path nativeFolder, @TempDir Path target) throws Exception {
        Path grid = target.resolve("grid.bin");
        Files.write(grid, new byte[] {1, 2, 3});
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(grid, written);
        ArchiveTraining.main(new String[] {
            "history", scratch.toString(), EXAMPLES.toString(), nativeFolder.toString(), grid.toString()
        });
        assertThat(nativeFolder.resolve(System.mapLibraryName("sqlitejdbc")))
                .as("SQLite's library copied out for the launcher")
                .isNotEmptyFile();
        assertThat(Files.getLastModifiedTime(grid))
                .as("the other training's grid of this build, not written again")
                .isEqualTo(written);
        StringWriter out = new StringWriter();
        String db = scratch.resolve("train.db").toString();
        assertThat(Main.run(
                        new String[] {"runs", "--db", db}, new PrintWriter(out), new PrintWriter(Writer.nullWriter())))
                .isZero();
        assertThat(out.toString()).as("the examples and the FIT run imported").contains("2026-01-01", "Trail long run");
        try (var left = Files.list(scratch)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.startsWith("train.db") || name.equals("ten-minutes.fit"));
        }
    }

    @Test
    void theServersTrainingImportsTheExamplesAndTheFitRunThenAsksTheServer(@TempDir Path scratch) {
        ArchiveTraining.main(new String[] {"serve", scratch.toString(), EXAMPLES.toString()});
        StringWriter out = new StringWriter();
        String db = scratch.resolve("train.db").toString();
        assertThat(Main.run(
                        new String[] {"runs", "--db", db}, new PrintWriter(out), new PrintWriter(Writer.nullWriter())))
                .isZero();
        assertThat(out.toString()).contains("2026-01-01").contains("Trail long run");
    }
}
