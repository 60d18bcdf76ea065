package org.runmuscle.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes fed by a thread of their own, as a shell's {@code <(...)} hands a command one. */
final class Pipes {
    private Pipes() {}

    /** A new pipe in {@code folder} that gives {@code bytes} to the first reader and then ends. */
    static Path feeding(Path folder, byte[] bytes) throws IOException, InterruptedException {
        Path pipe = folder.resolve("pipe-" + System.nanoTime());
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo " + pipe + " failed");
        }
        Thread writer = new Thread(
                () -> {
                    try (OutputStream out = Files.newOutputStream(pipe)) {
                        out.write(bytes);
                    } catch (IOException readerLeft) {
                        // the test says what it read
                    }
                },
                "pipe writer");
        writer.setDaemon(true);
        writer.start();
        return pipe;
    }
}
