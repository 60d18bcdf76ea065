package org.runmuscle.app.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.WatchExercises;
import org.runmuscle.core.training.plan.Plan;
import org.runmuscle.core.training.plan.Prescription;
import org.runmuscle.ingest.FitWorkout;

/**
 * A plan's sessions as FIT workout files for a Garmin watch: one file per session, in a zip for the
 * whole plan. Each exercise goes as the watch's own exercise (category and name, from
 * {@link WatchExercises}), with its sets, reps or seconds, load and rest; one the watch has no twin
 * for goes as its category, and its note says so.
 */
final class FitWorkouts {
    static final String FIT_TYPE = "application/vnd.ant.fit";
    static final String ZIP_TYPE = "application/zip";
    private static final Pattern ADDED_KG = Pattern.compile("^(\\d+(?:\\.\\d+)?) kg added");

    /** A file to send: its name, bytes and media type. */
    record File(String name, byte[] bytes, String type) {}

    private final ExerciseCatalog catalog;
    private final WatchExercises watch;

    FitWorkouts(ExerciseCatalog catalog) {
        this.catalog = catalog;
        this.watch = WatchExercises.load(catalog);
    }

    /** The whole plan as a zip, or the session on {@code session} as one file. */
    File of(Plan plan, LocalDate monday, Optional<LocalDate> session) {
        List<File> files = new ArrayList<>();
        for (Plan.Week week : plan.weeks()) {
            for (Plan.Session s : week.sessions()) {
                LocalDate date = SessionDates.of(monday, week, s);
                if (session.isEmpty() || session.get().equals(date)) {
                    files.add(file(week, s, date));
                }
            }
        }
        if (session.isPresent()) {
            if (files.isEmpty()) {
                throw new UserInputException("no session on " + session.get() + " in this plan; its sessions start on "
                        + monday + " (see 'plan --format json' for every date)");
            }
            return files.get(0);
        }
        return new File("runmuscle-plan-" + monday + ".zip", zip(files, monday), ZIP_TYPE);
    }

    private File file(Plan.Week week, Plan.Session session, LocalDate date) {
        List<FitWorkout.Exercise> exercises = new ArrayList<>();
        for (Prescription p : session.exercises()) {
            Exercise exercise = catalog.byId(p.id()).orElseThrow();
            WatchExercises.Garmin garmin = watch.garmin(exercise);
            String note = exercise.cues().isEmpty() ? "" : exercise.cues().get(0);
            if (p.perSide()) {
                note = "Per side. " + note;
            }
            if (!garmin.named()) {
                note = "The watch names it " + watch.name(garmin.category()).orElse("by its category") + ". " + note;
            }
            exercises.add(new FitWorkout.Exercise(
                    p.name(),
                    note.strip(),
                    garmin.category(),
                    garmin.name(),
                    p.sets(),
                    p.reps(),
                    p.seconds(),
                    addedKg(p.load()),
                    p.restSeconds()));
        }
        String name = "W" + week.week() + " " + session.day() + " " + session.focus();
        String warmUp = String.join("; ", session.warmUp());
        long created = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        try {
            byte[] bytes = FitWorkout.write(name, serial(date, name, exercises), created, warmUp, exercises);
            return new File(date + "-" + session.day() + ".fit", bytes, FIT_TYPE);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(
                    "the session of " + date + ": " + e.getMessage() + "; ask for fewer minutes a session");
        }
    }

    /** The weight a plan's load line gives ("22 kg added; RPE 8"), or 0. */
    static double addedKg(String load) {
        Matcher m = ADDED_KG.matcher(load == null ? "" : load);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The same session gives the same serial, so a watch replaces the workout sent before; another, another. */
    static long serial(LocalDate date, String name, List<FitWorkout.Exercise> exercises) {
        CRC32 crc = new CRC32();
        crc.update((date + name + exercises).getBytes(StandardCharsets.UTF_8));
        long value = crc.getValue();
        return value == 0 ? 1 : value;
    }

    private static byte[] zip(List<File> files, LocalDate monday) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (File f : files) {
                ZipEntry entry = new ZipEntry(f.name());
                // the plan's Monday, not the time of writing: the same plan gives the same zip
                entry.setTime(monday.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(f.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
