package org.runmuscle.app.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalDouble;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.MuscleLoad;
import org.runmuscle.store.NewActivity;
import org.runmuscle.store.SavedFile;

/**
 * Imports recordings into the history: decode, summarise, analyse the runs, save each file in one
 * transaction. A file already imported (same content) is skipped without being decoded.
 */
public final class Importer {
    /** What happened to one file ({@code hash} is empty when it could not be read). */
    public record Outcome(
            String file, String hash, int stored, int runs, int duplicates, boolean alreadyImported, String error) {
        boolean failed() {
            return !error.isEmpty();
        }
    }

    private final HistoryStore store;
    private final ActivityReaders readers;
    private final LoadModel model;
    private final OptionalDouble athleteMassKg;

    /** {@code athleteMassKg}: the profile's mass, which wins over what a file says; empty if unset. */
    Importer(HistoryStore store, ActivityReaders readers, OptionalDouble athleteMassKg) {
        this(store, readers, athleteMassKg, LoadModel.load(Atlas.load()));
    }

    Importer(HistoryStore store, ActivityReaders readers, OptionalDouble athleteMassKg, LoadModel model) {
        this.store = store;
        this.readers = readers;
        this.model = model;
        this.athleteMassKg = athleteMassKg;
    }

    public Outcome importFile(Path file) {
        try {
            return importBytes(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return new Outcome(file.toString(), "", 0, 0, 0, false, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** Imports one file's bytes; {@code name} is only for messages. */
    Outcome importBytes(String name, byte[] bytes) {
        String hash = sha256(bytes);
        if (store.hasFile(hash)) {
            return new Outcome(name, hash, 0, 0, 0, true, "");
        }
        try {
            return save(name, hash, readers.read(bytes));
        } catch (ActivityFormatException e) {
            return new Outcome(name, hash, 0, 0, 0, false, e.getMessage());
        }
    }

    /** Analyses and saves a file already decoded, in one transaction. */
    Outcome save(String name, String hash, ActivityReaders.Read read) {
        List<NewActivity> activities = new ArrayList<>();
        int runs = 0;
        for (int session = 0; session < read.activities().size(); session++) {
            Activity activity = read.activities().get(session);
            double mass = massFor(activity);
            List<MuscleLoad> loads = List.of();
            if (activity.sport() == Sport.RUNNING) {
                loads = loads(model.analyze(activity, mass));
                runs++;
            }
            activities.add(
                    new NewActivity(session, activity, ActivitySummaries.of(activity), mass, loads, LoadModel.VERSION));
        }
        String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        SavedFile saved = store.save(hash, fileName, read.format().id(), activities);
        return new Outcome(
                name,
                hash,
                saved.stored(),
                saved.stored() == 0 ? 0 : runs,
                saved.duplicates(),
                saved.alreadyImported(),
                "");
    }

    /** The profile's mass, else a plausible mass from the file, else the default. */
    private double massFor(Activity activity) {
        if (athleteMassKg.isPresent()) {
            return athleteMassKg.getAsDouble();
        }
        double fromFile = activity.bodyMassKg().orElse(Double.NaN);
        return fromFile >= BodyMass.MIN_KG && fromFile <= BodyMass.MAX_KG ? fromFile : BodyMass.DEFAULT.kg();
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
