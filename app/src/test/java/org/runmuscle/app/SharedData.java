package org.runmuscle.app;

import java.nio.file.Path;

/** The recordings in {@code shared/data} beside the repository, as the build passes them to the tests. */
public final class SharedData {
    private SharedData() {}

    /** A path under {@code shared/data}. */
    public static String data(String relative) {
        String shared = System.getProperty("runmuscle.shared", "../../shared");
        return Path.of(shared, "data", relative).toString();
    }
}
