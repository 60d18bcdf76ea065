package org.runmuscle.batch;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the executors give, one schema for all three tables (the {@code kind} column says which;
 * the others are null where they do not apply), and the columns each table keeps.
 */
final class Tables {
    static final String ACTIVITY = "activity";
    static final String MUSCLE_LOAD = "muscle_load";
    static final String REJECT = "reject";

    static final String[] ACTIVITY_COLUMNS = {
        "athlete",
        "file",
        "session",
        "sport",
        "start_millis",
        "moving_s",
        "distance_m",
        "ascent_m",
        "avg_hr",
        "whole_body_load",
        "hilly_m",
        "fast_m",
        "varied_m"
    };
    static final String[] MUSCLE_LOAD_COLUMNS = {
        "athlete",
        "file",
        "session",
        "muscle",
        "load_bw_s",
        "concentric_bw_s",
        "eccentric_bw_s",
        "isometric_bw_s",
        "damaging_bw_s"
    };
    static final String[] REJECT_COLUMNS = {"athlete", "file", "reason"};

    static final StructType ALL = new StructType(new StructField[] {
        field("kind", DataTypes.StringType),
        field("athlete", DataTypes.StringType),
        field("file", DataTypes.StringType),
        field("session", DataTypes.IntegerType),
        field("sport", DataTypes.StringType),
        field("start_millis", DataTypes.LongType),
        field("moving_s", DataTypes.DoubleType),
        field("distance_m", DataTypes.DoubleType),
        field("ascent_m", DataTypes.DoubleType),
        field("avg_hr", DataTypes.DoubleType),
        field("whole_body_load", DataTypes.DoubleType),
        field("hilly_m", DataTypes.DoubleType),
        field("fast_m", DataTypes.DoubleType),
        field("varied_m", DataTypes.DoubleType),
        field("muscle", DataTypes.StringType),
        field("load_bw_s", DataTypes.DoubleType),
        field("concentric_bw_s", DataTypes.DoubleType),
        field("eccentric_bw_s", DataTypes.DoubleType),
        field("isometric_bw_s", DataTypes.DoubleType),
        field("damaging_bw_s", DataTypes.DoubleType),
        field("reason", DataTypes.StringType)
    });

    private Tables() {}

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /** A row of {@link #ALL} of the given kind with {@code columns}' values and nulls elsewhere. */
    static Row of(String kind, String[] columns, Object... values) {
        Object[] row = new Object[ALL.size()];
        row[0] = kind;
        for (int i = 0; i < columns.length; i++) {
            row[ALL.fieldIndex(columns[i])] = values[i];
        }
        return RowFactory.create(row);
    }

    static Row reject(String athlete, String file, String reason) {
        return of(REJECT, REJECT_COLUMNS, athlete, file, reason);
    }
}
