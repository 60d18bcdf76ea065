package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script as a user runs it, in a checkout of its own made here: the packaged jar, the
 * example recordings, and a source tree older than the jar. It runs the jar while no source is
 * newer, however it is called (from another folder, through a symbolic link), and sets out to
 * build it again when a source changes or a file is removed; that checkout has no Maven wrapper,
 * so the build fails and says so instead of running the old jar.
 */
class LauncherIT {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    private Path root;
    private Path source;

    @BeforeEach
    void checkout() throws IOException {
        root = Files.createDirectories(temp.resolve("runmuscle checkout"));
        Files.copy(Path.of("..", "runmuscle"), root.resolve("runmuscle"), StandardCopyOption.COPY_ATTRIBUTES);
        Path recordings = Files.createDirectories(root.resolve("examples").resolve("recordings"));
        try (Stream<Path> examples = Files.list(Path.of("..", "examples", "recordings"))) {
            for (Path example : examples.toList()) {
                Files.copy(example, recordings.resolve(example.getFileName()));
            }
        }
        source = root.resolve("app/src/main/java/org/example/Source.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Source {}\n");
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.writeString(root.resolve("app/pom.xml"), "<project/>\n");
        try (Stream<Path> tree = Files.walk(root.resolve("app"))) {
            for (Path path : tree.toList()) {
                Files.setLastModifiedTime(path, LONG_AGO);
            }
        }
        Files.setLastModifiedTime(root.resolve("pom.xml"), LONG_AGO);
        // built a minute ago, after every source: a file's time has the kernel's clock tick as
        // its grain, so a source changed in the same few milliseconds would not be newer
        Path jar = Files.createDirectories(root.resolve("app/target")).resolve("runmuscle.jar");
        Files.copy(Path.of("target", "runmuscle.jar"), jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void runsTheJarWhileNoSourceIsNewerHoweverItIsCalled() throws Exception {
        ProcessRun fromOutside = run(temp, "runmuscle checkout/runmuscle", "--version");
        assertThat(fromOutside.exitCode()).as(fromOutside.err()).isZero();
        assertThat(fromOutside.out()).startsWith("runmuscle ");
        assertThat(fromOutside.err()).doesNotContain("building");
        assertThat(root.resolve("app/target/runmuscle-atlas.jsa"))
                .as("the class-data archive of --version's kind, trained on first use")
                .isNotEmptyFile();

        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("runmuscle"), root.resolve("runmuscle"));
        ProcessRun linked = run(bin, "./runmuscle", "muscle", "soleus");
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("Soleus");
        assertThat(linked.err()).isEmpty();

        ProcessRun inside = run(root.resolve("app"), "../runmuscle", "--version");
        assertThat(inside.out()).isEqualTo(fromOutside.out());
    }

    @Test
    void buildsAgainWhenASourceChanges() throws Exception {
        Files.writeString(source, "class Source { int changed; }\n");
        assertStale();
    }

    @Test
    void buildsAgainWhenASourceIsRemoved() throws Exception {
        Files.delete(source);
        assertStale();
    }

    private void assertStale() throws Exception {
        ProcessRun stale = run(root, "./runmuscle", "--version");
        assertThat(stale.out()).as("the old jar is not run").isEmpty();
        assertThat(stale.err())
                .contains("runmuscle: building the jar (first run, or the sources changed)")
                .contains("runmuscle: the build failed");
        assertThat(stale.exitCode()).isEqualTo(1);
    }

    private static ProcessRun run(Path folder, String launcher, String... args) throws Exception {
        // through bash, as a shell runs a relative path: from the folder, not along the PATH
        List<String> command = new ArrayList<>(List.of("bash", "-c", "exec \"$0\" \"$@\"", launcher));
        command.addAll(List.of(args));
        return ProcessRun.of(command, folder, 120);
    }
}
