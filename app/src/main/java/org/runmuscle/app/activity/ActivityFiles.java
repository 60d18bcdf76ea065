package org.runmuscle.app.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.ingest.ActivityFormat;

/**
 * The files a command was given: files as named, folders walked for every file whose bytes are an
 * activity format. Files in a folder that are not activities at all (a README, a photo) are
 * skipped and counted; a named file is always read, so its problem is reported.
 */
public final class ActivityFiles {
    public record Selection(List<Path> files, int skipped) {}

    private ActivityFiles() {}

    public static Selection expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        int skipped = 0;
        for (Path argument : arguments) {
            if (!Files.exists(argument)) {
                throw new UserInputException(argument + ": no such file or folder");
            }
            if (!Files.isDirectory(argument)) {
                files.add(argument);
                continue;
            }
            try (Stream<Path> walk = Files.walk(argument)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    if (file.getFileName().toString().startsWith(".") || !isActivity(file)) {
                        skipped++;
                    } else {
                        files.add(file);
                    }
                }
            } catch (IOException e) {
                throw new UserInputException(argument + ": cannot list the folder (" + e.getMessage() + ")");
            }
        }
        return new Selection(files, skipped);
    }

    private static boolean isActivity(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ActivityFormat.recognise(in.readNBytes(4096)).isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
