package org.runmuscle.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs the packaged jar in a child JVM, as a shell would. The child is told
 * where sqlite-jdbc may copy its native library (the test JVM's {@code org.sqlite.tmpdir},
 * {@code target}): a child the test kills never deletes its copy, and each one stayed in /tmp.
 */
public final class JarCommand {
    /** The jar the build packaged, from the app module's folder (where the tests run). */
    private static final Path JAR = Path.of("target", "runmuscle.jar");

    private JarCommand() {}

    public static List<String> of(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String sqliteFolder = System.getProperty("org.sqlite.tmpdir");
        if (sqliteFolder != null) {
            command.add("-Dorg.sqlite.tmpdir=" + sqliteFolder);
        }
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }
}
