package org.runmuscle.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;

class GridFileTest {
    private static Atlas atlas;
    private static byte[] written;

    @BeforeAll
    static void write() throws IOException {
        atlas = Atlas.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoadModel.load(atlas).writeGrid(out);
        written = out.toByteArray();
    }

    @Test
    void everyNodeReadFromTheFileIsTheNodeTabulatedToTheBit() {
        LoadModel mapped = LoadModel.load(atlas, ByteBuffer.wrap(written));
        assertThat(mapped.gridFromFile()).isTrue();
        LoadModel fresh = LoadModel.load(atlas);
        for (int cell = 0; cell < LoadGrid.CELLS; cell++) {
            double[] read = mapped.grid().rates(cell);
            double[] computed = fresh.grid().rates(cell);
            assertThat(read).as("node %d", cell).hasSameSizeAs(computed);
            for (int k = 0; k < computed.length; k++) {
                assertThat(Double.doubleToRawLongBits(read[k]))
                        .as("node %d value %d", cell, k)
                        .isEqualTo(Double.doubleToRawLongBits(computed[k]));
            }
        }
    }

    @Test
    void noFileMeansTabulating() {
        LoadModel model = LoadModel.load(atlas, null);
        assertThat(model.gridFromFile()).isFalse();
        assertThat(model.grid().rates(100))
                .isEqualTo(LoadModel.load(atlas).grid().rates(100));
    }

    @Test
    void aFileCutShortIsNotUsed() {
        byte[] cut = Arrays.copyOf(written, written.length - 8);
        assertThat(LoadModel.load(atlas, ByteBuffer.wrap(cut)).gridFromFile()).isFalse();
        assertThat(LoadModel.load(atlas, ByteBuffer.wrap(written, 0, 12)).gridFromFile())
                .isFalse();
    }

    @Test
    void aFileOfAnotherModelIsNotUsed() {
        // one bit of the level-running rates after the header and axes changed: another model wrote it
        byte[] other = written.clone();
        other[20 + 7 * 8 + 7] ^= 1;
        assertThat(LoadModel.load(atlas, ByteBuffer.wrap(other)).gridFromFile()).isFalse();
        // a grid over other speeds: the first speed's last byte changed
        other = written.clone();
        other[20 + 7] ^= 1;
        assertThat(LoadModel.load(atlas, ByteBuffer.wrap(other)).gridFromFile()).isFalse();
    }

    @Test
    void bytesThatAreNotAGridAreNotUsed() {
        byte[] foreign = written.clone();
        foreign[0] = 'X';
        assertThat(LoadModel.load(atlas, ByteBuffer.wrap(foreign)).gridFromFile())
                .isFalse();
        byte[] text = "not a grid".getBytes(StandardCharsets.UTF_8);
        assertThat(LoadModel.load(atlas, ByteBuffer.wrap(text)).gridFromFile()).isFalse();
    }
}
