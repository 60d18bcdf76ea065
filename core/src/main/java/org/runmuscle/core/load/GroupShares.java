package org.runmuscle.core.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;

/**
 * How one run's load was shared among the groups that carry running, against how the runner's
 * usual running shares it: the facts a run's headline is worded from.
 */
public final class GroupShares {
    /** A group's share of this run's load and of the usual load, both 0 to 1. */
    public record Shift(String group, double runShare, double usualShare) {
        public double difference() {
            return runShare - usualShare;
        }
    }

    private GroupShares() {}

    /** Each primary group's share of the loads given by muscle id. */
    public static Map<String, Double> of(Atlas atlas, Map<String, Double> loadByMuscle) {
        Map<String, Double> byGroup = new LinkedHashMap<>();
        Groups.PRIMARY.forEach(g -> byGroup.put(g, 0.0));
        double total = 0;
        for (var entry : loadByMuscle.entrySet()) {
            String group = atlas.muscle(entry.getKey()).orElseThrow().group();
            if (byGroup.containsKey(group)) {
                byGroup.merge(group, entry.getValue(), Double::sum);
                total += entry.getValue();
            }
        }
        double sum = total;
        byGroup.replaceAll((g, load) -> sum > 0 ? load / sum : 0);
        return byGroup;
    }

    /**
     * The primary groups by how far this run's share departs from the usual one relative to the usual one, largest
     * first: a calf share from 24 to 31 % is a larger change than a quadriceps share from 30 to 35 %.
     */
    public static List<Shift> shifts(Map<String, Double> run, Map<String, Double> usual) {
        List<Shift> shifts = new ArrayList<>();
        for (String group : Groups.PRIMARY) {
            shifts.add(new Shift(group, run.getOrDefault(group, 0.0), usual.getOrDefault(group, 0.0)));
        }
        shifts.sort(
                Comparator.comparingDouble((Shift s) -> -Math.abs(s.difference()) / Math.max(s.usualShare(), 1e-9)));
        return shifts;
    }
}
