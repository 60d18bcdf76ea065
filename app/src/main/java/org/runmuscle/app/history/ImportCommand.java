package org.runmuscle.app.history;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.runmuscle.app.activity.ActivityFiles;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.output.Units;
import org.runmuscle.core.training.Days;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        description = {
            "Imports every FIT, GPX and TCX file (gzipped too) under the folders or files given into the "
                    + "history, analysing each run's muscle load. Importing again adds nothing: a file's content is "
                    + "its "
                    + "identity, and the same run exported twice (FIT and GPX) is recognised by its start and "
                    + "distance and "
                    + "kept once. Each file is saved in one transaction, so an import that is stopped leaves the "
                    + "history "
                    + "consistent and the next one finishes the job.",
            "",
            "Files that cannot be read are listed with their reason; the rest are imported. In a terminal a "
                    + "progress line shows files, runs, errors and the time left."
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle import ~/watch-exports", "  runmuscle import run.fit --db /tmp/test.db"
        })
public final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders or files.")
    List<Path> paths;

    @Mixin
    DbOption database = new DbOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (HistoryStore store = database.open()) {
            ActivityFiles.Selection selection = ActivityFiles.expand(paths);
            Importer importer = HistoryService.of(store).importer(ActivityReaders.withDefaultLimit());
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = new Progress(err, selection.files().size(), System.console() != null);
            List<Importer.Outcome> failed = new ArrayList<>();
            int stored = 0;
            int runs = 0;
            int duplicates = 0;
            int already = 0;
            for (Path file : selection.files()) {
                Importer.Outcome outcome = importer.importFile(file);
                stored += outcome.stored();
                runs += outcome.runs();
                duplicates += outcome.duplicates();
                already += outcome.alreadyImported() ? 1 : 0;
                if (outcome.failed()) {
                    failed.add(outcome);
                }
                progress.step(runs, failed.size());
            }
            progress.done();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "Imported %s: %s (%s), %s skipped as the same run from another file, %s already imported, %s "
                            + "failed.%n",
                    Days.plural(selection.files().size(), "file"),
                    Days.plural(stored, "new activity"),
                    Days.plural(runs, "run"),
                    Days.plural(duplicates, "session"),
                    Days.plural(already, "file"),
                    Days.plural(failed.size(), "file"));
            if (selection.skipped() > 0) {
                out.println("Skipped " + Days.plural(selection.skipped(), "file") + " that are not FIT, GPX or TCX.");
            }
            failed.forEach(f -> err.println("runmuscle import: " + f.file() + ": " + f.error()));
            return 0;
        }
    }

    /** A one-line progress bar on stderr, redrawn in place, only when a terminal is watching. */
    static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private int done;
        private long lastDraw;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        void step(int runs, int errors) {
            done++;
            long now = System.nanoTime();
            if (!terminal || now - lastDraw < 100_000_000L && done < total) {
                return;
            }
            lastDraw = now;
            double elapsed = (now - started) / 1e9;
            double eta = done == 0 ? 0 : elapsed / done * (total - done);
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            err.printf(
                    "\r[%s%s] %d/%d files, %d runs, %d errors, ETA %s ",
                    "#".repeat(filled), ".".repeat(width - filled), done, total, runs, errors, Units.duration(eta));
            err.flush();
        }

        void done() {
            if (terminal) {
                err.println();
            }
        }
    }
}
