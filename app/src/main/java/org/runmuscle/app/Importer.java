package org.runmuscle.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
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
final class Importer {
    /** What happened to one file. */
    record Outcome(Path file, int stored, int runs, int duplicates, boolean alreadyImported, String error) {
        boolean failed() {
            return !error.isEmpty();
        }
    }

    private final HistoryStore store;
    private final ActivityReaders readers;
    private final LoadModel model;
    private final java.util.OptionalDouble athleteMassKg;

    /** {@code athleteMassKg}: the profile's mass, which wins over what a file says; empty if unset. */
    Importer(HistoryStore store, ActivityReaders readers, java.util.OptionalDouble athleteMassKg) {
        this.store = store;
        this.readers = readers;
        this.model = LoadModel.load(Atlas.load());
        this.athleteMassKg = athleteMassKg;
    }

    Outcome importFile(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String hash = sha256(bytes);
            if (store.hasFile(hash)) {
                return new Outcome(file, 0, 0, 0, true, "");
            }
            ActivityReaders.Read read = readers.read(bytes);
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
                activities.add(new NewActivity(session, activity, ActivitySummaries.of(activity), mass, loads,
                        LoadModel.VERSION));
            }
            SavedFile saved = store.save(hash, file.getFileName().toString(), read.format().id(), activities);
            return new Outcome(file, saved.stored(), saved.stored() == 0 ? 0 : runs, saved.duplicates(),
                    saved.alreadyImported(), "");
        } catch (ActivityFormatException e) {
            return new Outcome(file, 0, 0, 0, false, e.getMessage());
        } catch (IOException e) {
            return new Outcome(file, 0, 0, 0, false, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** The profile's mass, else a plausible mass from the file, else the default. */
    private double massFor(Activity activity) {
        if (athleteMassKg.isPresent()) {
            return athleteMassKg.getAsDouble();
        }
        double fromFile = activity.bodyMassKg().orElse(Double.NaN);
        return fromFile >= 20 && fromFile <= 250 ? fromFile : RunLoads.DEFAULT_MASS_KG;
    }

    static List<MuscleLoad> loads(RunLoad load) {
        return load.muscles().stream().map(m -> new MuscleLoad(m.id(), m.loadBwSeconds(), m.concentricBwSeconds(),
                m.eccentricBwSeconds(), m.isometricBwSeconds())).toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
