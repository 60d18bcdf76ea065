package org.runmuscle.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The population report's small files, from its two tables collected on the driver (a few rows per
 * muscle group): {@code population.json} with everything, {@code population.csv} with the
 * quantiles, one row per group and band.
 */
final class PopulationSummary {
    private PopulationSummary() {}

    static String json(long athletes, long weeks, List<Row> quantiles, List<Row> underLoading) {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Row r : underLoading) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("plainWeeks", r.getAs("plain_weeks"));
            group.put("variedWeeks", r.getAs("varied_weeks"));
            group.put("plainLoadPerKm", rounded(r.getAs("plain_per_km"), 10));
            group.put("variedLoadPerKm", rounded(r.getAs("varied_per_km"), 10));
            group.put("plainToVaried", rounded(r.getAs("plain_to_varied"), 1000));
            group.put("underLoaded", r.getAs("under_loaded"));
            group.put("byVolume", new ArrayList<>());
            group.put("byVariety", new ArrayList<>());
            groups.put(r.getAs("group"), group);
        }
        for (Row r : quantiles) {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("band", r.getAs("band"));
            band.put("weeks", r.getAs("weeks"));
            band.put("athletes", r.getAs("athletes"));
            for (double q : Population.QUANTILES) {
                band.put(Population.name(q), rounded(r.getAs(Population.name(q)), 10));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> group = (Map<String, Object>) groups.get(r.<String>getAs("group"));
            if (group != null) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) group.get("volume".equals(r.getAs("by")) ? "byVolume" : "byVariety");
                list.add(band);
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("athletes", athletes);
        report.put("athleteWeeks", weeks);
        report.put("unit", "weekly load in body-weight seconds; load per km in body-weight seconds per km");
        report.put(
                "underLoaded",
                underLoading.stream()
                        .filter(r -> Boolean.TRUE.equals(r.getAs("under_loaded")))
                        .map(r -> r.<String>getAs("group"))
                        .toList());
        report.put("groups", groups);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rounded for reading (the Parquet tables keep every digit); null stays null. */
    private static Double rounded(Double value, int per) {
        return value == null ? null : Math.round(value * per) / (double) per;
    }

    static String csv(List<Row> quantiles) {
        StringBuilder out = new StringBuilder("group,by,band,weeks,athletes");
        for (double q : Population.QUANTILES) {
            out.append(',').append(Population.name(q));
        }
        out.append('\n');
        for (Row r : quantiles) {
            out.append(r.<String>getAs("group"))
                    .append(',')
                    .append(r.<String>getAs("by"))
                    .append(',')
                    .append(r.<String>getAs("band"))
                    .append(',')
                    .append(r.<Long>getAs("weeks"))
                    .append(',')
                    .append(r.<Long>getAs("athletes"));
            for (double q : Population.QUANTILES) {
                Double v = r.getAs(Population.name(q));
                out.append(',').append(v == null ? "" : String.format(Locale.ROOT, "%.1f", v));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
