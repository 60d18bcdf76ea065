package org.runmuscle.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.runmuscle.app.activity.ActivityView;
import org.runmuscle.app.activity.RunTrack;
import org.runmuscle.app.output.Display;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.GroupShares;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.core.training.Days;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.DailyLoad;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import org.runmuscle.store.Work;

/**
 * The training-history feature over one open history: importing, listing and showing activities,
 * re-analysing them, and each muscle's load, readiness and soreness over a window of days. The
 * history commands and the activity and history routes all call it.
 */
public final class HistoryService {
    private final HistoryStore store;
    private final Atlas atlas;
    private final Supplier<LoadModel> model;
    private final Supplier<Map<String, Double>> referenceDay;
    private final HistoryCache cache;

    /** {@code model} is asked for only when a run is analysed or readiness is computed: building it costs 0.1 s. */
    public HistoryService(HistoryStore store, Atlas atlas, Supplier<LoadModel> model) {
        this(store, atlas, model, Memo.of(() -> model.get().referenceDay()), new HistoryCache());
    }

    private HistoryService(
            HistoryStore store,
            Atlas atlas,
            Supplier<LoadModel> model,
            Supplier<Map<String, Double>> referenceDay,
            HistoryCache cache) {
        this.store = store;
        this.atlas = atlas;
        this.model = model;
        this.referenceDay = referenceDay;
        this.cache = cache;
    }

    /** The same feature over another athlete's history, sharing the atlas and the model. */
    public HistoryService forAthlete(HistoryStore other) {
        return new HistoryService(other, atlas, model, referenceDay, cache);
    }

    /** With the atlas and the model of this release, built on first need. */
    public static HistoryService of(HistoryStore store) {
        Atlas atlas = Atlas.load();
        return new HistoryService(store, atlas, Memo.of(() -> LoadModel.load(atlas)));
    }

    /**
     * The feature with this release's atlas and model and no athlete yet, for a server or a roster
     * that works over many athletes: {@link #forAthlete} gives it one.
     */
    public static HistoryService unbound() {
        return of(null);
    }

    public HistoryStore store() {
        return store;
    }

    public Atlas atlas() {
        return atlas;
    }

    public LoadModel model() {
        return model.get();
    }

    /**
     * When the {@code days} to {@code today} hold no load of this work, the last day before them
     * that does (epoch days); empty when the window has training, or there is none at all.
     */
    public OptionalLong olderTraining(long today, int days, Work work) {
        if (!store.dailyLoads(today - days + 1, today, work).isEmpty()) {
            return OptionalLong.empty();
        }
        return store.dailyLoads(Long.MIN_VALUE / 2, today - days, work).stream()
                .mapToLong(DailyLoad::epochDay)
                .max();
    }

    /** Each muscle's loads over {@code days} days to {@code today} (an epoch day), and its state at the end. */
    public History history(long today, int days) {
        return history(today, days, Work.ALL);
    }

    /** As {@link #history(long, int)}, counting running, strength or both. */
    public History history(long today, int days, Work work) {
        return cache.get(
                store.athleteId(),
                store.changes(),
                today,
                days,
                work,
                () -> History.load(store, atlas, referenceDay.get(), today, days, work));
    }

    /** {@code today}'s history run on to a later {@code day}, with no more training. */
    public History projected(History today, long day) {
        return today.projected(referenceDay.get(), day);
    }

    /** Today in the athlete's time zone: the day their sessions are dated by. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of(athlete().timeZone())));
    }

    /** The imported activities, oldest first, from {@code since} on. */
    public List<ActivityLine> activities(Optional<Instant> since) {
        return store.activities(since).stream().map(ActivityLine::of).toList();
    }

    public Optional<StoredActivity> activity(long id) {
        return store.activity(id);
    }

    /** A stored activity as {@code run ID} and the API show it, with its muscle analysis when it is a run. */
    public ActivityView view(StoredActivity stored) {
        Activity activity = StoredRuns.activity(store, stored, stored.massKg());
        ActivityView view = ActivityView.of("#" + stored.id(), "stored", activity);
        if (activity.sport() == Sport.RUNNING) {
            // the notes in the athlete's unit, like every text shown to them; the numbers stay SI
            RunLoad load = model.get()
                    .analyze(activity, stored.massKg(), Display.miles(athlete().units()));
            view = view.withLoad(load, "stored");
            Optional<String> headline = headline(stored, load);
            if (headline.isPresent()) {
                view = view.withHeadline(headline.get());
            }
        }
        return view;
    }

    /** How this run shared its load among the groups, against the 28 days of running before it. */
    private Optional<String> headline(StoredActivity stored, RunLoad load) {
        long day = stored.startTime().getEpochSecond() / 86_400;
        Map<String, Double> usual = new LinkedHashMap<>();
        for (DailyLoad daily : store.dailyLoads(day - 28, day - 1)) {
            usual.merge(daily.muscle(), daily.loadBwSeconds(), Double::sum);
        }
        Map<String, Double> run = new LinkedHashMap<>();
        load.muscles().forEach(m -> run.put(m.id(), m.loadBwSeconds()));
        List<GroupShares.Shift> shifts = GroupShares.shifts(GroupShares.of(atlas, run), GroupShares.of(atlas, usual));
        return RunHeadline.of(atlas, shifts, !usual.isEmpty());
    }

    /** A stored run along its distance; empty when the activity is not a run. */
    public Optional<RunTrack> track(StoredActivity stored) {
        Activity activity = StoredRuns.activity(store, stored, stored.massKg());
        if (activity.sport() != Sport.RUNNING) {
            return Optional.empty();
        }
        return Optional.of(RunTrack.of(activity, model.get(), atlas, stored.massKg()));
    }

    /** An importer with the athlete's mass as it is now. */
    public Importer importer(ActivityReaders readers) {
        Athlete athlete = store.athlete();
        OptionalDouble mass = athlete.hasMass() ? OptionalDouble.of(athlete.massKg()) : OptionalDouble.empty();
        return new Importer(store, readers, mass, model.get());
    }

    /** Writes this athlete's whole history as one archive ({@link ArchiveWriter}); the activities in it. */
    public int export(OutputStream out) throws IOException {
        return ArchiveWriter.write(store, out);
    }

    /**
     * Restores an archive into this athlete's history when {@code file} is one (its profile too, when
     * this athlete has none yet), one outcome per file; false, and nothing done, for any other file.
     */
    public boolean restoreIfArchive(
            Path file, String name, ActivityReaders readers, Consumer<Importer.Outcome> outcomes) {
        Optional<JsonNode> manifest = ArchiveReader.manifest(file, name);
        manifest.ifPresent(m -> restore(file, name, m, readers, outcomes));
        return manifest.isPresent();
    }

    /** Restores an archive whose manifest was read already ({@link ArchiveReader#manifest}). */
    void restore(Path file, String name, JsonNode manifest, ActivityReaders readers, Consumer<Importer.Outcome> out) {
        if (!store.athlete().hasMass()) {
            ArchiveProfile.apply(this, manifest.path("athlete"));
        }
        // the importer after the profile: restored runs are analysed with the archive's body mass
        ArchiveReader.restore(file, name, manifest, this, importer(readers), out);
    }

    /** The athlete and their profile; the mass is NaN until given. */
    public Athlete athlete() {
        return store.athlete();
    }

    /** Deletes one activity; false when there is none with that id. */
    public boolean delete(long id) {
        return store.deleteActivity(id);
    }

    /**
     * Corrects an activity's sport or name (empty: keep). An activity that becomes a run is
     * analysed now; one that stops being a run loses its muscle loads. Empty if no such activity.
     */
    public Optional<StoredActivity> edit(long id, Optional<Sport> sport, Optional<String> name) {
        Optional<StoredActivity> found = store.activity(id);
        if (found.isEmpty()) {
            return found;
        }
        StoredActivity stored = found.get();
        String newSport = sport.map(Sport::id).orElse(stored.sport());
        store.updateActivity(id, newSport, name.map(String::strip).orElse(stored.name()));
        if (newSport.equals(Sport.RUNNING.id()) && !stored.sport().equals(newSport)) {
            analyse(store.activity(id).orElseThrow(), profileMass());
        }
        return store.activity(id);
    }

    /** The profile after a change, and how many runs a new body mass re-analysed. */
    public record ProfileSaved(Athlete athlete, int runsReanalysed) {}

    /** Applies a change to the athlete's profile and saves it; nothing is saved when it is refused. */
    ProfileSaved changeProfile(ProfileChange change, ProfileChange.Names names) {
        Athlete updated = change.applyTo(store.athlete(), names);
        int reanalysed = change.isEmpty() ? 0 : saveAthlete(updated);
        return new ProfileSaved(store.athlete(), reanalysed);
    }

    /**
     * Saves the athlete's profile. A new body mass re-analyses every stored run, since the profile's
     * mass is the mass of every run; the number of runs re-analysed.
     */
    public int saveAthlete(Athlete athlete) {
        Athlete before = store.athlete();
        store.saveAthlete(athlete);
        boolean massChanged = athlete.hasMass() && (!before.hasMass() || before.massKg() != athlete.massKg());
        return massChanged ? reanalyze() : 0;
    }

    /** The profile's mass, which is every run's mass; empty when no profile was saved. */
    private Optional<Double> profileMass() {
        Athlete athlete = store.athlete();
        return athlete.hasMass() ? Optional.of(athlete.massKg()) : Optional.empty();
    }

    private void analyse(StoredActivity stored, Optional<Double> profileMass) {
        double mass = profileMass.orElse(stored.massKg());
        Activity activity = StoredRuns.activity(store, stored, mass).withSport(Sport.RUNNING);
        store.replaceLoads(
                stored.id(),
                stored.startTime(),
                LoadModel.VERSION,
                mass,
                Importer.loads(model.get().loads(activity, mass)));
    }

    /** Recomputes every stored run's muscle loads with this release's model; the number of runs. */
    public int reanalyze() {
        int count = 0;
        Optional<Double> mass = profileMass(); // read once, not once per run
        for (long id : store.runningIds()) {
            analyse(store.activity(id).orElseThrow(), mass);
            count++;
        }
        return count;
    }

    /** What {@code reanalyze} says it did. */
    static String reanalysed(int count) {
        return "Re-analysed " + Days.plural(count, "run") + " with model version " + LoadModel.VERSION + ".";
    }
}
