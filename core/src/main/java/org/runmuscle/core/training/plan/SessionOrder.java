package org.runmuscle.core.training.plan;

import java.util.ArrayList;
import java.util.List;

/** The order of exercises within a session. */
final class SessionOrder {
    private SessionOrder() {}

    /** Plyometrics first (fresh), then heavy and strength work, then stability, drills and stretches. */
    static List<WeekBuilder.Choice> ordered(List<WeekBuilder.Choice> session) {
        List<WeekBuilder.Choice> sorted = new ArrayList<>(session);
        sorted.sort((a, b) -> Integer.compare(order(a), order(b)));
        return sorted;
    }

    private static int order(WeekBuilder.Choice choice) {
        if (choice.main()) {
            return 1;
        }
        return switch (choice.exercise().category()) {
            case PLYOMETRIC -> 0;
            case HEAVY_STRENGTH -> 1;
            case STRENGTH -> 2;
            case DRILL -> 3;
            case STABILITY -> 4;
            case MOBILITY -> 5;
        };
    }
}
