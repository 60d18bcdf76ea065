package org.runmuscle.app.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.runmuscle.app.activity.RunLoads;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.ingest.ActivityFormat;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.ExportLimits;
import org.runmuscle.ingest.ExportWalker;
import org.runmuscle.store.Deflation;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.MuscleLoad;
import org.runmuscle.store.NewActivity;
import org.runmuscle.store.SavedFile;
import org.runmuscle.store.StrengthLog;

/**
 * Imports recordings into the history: decode, summarise, analyse the runs, save each file in one
 * transaction. A file already imported (same content) is known by its hash and not decoded again.
 * Each file gets an {@link Outcome}; one file's problem never stops its neighbours.
 */
public final class Importer {
    /** What became of one file. */
    public enum Status {
        /** At least one new activity was stored. */
        IMPORTED,
        /** Every session was the same run as one already stored from another file. */
        DUPLICATE,
        /** This very file (same bytes) was imported before. */
        ALREADY_IMPORTED,
        /** Not an activity (a sleep or monitoring file in an export, a course, a photo). */
        SKIPPED,
        /** Could not be read; the reason says why. */
        REFUSED;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What happened to one file ({@code hash} is empty when it was never read). */
    public record Outcome(
            String file, Status status, String hash, int stored, int runs, int duplicates, String reason) {
        static Outcome skipped(String file, String reason) {
            return new Outcome(file, Status.SKIPPED, "", 0, 0, 0, reason);
        }

        static Outcome refused(String file, String reason) {
            return new Outcome(file, Status.REFUSED, "", 0, 0, 0, reason);
        }

        boolean failed() {
            return status == Status.REFUSED;
        }
    }

    private final HistoryStore store;
    private final ActivityReaders readers;
    private final LoadModel model;
    private final OptionalDouble athleteMassKg;
    /** Made when a file first carries strength sets: most imports never need it. */
    private final Supplier<WatchStrength> strength;

    /** {@code athleteMassKg}: the profile's mass, which wins over what a file says; empty if unset. */
    Importer(HistoryStore store, ActivityReaders readers, OptionalDouble athleteMassKg) {
        this(store, readers, athleteMassKg, RunLoads.loadShipped());
    }

    Importer(HistoryStore store, ActivityReaders readers, OptionalDouble athleteMassKg, LoadModel model) {
        this.store = store;
        this.readers = readers;
        this.model = model;
        this.athleteMassKg = athleteMassKg;
        this.strength = Memo.of(() -> new WatchStrength(model, ExerciseCatalog.load(Atlas.load())));
    }

    /** One file named by the runner. */
    public Outcome importFile(Path file) {
        try {
            return importCandidate(
                    new ExportWalker.Candidate(file.toString(), Files.readAllBytes(file), Optional.empty(), true));
        } catch (IOException e) {
            return Outcome.refused(file.toString(), "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** Every file under the paths (folders, zips, exports), one outcome each, in the order found. */
    public void importAll(List<Path> paths, ExportLimits limits, Consumer<Outcome> outcomes) {
        new ExportWalker(limits).walk(paths, visitor(outcomes));
    }

    /** The walker's findings turned into outcomes: candidates are imported as they come. */
    ExportWalker.Visitor visitor(Consumer<Outcome> outcomes) {
        return new ExportWalker.Visitor() {
            @Override
            public void candidate(ExportWalker.Candidate candidate) {
                outcomes.accept(importCandidate(candidate));
            }

            @Override
            public void skipped(String name, String reason) {
                outcomes.accept(Outcome.skipped(name, reason));
            }

            @Override
            public void refused(String name, String reason) {
                outcomes.accept(Outcome.refused(name, reason));
            }
        };
    }

    /** Imports one file's bytes, with what its export says about it. */
    Outcome importCandidate(ExportWalker.Candidate candidate) {
        String name = candidate.name();
        String hash = sha256(candidate.bytes());
        if (store.hasFile(hash)) {
            return new Outcome(name, Status.ALREADY_IMPORTED, hash, 0, 0, 0, "");
        }
        // The original is deflated on another core while this one decodes and analyses: keeping it
        // cost a quarter of the import's time when done in line (bench import, 1,000 runs).
        CompletableFuture<byte[]> kept = CompletableFuture.supplyAsync(() -> Deflation.deflate(candidate.bytes()));
        try {
            ActivityReaders.Read read = readers.read(candidate.bytes());
            List<StrengthLog.Entry> sessions = strengthOf(read, hash);
            return save(name, hash, read.withMetadata(candidate.metadata()), kept, sessions);
        } catch (ActivityFormatException e) {
            if (e.notAnActivity() && !candidate.named()) {
                return Outcome.skipped(name, e.getMessage());
            }
            return new Outcome(name, Status.REFUSED, hash, 0, 0, 0, e.getMessage());
        }
    }

    /** Imports one file's bytes; {@code name} is only for messages. */
    Outcome importBytes(String name, byte[] bytes) {
        return importCandidate(new ExportWalker.Candidate(name, bytes, Optional.empty(), true));
    }

    /**
     * Saves activities rebuilt from an archive's samples under their file's hash (there is no file
     * to keep); already there, they add nothing.
     */
    Outcome saveRebuilt(String name, String hash, String format, List<Activity> activities, String gear) {
        if (store.hasFile(hash)) {
            return new Outcome(name, Status.ALREADY_IMPORTED, hash, 0, 0, 0, "");
        }
        ActivityFormat kind = Arrays.stream(ActivityFormat.values())
                .filter(f -> f.id().equals(format))
                .findFirst()
                .orElse(ActivityFormat.FIT);
        return save(name, hash, new ActivityReaders.Read(kind, activities, gear), null);
    }

    /**
     * The strength session a watch's sets make (none when the file has none); refused whole when a
     * set cannot be placed.
     */
    private List<StrengthLog.Entry> strengthOf(ActivityReaders.Read read, String hash) throws ActivityFormatException {
        if (read.sets().isEmpty() || read.activities().isEmpty()) {
            return List.of();
        }
        Activity activity = read.activities().get(0);
        double minutes = ActivitySummaries.of(activity).elapsedSeconds() / 60;
        ZoneId zone = ZoneId.of(store.athlete().timeZone());
        return strength.get()
                .session(read.sets(), activity, hash, zone, massFor(activity), minutes)
                .map(List::of)
                .orElse(List.of());
    }

    /** Analyses and saves a file already decoded, with its bytes as they came, in one transaction. */
    Outcome save(String name, String hash, ActivityReaders.Read read, CompletableFuture<byte[]> original) {
        return save(name, hash, read, original, List.of());
    }

    /** As {@link #save(String, String, ActivityReaders.Read, CompletableFuture)}, with a watch's strength session. */
    Outcome save(
            String name,
            String hash,
            ActivityReaders.Read read,
            CompletableFuture<byte[]> original,
            List<StrengthLog.Entry> sessions) {
        List<NewActivity> activities = new ArrayList<>();
        int runs = 0;
        for (int session = 0; session < read.activities().size(); session++) {
            Activity activity = read.activities().get(session);
            double mass = massFor(activity);
            List<MuscleLoad> loads = List.of();
            if (activity.sport() == Sport.RUNNING) {
                loads = loads(model.loads(activity, mass));
                runs++;
            }
            activities.add(new NewActivity(
                    session, activity, ActivitySummaries.of(activity), mass, loads, LoadModel.VERSION, read.gear()));
        }
        String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        SavedFile saved = store.save(
                hash, fileName, read.format().id(), activities, original == null ? null : original.join(), sessions);
        Status status = saved.alreadyImported()
                ? Status.ALREADY_IMPORTED
                : saved.stored() > 0 ? Status.IMPORTED : Status.DUPLICATE;
        return new Outcome(name, status, hash, saved.stored(), saved.stored() == 0 ? 0 : runs, saved.duplicates(), "");
    }

    /** The profile's mass, else a plausible mass from the file, else the default. */
    private double massFor(Activity activity) {
        if (athleteMassKg.isPresent()) {
            return athleteMassKg.getAsDouble();
        }
        return BodyMass.ofFile(activity);
    }

    static List<MuscleLoad> loads(RunLoad load) {
        return load.muscles().stream()
                .map(m -> new MuscleLoad(
                        m.id(),
                        m.loadBwSeconds(),
                        m.concentricBwSeconds(),
                        m.eccentricBwSeconds(),
                        m.isometricBwSeconds(),
                        m.damagingBwSeconds()))
                .toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
