package org.runmuscle.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
import org.runmuscle.ingest.ActivityReaders;

/**
 * One partition's files read and analysed on an executor, as the command line's import does: the
 * readers and the model are built once per partition, each file gives its activities and muscle
 * loads, and a file that cannot be read (or makes a reader throw anything) gives one reject row.
 * Rows follow {@link Tables#ALL}.
 */
final class FileAnalysis implements MapPartitionsFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String root;

    /** {@code root}: the input folder as Spark names its files, so the first folder under it is the athlete. */
    FileAnalysis(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        LoadModel model = LoadModel.load(Atlas.load());
        ActivityReaders readers = ActivityReaders.withDefaultLimit();
        List<Row> out = new ArrayList<>();
        while (files.hasNext()) {
            Row file = files.next();
            String path = file.getString(0);
            byte[] bytes = (byte[]) file.get(1);
            String relative = path.startsWith(root) ? path.substring(root.length()) : path;
            int slash = relative.indexOf('/');
            if (slash <= 0) {
                out.add(Tables.reject(
                        "",
                        path,
                        "a file directly in the input folder: put it in a folder named after " + "its athlete"));
                continue;
            }
            String athlete = relative.substring(0, slash);
            try {
                analyse(model, readers, athlete, path, bytes, out);
            } catch (Exception | StackOverflowError e) {
                // one bad file never fails the job: whatever a reader throws becomes its reject row
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                out.add(Tables.reject(athlete, path, reason.lines().findFirst().orElse(reason)));
            }
        }
        return out.iterator();
    }

    /** The import's analysis of one file, with the body mass an import without a profile takes. */
    static void analyse(
            LoadModel model, ActivityReaders readers, String athlete, String path, byte[] bytes, List<Row> out)
            throws Exception {
        List<Activity> activities = readers.read(bytes).activities();
        for (int session = 0; session < activities.size(); session++) {
            Activity activity = activities.get(session);
            ActivitySummary summary = ActivitySummaries.of(activity);
            double minutes = summary.movingSeconds() / 60;
            double load = Double.isNaN(summary.avgHeartRate())
                    ? activity.sport() == Sport.RUNNING
                            ? WholeBodyLoad.fromPace(
                                    minutes, summary.distanceMeters(), summary.ascentMeters(), Level.BEGINNER)
                            : Double.NaN
                    : WholeBodyLoad.fromHeartRate(minutes, summary.avgHeartRate(), Double.NaN, Double.NaN);
            out.add(RowFactory.create(
                    Tables.ACTIVITY,
                    athlete,
                    path,
                    session,
                    activity.sport().id(),
                    activity.startTime().toEpochMilli(),
                    summary.movingSeconds(),
                    nullable(summary.distanceMeters()),
                    nullable(summary.avgHeartRate()),
                    nullable(load),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            if (activity.sport() != Sport.RUNNING) {
                continue;
            }
            RunLoad run = model.analyze(activity, massOf(activity));
            for (RunLoad.MuscleLoad m : run.muscles()) {
                out.add(RowFactory.create(
                        Tables.MUSCLE_LOAD,
                        athlete,
                        path,
                        session,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        m.id(),
                        m.loadBwSeconds(),
                        m.concentricBwSeconds(),
                        m.eccentricBwSeconds(),
                        m.isometricBwSeconds(),
                        m.damagingBwSeconds(),
                        null));
            }
        }
    }

    /** The import's rule without a profile: a plausible mass from the file, else the default. */
    static double massOf(Activity activity) {
        double fromFile = activity.bodyMassKg().orElse(Double.NaN);
        return fromFile >= BodyMass.MIN_KG && fromFile <= BodyMass.MAX_KG ? fromFile : BodyMass.DEFAULT.kg();
    }

    private static Double nullable(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
