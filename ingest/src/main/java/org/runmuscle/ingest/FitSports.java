package org.runmuscle.ingest;

import org.runmuscle.core.activity.Sport;

/** The FIT profile's sport enumeration, as far as runmuscle distinguishes sports. */
final class FitSports {
    private FitSports() {}

    static Sport of(int fitSport) {
        return of(fitSport, -1);
    }

    /** A training session whose sub-sport is strength training is strength work; other training is other. */
    static Sport of(int fitSport, int subSport) {
        if (fitSport == FitProfile.SPORT_TRAINING && subSport == FitProfile.SUB_SPORT_STRENGTH_TRAINING) {
            return Sport.STRENGTH;
        }
        return switch (fitSport) {
            case 0, -1 -> Sport.GENERIC;
            case 1 -> Sport.RUNNING;
            case 2 -> Sport.CYCLING;
            case 3 -> Sport.TRANSITION;
            case 5 -> Sport.SWIMMING;
            case 11 -> Sport.WALKING;
            case 17 -> Sport.HIKING;
            default -> Sport.OTHER;
        };
    }
}
