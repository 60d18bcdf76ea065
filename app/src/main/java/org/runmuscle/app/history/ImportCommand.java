package org.runmuscle.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Units;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.ExportLimits;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        description = {
            "Imports every FIT, GPX and TCX file (gzipped too) under the folders, files and zips given into "
                    + "the history, analysing each run's muscle load. Zips are read whole: Strava's 'download your "
                    + "data' archive (names, types and gear from its activities.csv), Garmin's account export (zips "
                    + "in a zip; sleep and monitoring files are skipped) and single-activity zips.",
            "",
            "Importing again adds nothing: a file's content is its identity, and the same run exported twice "
                    + "(FIT and GPX) is recognised by its start and distance and kept once. Each file is saved in "
                    + "one transaction, so an import that is stopped leaves the history consistent.",
            "",
            "Each file is listed as imported, duplicate, already imported, skipped (not an activity) or refused "
                    + "with its reason; good files are kept whatever their neighbours are. Exit code 2 when any "
                    + "file was refused (the others are imported all the same)."
        },
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle import ~/watch-exports",
            "  runmuscle import export_12345678.zip",
            "  runmuscle import run.fit --db /tmp/test.db",
            "  runmuscle import anna-runmuscle-2026-12-01.zip    (an archive from 'runmuscle export': restored)"
        })
public final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders, files or zips.")
    List<Path> paths;

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Mixin
    FormatOption format = new FormatOption();

    @Override
    public Integer call() {
        PrintWriter err = format.err();
        ImportReport report = new ImportReport();
        Progress progress = new Progress(err, System.console() != null);
        Consumer<Importer.Outcome> shown = outcome -> {
            report.add(outcome);
            if (!format.json() && outcome.status() != Importer.Status.SKIPPED) {
                progress.clear();
                format.out().println(ImportReport.line(outcome));
                format.out().flush();
            }
            progress.step(report);
        };
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            Optional<JsonNode> archive = Files.isRegularFile(path) ? archive(path) : Optional.empty();
            if (archive.isPresent()) {
                restore(path, archive.get(), shown);
            } else {
                files.add(path);
            }
        }
        if (!files.isEmpty()) {
            try (HistoryStore store = athlete.open(database)) {
                Importer importer = HistoryService.of(store).importer(ActivityReaders.withDefaultLimit());
                importer.importAll(files, ExportLimits.DEFAULT, shown);
            }
        }
        progress.done();
        if (format.json()) {
            Json.print(format.out(), report.json());
        } else {
            report.skippedLines().forEach(format.out()::println);
            format.out().println(report.summary());
        }
        List<Importer.Outcome> refused = new ArrayList<>(report.refused());
        refused.forEach(f -> err.println("runmuscle import: " + f.file() + ": " + f.reason()));
        return refused.isEmpty() ? 0 : 2;
    }

    private static Optional<JsonNode> archive(Path path) {
        try {
            return ArchiveReader.manifest(path, path.getFileName().toString());
        } catch (ArchiveReader.ArchiveException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /**
     * A runmuscle archive goes to the athlete named with --athlete, else to the athlete it was
     * exported from, who is added to this history when new.
     */
    private void restore(Path path, JsonNode manifest, Consumer<Importer.Outcome> shown) {
        try (Database db = database.openDatabase()) {
            Athletes athletes = new Athletes(db);
            String name = athlete.named().orElse(ArchiveReader.athleteName(manifest));
            Athlete target = athletes.byName(name).orElseGet(() -> {
                if (athlete.named().isPresent()) {
                    throw new UserInputException(
                            "no athlete named " + Quoted.of(name) + "; 'runmuscle athletes add' adds one");
                }
                return athletes.add(name);
            });
            HistoryService history = HistoryService.of(athletes.history(target));
            history.restore(path, path.getFileName().toString(), manifest, ActivityReaders.withDefaultLimit(), shown);
        } catch (ArchiveReader.ArchiveException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** A one-line progress count on stderr, redrawn in place, only when a terminal is watching. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private long lastDraw;
        private boolean drawn;

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void step(ImportReport report) {
            long now = System.nanoTime();
            if (!terminal || now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            err.printf(
                    "\r%d files, %d runs, %d refused, %s ",
                    report.files(), report.runs(), report.refused().size(), Units.duration((now - started) / 1e9));
            err.flush();
            drawn = true;
        }

        /** Wipes the progress line so that a file's line prints on a clean line. */
        void clear() {
            if (drawn) {
                err.print("\r\033[K");
                err.flush();
                drawn = false;
            }
        }

        void done() {
            clear();
        }
    }
}
