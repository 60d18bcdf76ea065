package org.runmuscle.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.ActivitySummaries;
import org.runmuscle.core.activity.ActivitySummary;
import org.runmuscle.core.activity.BodyMass;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.core.training.Level;
import org.runmuscle.core.training.WholeBodyLoad;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.ExportLimits;
import org.runmuscle.ingest.ExportWalker;

/**
 * One partition's files read and analysed on an executor, as the command line's import does: the
 * readers and the model are built once per partition; each file (a recording, or a bulk export's
 * zip, opened by the import's {@link ExportWalker} with its zip-bomb limits) gives its activities
 * and muscle loads, and a file that cannot be read (or makes a reader throw anything) gives one
 * reject row. Input rows follow {@link Inputs#SCHEMA}; output rows follow {@link Tables#ALL}.
 */
final class FileAnalysis implements MapPartitionsFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String root;
    private final HadoopConf conf;

    /**
     * {@code root}: the input folder as Spark names its files, so that the first folder under it
     * names the athlete of a row that has none (a tree; a manifest names its athletes).
     */
    FileAnalysis(String root, HadoopConf conf) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.conf = conf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) throws IOException {
        LoadModel model = LoadModel.load(Atlas.load());
        ActivityReaders readers = ActivityReaders.withDefaultLimit();
        ExportWalker walker = new ExportWalker(ExportLimits.DEFAULT);
        List<Row> out = new ArrayList<>();
        while (files.hasNext()) {
            Row file = files.next();
            String path = file.getString(1);
            String athlete = file.isNullAt(0) ? athleteOf(path) : file.getString(0);
            if (athlete.isEmpty()) {
                out.add(Tables.reject(
                        "", path, "a file directly in the input folder: put it in a folder named after its athlete"));
                continue;
            }
            double mass = file.isNullAt(2) ? Double.NaN : file.getDouble(2);
            Analysis analysis = new Analysis(model, readers, athlete, mass, out);
            try {
                walk(walker, path, analysis);
            } catch (Exception | StackOverflowError e) {
                // one bad file never fails the job: whatever a reader throws becomes its reject row
                out.add(Tables.reject(athlete, path, oneLine(e)));
            }
        }
        return out.iterator();
    }

    private String athleteOf(String path) {
        String relative = path.startsWith(root) ? path.substring(root.length()) : path;
        int slash = relative.indexOf('/');
        return slash <= 0 ? "" : relative.substring(0, slash);
    }

    /**
     * The import's walk over one file: a local file in place, any other file system's copied to a
     * local temporary file first (a zip is read through its central directory, which needs a file).
     */
    private void walk(ExportWalker walker, String path, Analysis analysis) throws IOException {
        Path hadoopPath = new Path(path);
        FileSystem fs = hadoopPath.getFileSystem(conf.get());
        if (!fs.exists(hadoopPath)) {
            analysis.refused(path, "no such file");
            return;
        }
        if (fs.getFileStatus(hadoopPath).isDirectory()) {
            analysis.refused(path, "a folder: name its files in the manifest, or give the folder as a tree");
            return;
        }
        if ("file".equals(fs.getUri().getScheme())) {
            walker.walkFile(Paths.get(fs.makeQualified(hadoopPath).toUri()), path, analysis);
            return;
        }
        var copy = Files.createTempFile("runmuscle-batch-", ".part");
        try {
            try (InputStream in = fs.open(hadoopPath)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            walker.walkFile(copy, path, analysis);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static String oneLine(Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return reason.lines().findFirst().orElse(reason);
    }

    /**
     * The walker's findings as rows: candidates analysed, refusals rejected, other files passed over
     * as import passes over them.
     */
    private record Analysis(LoadModel model, ActivityReaders readers, String athlete, double massKg, List<Row> out)
            implements ExportWalker.Visitor {
        @Override
        public void candidate(ExportWalker.Candidate candidate) {
            try {
                analyse(readers.read(candidate.bytes()).withMetadata(candidate.metadata()), candidate.name());
            } catch (ActivityFormatException e) {
                if (!e.notAnActivity() || candidate.named()) {
                    out.add(Tables.reject(athlete, candidate.name(), oneLine(e)));
                }
            } catch (RuntimeException | StackOverflowError e) {
                out.add(Tables.reject(athlete, candidate.name(), oneLine(e)));
            }
        }

        @Override
        public void skipped(String name, String reason) {
            // a photo, a sleep or monitoring file in an export: import passes over them too
        }

        @Override
        public void refused(String name, String reason) {
            out.add(Tables.reject(athlete, name, reason));
        }

        private void analyse(ActivityReaders.Read read, String file) {
            List<Activity> activities = read.activities();
            for (int session = 0; session < activities.size(); session++) {
                Activity activity = activities.get(session);
                ActivitySummary summary = ActivitySummaries.of(activity);
                RunLoad run = activity.sport() == Sport.RUNNING
                        ? model.loads(activity, Double.isNaN(massKg) ? BodyMass.ofFile(activity) : massKg)
                        : null;
                out.add(activityRow(file, session, activity, summary, run));
                if (run == null) {
                    continue;
                }
                for (RunLoad.MuscleLoad m : run.muscles()) {
                    out.add(Tables.of(
                            Tables.MUSCLE_LOAD,
                            Tables.MUSCLE_LOAD_COLUMNS,
                            athlete,
                            file,
                            session,
                            m.id(),
                            m.loadBwSeconds(),
                            m.concentricBwSeconds(),
                            m.eccentricBwSeconds(),
                            m.isometricBwSeconds(),
                            m.damagingBwSeconds()));
                }
            }
        }

        private Row activityRow(String file, int session, Activity activity, ActivitySummary summary, RunLoad run) {
            double minutes = summary.movingSeconds() / 60;
            double load = Double.isNaN(summary.avgHeartRate())
                    ? activity.sport() == Sport.RUNNING
                            ? WholeBodyLoad.fromPace(
                                    minutes, summary.distanceMeters(), summary.ascentMeters(), Level.BEGINNER)
                            : Double.NaN
                    : WholeBodyLoad.fromHeartRate(minutes, summary.avgHeartRate(), Double.NaN, Double.NaN);
            return Tables.of(
                    Tables.ACTIVITY,
                    Tables.ACTIVITY_COLUMNS,
                    athlete,
                    file,
                    session,
                    activity.sport().id(),
                    activity.startTime().toEpochMilli(),
                    summary.movingSeconds(),
                    nullable(summary.distanceMeters()),
                    nullable(summary.ascentMeters()),
                    nullable(summary.avgHeartRate()),
                    nullable(load),
                    run == null ? null : metres(run, RunLoad.Segment.Kind.CLIMB, RunLoad.Segment.Kind.DESCENT),
                    run == null ? null : metres(run, RunLoad.Segment.Kind.FAST),
                    run == null ? null : metres(run, RunLoad.Segment.Kind.values()));
        }
    }

    /**
     * Metres of the run inside the model's named segments of these kinds (climbs and descents are
     * the hilly running, fast kilometres the fast), overlaps counted once.
     */
    static double metres(RunLoad run, RunLoad.Segment.Kind... kinds) {
        List<RunLoad.Segment> segments = run.segments().stream()
                .filter(s -> List.of(kinds).contains(s.kind()))
                .sorted(Comparator.comparingDouble(RunLoad.Segment::fromKm))
                .toList();
        double km = 0;
        double reached = Double.NEGATIVE_INFINITY;
        for (RunLoad.Segment s : segments) {
            double from = Math.max(s.fromKm(), reached);
            if (s.toKm() > from) {
                km += s.toKm() - from;
                reached = s.toKm();
            }
        }
        return km * 1000;
    }

    private static Double nullable(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
