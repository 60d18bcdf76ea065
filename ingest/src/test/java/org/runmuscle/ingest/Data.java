package org.runmuscle.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real recordings in shared/data. */
final class Data {
    private Data() {}

    static Path root() {
        String configured = System.getProperty("runmuscle.shared");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return shared.resolve("data");
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(file(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every recording of an activity: Route-only.tcx is a course (a plan), refused as one. */
    static Stream<Path> allActivities() {
        return Stream.of("activities/fit", "activities/gpx", "activities/tcx")
                .flatMap(f -> files(f).stream())
                .filter(f -> !f.getFileName().toString().startsWith("Route-only"));
    }
}
