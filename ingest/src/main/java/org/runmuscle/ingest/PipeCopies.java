package org.runmuscle.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A pipe or a device handed to the import ({@code runmuscle import <(curl -s URL)}, {@code
 * /dev/stdin}). Its bytes can be read only once, where the walker reads a file's first bytes and
 * then the whole: so it is read once, no further than one activity file's limit and only after its
 * first bytes show a zip or an activity ({@code /dev/zero} never ends), into a temporary file that
 * the walker then reads as any file.
 */
final class PipeCopies {
    private PipeCopies() {}

    static void walk(ExportWalker walker, Path pipe, long maxBytes, ExportWalker.Visitor visitor) {
        String name = pipe.toString();
        try {
            byte[] bytes = BoundedFiles.read(pipe, maxBytes, head -> {
                if (!Zips.isZip(head)) {
                    ActivityFormat.detect(head);
                }
            });
            Path copy = Files.createTempFile("runmuscle-pipe-", ".bin");
            try {
                Files.write(copy, bytes);
                walker.walkFile(copy, name, visitor);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (ActivityFormatException e) {
            visitor.refused(name, e.getMessage());
        } catch (IOException e) {
            visitor.refused(name, "cannot read the file (" + e.getMessage() + ")");
        }
    }
}
