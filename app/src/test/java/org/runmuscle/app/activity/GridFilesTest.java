package org.runmuscle.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;

class GridFilesTest {
    @TempDir
    Path folder;

    @Test
    void aWrittenGridFileIsMappedAndUsedByTheModel() throws IOException {
        Path file = folder.resolve("grid.bin");
        GridFiles.write(LoadModel.load(Atlas.load()), file);
        assertThat(file).isRegularFile();
        try (var left = Files.list(folder)) {
            assertThat(left).as("no partial file left behind").containsExactly(file);
        }
        ByteBuffer bytes = GridFiles.map(file);
        assertThat(bytes.remaining()).isEqualTo(Files.size(file));
        assertThat(LoadModel.load(Atlas.load(), bytes).gridFromFile()).isTrue();
    }

    @Test
    void aMissingOrCutFileLeavesTheModelTabulating() throws IOException {
        assertThat(GridFiles.map(folder.resolve("none.bin"))).isNull();
        Path file = folder.resolve("grid.bin");
        GridFiles.write(LoadModel.load(Atlas.load()), file);
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(cut.length() / 2);
        }
        assertThat(LoadModel.load(Atlas.load(), GridFiles.map(file)).gridFromFile())
                .isFalse();
        assertThat(GridFiles.map(folder)).as("a folder").isNull();
    }
}
