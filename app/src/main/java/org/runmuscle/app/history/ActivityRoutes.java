package org.runmuscle.app.history;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.runmuscle.app.activity.RunTrack;
import org.runmuscle.app.cli.DateOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.JsonBodies;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.ExportLimits;
import org.runmuscle.ingest.ExportWalker;
import org.runmuscle.store.StoredActivity;

/**
 * Activities: the list, one with its muscle analysis, corrections, and uploads. Each uploaded file
 * (and each file inside an uploaded zip) gets its own result; a bad file never costs a good one.
 */
public final class ActivityRoutes implements Routes {
    private final Histories histories;
    private final long maxUploadBytes;
    private final ActivityReaders readers;

    public ActivityRoutes(Histories histories, long maxUploadBytes) {
        this.histories = histories;
        this.maxUploadBytes = maxUploadBytes;
        this.readers = new ActivityReaders(Math.min(maxUploadBytes, ActivityReaders.DEFAULT_MAX_BYTES));
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/activities", Access.READ, this::list);
        server.post("/api/v1/activities", Access.WRITE, this::upload);
        server.get("/api/v1/activities/{id}", Access.READ, this::one);
        server.get("/api/v1/activities/{id}/track", Access.READ, this::track);
        server.patch("/api/v1/activities/{id}", Access.WRITE, this::edit);
        server.delete("/api/v1/activities/{id}", Access.WRITE, this::delete);
        server.get("/api/v1/athlete/export", Access.WRITE, this::export);
    }

    private void list(Context ctx) {
        HistoryService history = histories.of(ctx);
        String since = Query.text(ctx, "since");
        Optional<Instant> from = since == null
                ? Optional.empty()
                : Optional.of(DateOption.parse("since", since)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
        List<ActivityLine> lines = history.activities(from);
        Responses.json(ctx, Json.compact(Json.object("activities", lines)));
    }

    private static StoredActivity stored(Context ctx, HistoryService history) {
        long id = Query.pathId(ctx, "activity");
        return history.activity(id).orElseThrow(() -> ApiProblem.notFound("no activity " + id));
    }

    /** The fields a PATCH may set; absent fields keep their value. */
    record Correction(String sport, String name) {}

    private void edit(Context ctx) {
        HistoryService history = histories.of(ctx);
        StoredActivity stored = stored(ctx, history);
        Correction correction = JsonBodies.read(ctx, Correction.class, "{\"sport\": ..., \"name\": ...}");
        if (correction.sport() == null && correction.name() == null) {
            throw new UserInputException("send \"sport\", \"name\" or both");
        }
        Optional<Sport> sport = Optional.ofNullable(correction.sport()).map(s -> Sports.parse("sport", s));
        Optional<String> name = Optional.ofNullable(correction.name()).map(n -> Sports.name("name", n));
        StoredActivity edited = history.edit(stored.id(), sport, name).orElseThrow();
        Responses.json(ctx, Json.compact(ActivityLine.of(edited)));
    }

    private void delete(Context ctx) {
        HistoryService history = histories.of(ctx);
        StoredActivity stored = stored(ctx, history);
        history.delete(stored.id());
        ctx.status(204);
    }

    /** The athlete's whole history as one archive, as {@code runmuscle export} writes it; a download. */
    private void export(Context ctx) throws IOException {
        HistoryService history = histories.of(ctx);
        String file =
                ArchiveWriter.safe(history.athlete().name()) + "-runmuscle-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
        ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        history.export(ctx.outputStream());
    }

    private void track(Context ctx) {
        HistoryService history = histories.of(ctx);
        StoredActivity stored = stored(ctx, history);
        RunTrack track = history.track(stored)
                .orElseThrow(() -> ApiProblem.notFound(
                        "activity " + stored.id() + " is " + stored.sport() + ", not a run: it has no muscle track"));
        Responses.json(ctx, Json.compact(track));
    }

    private void one(Context ctx) {
        HistoryService history = histories.of(ctx);
        StoredActivity stored = stored(ctx, history);
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "id",
                        stored.id(),
                        "storedModelVersion",
                        stored.modelVersion(),
                        "activity",
                        history.view(stored))));
    }

    /**
     * Each uploaded file is saved to a temporary file as it arrives (never held in memory whole),
     * then read like a path given to {@code import}: a zip yields one result per file inside. The
     * size limit applies per file; a file that breaks it, or cannot be read, gets its own problem
     * and the others are imported all the same.
     */
    private void upload(Context ctx) {
        long started = System.nanoTime();
        HistoryService history = histories.of(ctx); // who may upload comes before what was sent
        if (!ctx.isMultipartFormData()) {
            throw new ApiProblem(
                    415, "Unsupported Media Type", "send multipart/form-data with one or more 'file' fields");
        }
        if (ctx.req().getContentLengthLong() > maxRequestBytes(maxUploadBytes)) {
            throw tooLarge();
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (IllegalStateException e) {
            throw tooLarge();
        }
        if (files.isEmpty()) {
            throw new UserInputException("no 'file' field in the upload");
        }
        Importer importer = history.importer(readers);
        ExportWalker walker = new ExportWalker(ExportLimits.DEFAULT);
        List<Map<String, Object>> results = new ArrayList<>();
        Consumer<Importer.Outcome> collect = outcome -> results.add(result(history, outcome));
        for (UploadedFile file : files) {
            String name = uploadName(file);
            if (file.size() > maxUploadBytes) {
                collect.accept(Importer.Outcome.refused(
                        name,
                        String.format(
                                Locale.ROOT,
                                "is %.1f MiB, over the server's limit of %d MiB per file",
                                file.size() / 1048576.0,
                                maxUploadBytes >> 20)));
                continue;
            }
            walkUpload(file, name, walker, importer, collect, history, readers);
        }
        // Server time from the request's arrival at the handler to the stored result, for the benchmark
        ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
        boolean created = results.stream().anyMatch(r -> "imported".equals(r.get("status")));
        boolean allRefused = results.stream().allMatch(r -> "refused".equals(r.get("status")));
        if (allRefused) {
            String detail = results.size() == 1
                    ? results.get(0).get("name") + ": " + results.get(0).get("reason")
                    : "none of the " + results.size() + " files could be read; each file's reason is in 'files'";
            ctx.status(422).contentType("application/problem+json");
            ctx.result(Json.compact(Json.object(
                    "type",
                    "about:blank",
                    "title",
                    "Unprocessable Content",
                    "status",
                    422,
                    "detail",
                    detail,
                    "instance",
                    ctx.path(),
                    "files",
                    results)));
            return;
        }
        ctx.status(created ? 201 : 200);
        Responses.json(ctx, Json.compact(Json.object("files", results)));
    }

    /** The whole request may carry a few files at the limit: four times it, at most 8 GiB. */
    static long maxRequestBytes(long maxFileBytes) {
        return Math.min(4 * maxFileBytes, 8L << 30);
    }

    private static String uploadName(UploadedFile file) {
        String name = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    /** A runmuscle archive is restored into the athlete's history; any other upload is walked like an import. */
    private static void walkUpload(
            UploadedFile file,
            String name,
            ExportWalker walker,
            Importer importer,
            Consumer<Importer.Outcome> collect,
            HistoryService history,
            ActivityReaders readers) {
        Path copy = null;
        try {
            copy = Files.createTempFile("runmuscle-upload-", ".part");
            try (InputStream in = file.content()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!history.restoreIfArchive(copy, name, readers, collect)) {
                walker.walkFile(copy, name, importer.visitor(collect));
            }
        } catch (IOException e) {
            collect.accept(Importer.Outcome.refused(name, "the upload could not be stored (" + e.getMessage() + ")"));
        } catch (ArchiveReader.ArchiveException e) {
            collect.accept(Importer.Outcome.refused(name, e.getMessage()));
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // A temporary file left behind is the operating system's to clean; the import stands.
                }
            }
        }
    }

    /** One file's result: its status, the activities it added, and its reason when it added none. */
    private static Map<String, Object> result(HistoryService history, Importer.Outcome outcome) {
        List<ActivityLine> stored = outcome.status() == Importer.Status.IMPORTED
                ? history.store().activitiesOfFile(outcome.hash()).stream()
                        .map(ActivityLine::of)
                        .toList()
                : List.of();
        return Json.object(
                "name", outcome.file(),
                "status", outcome.status().id(),
                "activities", stored,
                "duplicates", outcome.duplicates(),
                "reason", outcome.reason().isEmpty() ? null : outcome.reason());
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(
                413,
                "Content Too Large",
                "the upload is larger than the server's limit of " + (maxRequestBytes(maxUploadBytes) >> 20)
                        + " MiB per request (" + (maxUploadBytes >> 20) + " MiB per file): send fewer files at once");
    }
}
