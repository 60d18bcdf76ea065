package org.runmuscle.app.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.training.Days;

/** The outcomes of one import, counted, and worded for the command line and the API alike. */
final class ImportReport {
    private final List<Importer.Outcome> outcomes = new ArrayList<>();
    private final Map<String, Integer> skippedByReason = new LinkedHashMap<>();
    private final Map<Importer.Status, Integer> counts = new LinkedHashMap<>();
    private int stored;
    private int runs;
    private int duplicateSessions;

    void add(Importer.Outcome outcome) {
        outcomes.add(outcome);
        counts.merge(outcome.status(), 1, Integer::sum);
        stored += outcome.stored();
        runs += outcome.runs();
        duplicateSessions += outcome.duplicates();
        if (outcome.status() == Importer.Status.SKIPPED) {
            skippedByReason.merge(outcome.reason(), 1, Integer::sum);
        }
    }

    int files() {
        return outcomes.size();
    }

    int runs() {
        return runs;
    }

    int count(Importer.Status status) {
        return counts.getOrDefault(status, 0);
    }

    List<Importer.Outcome> refused() {
        return outcomes.stream().filter(Importer.Outcome::failed).toList();
    }

    /** One file's line: its status, its name and what it added or why not. */
    static String line(Importer.Outcome outcome) {
        String detail = switch (outcome.status()) {
            case IMPORTED ->
                Days.plural(outcome.stored(), "new activity")
                        + (outcome.runs() > 0 ? " (" + Days.plural(outcome.runs(), "run") + ")" : "")
                        + (outcome.duplicates() > 0
                                ? ", " + Days.plural(outcome.duplicates(), "session") + " already stored"
                                : "");
            case DUPLICATE ->
                "the same " + (outcome.duplicates() == 1 ? "activity" : "activities")
                        + " as already stored from another file";
            case ALREADY_IMPORTED -> "this file was imported before";
            case SKIPPED, REFUSED -> outcome.reason();
        };
        return String.format("%-16s %s: %s", outcome.status().id(), outcome.file(), detail);
    }

    /** Skipped files, one line per reason: a Garmin export skips thousands for the same one. */
    List<String> skippedLines() {
        List<String> lines = new ArrayList<>();
        skippedByReason.forEach((reason, count) ->
                lines.add(String.format("%-16s %s: %s", "skipped", Days.plural(count, "file"), reason)));
        return lines;
    }

    String summary() {
        return String.format(
                "%s: %s imported (%s, %s), %s duplicate, %s already imported, %s skipped, %s refused.",
                Days.plural(files(), "file"),
                Days.plural(count(Importer.Status.IMPORTED), "file"),
                Days.plural(stored, "new activity"),
                Days.plural(runs, "run"),
                count(Importer.Status.DUPLICATE),
                count(Importer.Status.ALREADY_IMPORTED),
                count(Importer.Status.SKIPPED),
                count(Importer.Status.REFUSED));
    }

    Map<String, Object> json() {
        List<Map<String, Object>> files =
                outcomes.stream().map(ImportReport::fileJson).toList();
        return Json.object(
                "files",
                files,
                "imported",
                count(Importer.Status.IMPORTED),
                "duplicate",
                count(Importer.Status.DUPLICATE),
                "alreadyImported",
                count(Importer.Status.ALREADY_IMPORTED),
                "skipped",
                count(Importer.Status.SKIPPED),
                "refused",
                count(Importer.Status.REFUSED),
                "newActivities",
                stored,
                "newRuns",
                runs,
                "duplicateSessions",
                duplicateSessions);
    }

    static Map<String, Object> fileJson(Importer.Outcome outcome) {
        return Json.object(
                "name",
                outcome.file(),
                "status",
                outcome.status().id(),
                "newActivities",
                outcome.stored(),
                "newRuns",
                outcome.runs(),
                "duplicateSessions",
                outcome.duplicates(),
                "reason",
                outcome.reason().isEmpty() ? null : outcome.reason());
    }
}
