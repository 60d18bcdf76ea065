package org.runmuscle.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's read-only {@code shared/} folder: seeds, evidence and recordings. */
public final class SharedFiles {
    private SharedFiles() {}

    public static Path root() {
        String configured = System.getProperty("runmuscle.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(
                    "shared/ folder not found at " + root.toAbsolutePath() + "; set -Drunmuscle.shared=PATH");
        }
        return root.normalize();
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
