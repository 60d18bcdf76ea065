package org.runmuscle.app.history;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmuscle.app.activity.RunTrack;
import org.runmuscle.app.cli.DateOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.ingest.ActivityFormat;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.store.StoredActivity;

/**
 * Activities: the list, one with its muscle analysis, and uploads. An upload is checked whole
 * before anything is saved: one unreadable file refuses the request and nothing is written.
 */
public final class ActivityRoutes implements Routes {
    private final HistoryService history;
    private final long maxUploadBytes;
    private final ActivityReaders readers;

    public ActivityRoutes(HistoryService history, long maxUploadBytes) {
        this.history = history;
        this.maxUploadBytes = maxUploadBytes;
        this.readers = new ActivityReaders(maxUploadBytes);
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/activities", this::list);
        server.post("/api/v1/activities", this::upload);
        server.get("/api/v1/activities/{id}", this::one);
        server.get("/api/v1/activities/{id}/track", this::track);
    }

    /** What became of one uploaded file: imported, duplicate (the same run from another file) or already-imported. */
    record FileResult(String name, String status, List<ActivityLine> activities, int duplicates) {}

    private void list(Context ctx) {
        String since = Query.text(ctx, "since");
        Optional<Instant> from = since == null
                ? Optional.empty()
                : Optional.of(DateOption.parse("since", since)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
        List<ActivityLine> lines = history.activities(from);
        Responses.json(ctx, Json.compact(Json.object("activities", lines)));
    }

    private StoredActivity stored(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("no activity '" + ctx.pathParam("id") + "': ids are numbers");
        }
        return history.activity(id).orElseThrow(() -> ApiProblem.notFound("no activity " + id));
    }

    private void track(Context ctx) {
        StoredActivity stored = stored(ctx);
        RunTrack track = history.track(stored)
                .orElseThrow(() -> ApiProblem.notFound(
                        "activity " + stored.id() + " is " + stored.sport() + ", not a run: it has no muscle track"));
        Responses.json(ctx, Json.compact(track));
    }

    private void one(Context ctx) {
        StoredActivity stored = stored(ctx);
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

    private void upload(Context ctx) {
        long started = System.nanoTime();
        if (!ctx.isMultipartFormData()) {
            throw new ApiProblem(
                    415, "Unsupported Media Type", "send multipart/form-data with one or more 'file' fields");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxUploadBytes) {
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
        // Everything is read and checked first, so that a bad file refuses the whole request.
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        List<ActivityReaders.Read> reads = new ArrayList<>();
        for (UploadedFile file : files) {
            String name = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
            byte[] bytes = bytes(file);
            if (ActivityFormat.recognise(bytes).isEmpty()) {
                throw new ApiProblem(
                        415, "Unsupported Media Type", name + ": not a FIT, GPX or TCX file (gzipped or not)");
            }
            try {
                reads.add(readers.read(bytes));
            } catch (ActivityFormatException e) {
                throw new UserInputException(name + ": " + e.getMessage());
            }
            names.add(name);
            contents.add(bytes);
        }
        Importer importer = history.importer(readers);
        List<FileResult> results = new ArrayList<>();
        boolean created = false;
        for (int i = 0; i < names.size(); i++) {
            String hash = Importer.sha256(contents.get(i));
            Importer.Outcome outcome = importer.save(names.get(i), hash, reads.get(i));
            List<ActivityLine> stored = history.store().activitiesOfFile(hash).stream()
                    .map(ActivityLine::of)
                    .toList();
            String status =
                    outcome.alreadyImported() ? "already-imported" : outcome.stored() > 0 ? "imported" : "duplicate";
            created |= outcome.stored() > 0;
            results.add(new FileResult(names.get(i), status, stored, outcome.duplicates()));
        }
        // Server time from the request's arrival at the handler to the stored result, for the benchmark
        ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
        ctx.status(created ? 201 : 200);
        Responses.json(ctx, Json.compact(Json.object("files", results)));
    }

    private byte[] bytes(UploadedFile file) {
        if (file.size() > maxUploadBytes) {
            throw tooLarge();
        }
        try (InputStream in = file.content()) {
            return in.readNBytes((int) Math.min(maxUploadBytes, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(
                413,
                "Content Too Large",
                "the upload is larger than the server's limit of " + maxUploadBytes / (1024 * 1024) + " MiB");
    }
}
