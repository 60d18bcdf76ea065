package org.runmuscle.store;

import java.util.ArrayList;
import java.util.List;

/** Daily loads from two sources (runs, strength sessions) as one list. */
final class DailyLoads {
    private DailyLoads() {}

    /** Two lists ordered by day and muscle, as one, the loads of the same day and muscle added. */
    static List<DailyLoad> merged(List<DailyLoad> a, List<DailyLoad> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<DailyLoad> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            int order = i == a.size() ? 1 : j == b.size() ? -1 : compare(a.get(i), b.get(j));
            if (order < 0) {
                out.add(a.get(i++));
            } else if (order > 0) {
                out.add(b.get(j++));
            } else {
                DailyLoad x = a.get(i++);
                DailyLoad y = b.get(j++);
                out.add(new DailyLoad(
                        x.epochDay(),
                        x.muscle(),
                        x.loadBwSeconds() + y.loadBwSeconds(),
                        x.eccentricBwSeconds() + y.eccentricBwSeconds(),
                        x.damagingBwSeconds() + y.damagingBwSeconds()));
            }
        }
        return out;
    }

    private static int compare(DailyLoad a, DailyLoad b) {
        int byDay = Long.compare(a.epochDay(), b.epochDay());
        return byDay != 0 ? byDay : a.muscle().compareTo(b.muscle());
    }
}
