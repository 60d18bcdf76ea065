package org.runmuscle.app.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.runmuscle.core.load.LoadModel;

/**
 * The model's grid file on disk ({@link LoadModel#writeGrid}): written once per build by the
 * launcher's archive training, and mapped by the commands that analyse runs when the launcher
 * names it ({@code -Drunmuscle.grid}). Without one, or with one that cannot be read or is not this
 * model's, the model tabulates the nodes runs reach, as it always did.
 */
public final class GridFiles {
    /** The system property that names the grid file. */
    public static final String PROPERTY = "runmuscle.grid";

    private GridFiles() {}

    /**
     * Writes the model's whole grid to {@code file}, replacing it only once complete. Each writer
     * has a partial file of its own: two first runs after a build both write the grid, and a shared
     * one could be moved into place while the other still rewrote it.
     */
    public static void write(LoadModel model, Path file) throws IOException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                model.writeGrid(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The bytes of the grid file the property names, mapped; null when there is none to map. */
    static ByteBuffer named() {
        String file = System.getProperty(PROPERTY);
        return file == null || file.isBlank() ? null : map(Path.of(file));
    }

    /** The bytes of {@code file}, mapped read-only; null when it cannot be. */
    static ByteBuffer map(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (IOException | RuntimeException e) {
            // no file, or one that cannot be mapped: the model tabulates instead
            return null;
        }
    }
}
