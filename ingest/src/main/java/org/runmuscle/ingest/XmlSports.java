package org.runmuscle.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.runmuscle.core.activity.Sport;

/** Sport names as GPX {@code <type>} and TCX {@code Sport="..."} write them. */
final class XmlSports {
    /**
     * What separates the words of a title or a sport's name: compiled once, not at every file
     * (and every row of a Strava index) as {@code String.split} compiles it.
     */
    static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private XmlSports() {}

    /**
     * The sport a free-text name means; empty text and "generic" mean unknown. TCX allows only
     * Running, Biking and Other, so "Other" is a sport that is neither (Garmin writes it for
     * swims, yoga and paddling: shared/data/activities-more) and is never taken as a run.
     */
    static Sport of(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("generic")) {
            return Sport.GENERIC;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return strava(Integer.parseInt(text.substring(0, Math.min(text.length(), 6))));
        }
        if (text.equals("other")) {
            return Sport.OTHER;
        }
        if (text.contains("run") || text.contains("jog")) {
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
     * Strava's GPX exports write its own activity type numbers in {@code <type>}: 1 ride, 4 hike,
     * 9 run, 10 walk, 16 swim, 17 virtual ride, 18 e-bike ride (Strava's activity type list, as
     * shared/data/activities-more/README.md records for its files). Other numbers are other sports.
     */
    static Sport strava(int type) {
        return switch (type) {
            case 1, 17, 18 -> Sport.CYCLING;
            case 4 -> Sport.HIKING;
            case 9 -> Sport.RUNNING;
            case 10 -> Sport.WALKING;
            case 16 -> Sport.SWIMMING;
            default -> Sport.OTHER;
        };
    }

    /**
     * The sport a track's title names, for GPX files without a {@code <type>}: Runkeeper and Strava
     * title tracks "Cycling 10/2/17 10:49 am" or "Morning Run", German apps "Nachtlauf". Only
     * whole words (or German compounds ending in -lauf) count; anything else stays unknown.
     */
    static Sport ofTitle(String title) {
        for (String word : NOT_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
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
