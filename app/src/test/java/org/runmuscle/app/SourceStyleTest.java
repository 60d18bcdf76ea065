package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter (Spotless, in verify) leaves to us, checked over every module's Java sources:
 * no line over 120 columns (the formatter does not break strings or comments), no fully qualified
 * name in code where an import would do, a package-info.java in every package, and no class over
 * 300 lines unless its Javadoc says why it must be one piece.
 */
class SourceStyleTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern INLINE_NAME =
            Pattern.compile("(?<![\\w.\"])(?:java|javax|org|io|com|picocli)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]");

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String module : List.of("core", "ingest", "store", "app", "bench")) {
            Path src = ROOT.resolve(module).resolve("src");
            if (Files.isDirectory(src)) {
                try (Stream<Path> files = Files.walk(src)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
                }
            }
        }
        return all;
    }

    @Test
    void noLineIsLongerThan120Columns() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > 120) {
                    long_.add(ROOT.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(sources()).hasSizeGreaterThan(100);
        assertThat(long_).isEmpty();
    }

    @Test
    void codeImportsRatherThanSpellingOutPackages() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean comment = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                comment |= line.startsWith("/*");
                boolean skip =
                        comment || line.startsWith("import ") || line.startsWith("package ") || line.startsWith("//");
                if (line.contains("*/")) {
                    comment = false;
                }
                String code = line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
                if (!skip && INLINE_NAME.matcher(code).find()) {
                    inline.add(ROOT.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        List<Path> missing = sources().stream()
                .filter(p -> p.toString().contains("/src/main/java/"))
                .map(Path::getParent)
                .distinct()
                .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void noClassIsOver300LinesUnlessItsJavadocSaysWhy() throws IOException {
        List<String> large = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.toString().contains("/src/main/java/")) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.lines().count() > 300 && !text.contains("must be one piece")) {
                large.add(ROOT.relativize(file) + ": " + text.lines().count() + " lines");
            }
        }
        assertThat(large).isEmpty();
    }
}
