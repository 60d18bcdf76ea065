package org.runmuscle.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * One run of the commands people start most, in one JVM, for the launcher's class-data archive
 * ({@code -XX:ArchiveClassesAtExit}): the archive holds the classes a run loaded, so training it
 * on {@code history} alone left the readers, the model and most of the command tree to be loaded
 * from the jar at every start. Arguments: a scratch folder (its database is thrown away) and the
 * example recordings. What the commands print is discarded; a failing one only leaves its classes
 * out of the archive.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    public static void main(String[] args) {
        String db = Path.of(args[0], "train.db").toString();
        String recordings = args[1];
        String[][] commands = {
            {"--version"},
            {"muscle", "soleus"},
            {"muscles"},
            {"exercise", "nordic-hamstring-curl"},
            {"gait", "--speed", "3.5"},
            {"analyze", recordings},
            {"analyze", recordings, "--format", "json"},
            {"import", recordings, "--db", db},
            {"runs", "--db", db},
            {"history", "--db", db, "--as-of", "2026-01-01"},
            {"plan", "--db", db},
            {"analyze", "--no-such-option"}
        };
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (String[] command : commands) {
            Main.run(command, nowhere, nowhere);
        }
    }
}
