package org.runmuscle.ingest;

import java.util.Locale;
import org.runmuscle.core.activity.Sport;

/** Sport names as GPX {@code <type>} and TCX {@code Sport="..."} write them. */
final class XmlSports {
    private XmlSports() {
    }

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
}
