package org.runmuscle.core.atlas;

import java.util.List;

/**
 * One statement the atlas makes (a weakness sign, an injury link), with the sources behind it.
 *
 * @param text    the statement, in runmuscle's own words
 * @param sources ids into the atlas sources, at least one
 */
public record Claim(String text, List<String> sources) {
    public Claim {
        Checks.text(text, "claim text");
        sources = Checks.ids(sources, "claim sources");
    }

    public static Claim of(String text, String... sources) {
        return new Claim(text, List.of(sources));
    }
}
