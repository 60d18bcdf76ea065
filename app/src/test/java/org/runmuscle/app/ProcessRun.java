package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command run as a real process to its end: its exit code and both streams, as a shell sees them. */
record ProcessRun(int exitCode, String out, String err) {
    /** Runs {@code command} in {@code folder} (null: this process's folder), failing after {@code seconds}. */
    static ProcessRun of(List<String> command, Path folder, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("runmuscle-out", ".txt");
        Path err = Files.createTempFile("runmuscle-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(folder == null ? null : folder.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(seconds, TimeUnit.SECONDS))
                    .as("process finished")
                    .isTrue();
            return new ProcessRun(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
