package org.runmuscle.ingest;

import java.util.Locale;
import org.runmuscle.core.activity.Sport;

/** Sport names as GPX {@code <type>} and TCX {@code Sport="..."} write them. */
final class XmlSports {
    private XmlSports() {}

    /** The sport a free-text name means; empty text and "Other" mean unknown (generic). */
    static Sport of(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("other") || text.equals("generic")) {
            return Sport.GENERIC;
        }
        if (text.contains("run") || text.equals("1") || text.contains("jog")) {
            return Sport.RUNNING;
        }
        if (text.contains("walk")) {
            return Sport.WALKING;
        }
        if (text.contains("hik")) {
            return Sport.HIKING;
        }
        if (text.contains("bik") || text.contains("cycl") || text.contains("ride")) {
            return Sport.CYCLING;
        }
        if (text.contains("swim")) {
            return Sport.SWIMMING;
        }
        if (text.contains("transition")) {
            return Sport.TRANSITION;
        }
        return Sport.OTHER;
    }

    /**
     * The sport a track's title names, for GPX files without a {@code <type>}: Runkeeper and Strava
     * title tracks "Cycling 10/2/17 10:49 am" or "Morning Run", German apps "Nachtlauf". Only
     * whole words (or German compounds ending in -lauf) count; anything else stays unknown.
     */
    static Sport ofTitle(String title) {
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.equals("run")
                    || word.equals("running")
                    || word.equals("jog")
                    || word.equals("jogging")
                    || word.endsWith("lauf")
                    || word.equals("laufen")
                    || word.equals("course")) {
                return Sport.RUNNING;
            }
            if (word.equals("ride")
                    || word.equals("cycling")
                    || word.equals("bike")
                    || word.equals("biking")
                    || word.equals("radfahren")
                    || word.equals("radtour")
                    || word.equals("vélo")) {
                return Sport.CYCLING;
            }
            if (word.equals("walk") || word.equals("walking") || word.equals("spaziergang")) {
                return Sport.WALKING;
            }
            if (word.equals("hike") || word.equals("hiking") || word.equals("wanderung")) {
                return Sport.HIKING;
            }
            if (word.equals("swim") || word.equals("swimming")) {
                return Sport.SWIMMING;
            }
        }
        return Sport.GENERIC;
    }
}
