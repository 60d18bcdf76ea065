package org.runmuscle.batch;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.training.Recovery;

/**
 * One athlete's {@code daily} rows: for every day they ran, each loaded muscle's load that day and
 * its readiness and soreness risk at the day's end, from the same recovery model as
 * {@code history} (days are UTC days, as the store keeps them). Input rows: athlete, day, muscle,
 * load, eccentric and damaging load of the day.
 */
final class DailyStates implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = new StructType()
            .add("athlete", DataTypes.StringType)
            .add("day", DataTypes.DateType)
            .add("muscle", DataTypes.StringType)
            .add("load_bw_s", DataTypes.DoubleType)
            .add("readiness_percent", DataTypes.DoubleType)
            .add("soreness_risk", DataTypes.StringType);

    /** Built once per executor JVM: the atlas and each muscle's easy-day load. */
    private static final class Model {
        static final Atlas ATLAS = Atlas.load();
        static final Map<String, Double> REFERENCE = LoadModel.load(ATLAS).referenceDay();
    }

    @Override
    public Iterator<Row> call(String athlete, Iterator<Row> loads) {
        Map<String, NavigableMap<Long, Recovery.DayLoad>> byMuscle = new TreeMap<>();
        TreeSet<Long> days = new TreeSet<>();
        while (loads.hasNext()) {
            Row r = loads.next();
            long day = r.getLong(1);
            days.add(day);
            byMuscle.computeIfAbsent(r.getString(2), k -> new TreeMap<>())
                    .put(day, new Recovery.DayLoad(r.getDouble(3), r.getDouble(4), r.getDouble(5)));
        }
        List<Row> out = new ArrayList<>();
        for (long day : days) {
            for (Map.Entry<String, NavigableMap<Long, Recovery.DayLoad>> muscle : byMuscle.entrySet()) {
                if (muscle.getValue()
                        .subMap(day - Recovery.LOOKBACK_DAYS, true, day, true)
                        .isEmpty()) {
                    continue;
                }
                String group = Model.ATLAS.muscle(muscle.getKey()).orElseThrow().group();
                Recovery.State state = Recovery.state(
                        muscle.getValue(), day, Model.REFERENCE.getOrDefault(muscle.getKey(), 1.0), group);
                Recovery.DayLoad that = muscle.getValue().get(day);
                out.add(RowFactory.create(
                        athlete,
                        Date.valueOf(LocalDate.ofEpochDay(day)),
                        muscle.getKey(),
                        that == null ? 0.0 : that.loadBwSeconds(),
                        state.readinessPercent(),
                        state.sorenessRisk().id()));
            }
        }
        return out.iterator();
    }
}
