package org.runmuscle.app.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        description = "Writes one athlete's whole history to one zip: the profile, the original recordings, every "
                + "activity with its corrections (runmuscle-export.json), and the samples as CSV of runs imported "
                + "before originals were kept. 'runmuscle import ARCHIVE' restores it into any database.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle export --athlete Anna",
            "  runmuscle export --athlete Anna --output anna.zip",
            "  runmuscle import anna.zip --db jdbc:postgresql://server/runmuscle    (a move to a server)"
        })
public final class ExportCommand implements Callable<Integer> {
    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where to write it (default NAME-runmuscle-DATE.zip in the current folder). An existing "
                    + "file is not overwritten.")
    Path output;

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Mixin
    FormatOption format = new FormatOption();

    @Override
    public Integer call() throws IOException {
        try (HistoryStore store = athlete.open(database)) {
            HistoryService history = HistoryService.of(store);
            Path target = output != null
                    ? output
                    : Path.of(ArchiveWriter.safe(store.athlete().name()) + "-runmuscle-" + LocalDate.now(ZoneOffset.UTC)
                            + ".zip");
            if (Files.exists(target)) {
                throw new UserInputException(target + " exists; give another --output (nothing was written)");
            }
            Path folder = target.toAbsolutePath().getParent();
            // Written beside the target and moved in at the end: a failed export leaves no half archive.
            Path partial = Files.createTempFile(folder, ".runmuscle-export-", ".part");
            int activities;
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    activities = history.export(out);
                }
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, target);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            if (format.json()) {
                Json.print(
                        format.out(),
                        Json.object("file", target.toString(), "activities", activities, "bytes", Files.size(target)));
            } else {
                format.out()
                        .printf(
                                "Wrote %s: %s of %s, %.1f MiB.%n",
                                target,
                                activities == 1 ? "1 activity" : activities + " activities",
                                store.athlete().name(),
                                Files.size(target) / 1048576.0);
            }
            return 0;
        }
    }
}
