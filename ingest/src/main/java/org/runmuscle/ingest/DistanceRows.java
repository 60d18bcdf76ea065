package org.runmuscle.ingest;

import java.util.Collection;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

/**
 * Samples whose distance a device stated better elsewhere than in its points (pool lengths, TCX
 * laps): the recorded rows and a row at each of the given moments, in time order, each row's
 * distance taken from {@code distanceAt}. A recorded row wins a tie with an added moment.
 */
final class DistanceRows {
    private DistanceRows() {}

    static Samples of(Samples records, Collection<Double> moments, DoubleUnaryOperator distanceAt) {
        TreeMap<Double, Integer> rows = new TreeMap<>();
        for (double moment : moments) {
            rows.put(moment, -1);
        }
        for (int row = 0; row < records.size(); row++) {
            rows.put(records.time(row), row);
        }
        Samples.Builder out = Samples.builder(rows.size());
        for (var entry : rows.entrySet()) {
            out.newRow();
            int row = entry.getValue();
            if (row >= 0) {
                for (Channel channel : Channel.values()) {
                    double value = records.get(channel, row);
                    if (!Double.isNaN(value)) {
                        out.set(channel, value);
                    }
                }
            }
            out.set(Channel.TIME, entry.getKey());
            out.set(Channel.DISTANCE, distanceAt.applyAsDouble(entry.getKey()));
        }
        return out.build();
    }
}
