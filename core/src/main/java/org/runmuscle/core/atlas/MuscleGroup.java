package org.runmuscle.core.atlas;

import java.util.List;

/**
 * A group of muscles that runners name together (quadriceps, glutes, calves).
 *
 * @param id      stable kebab-case id
 * @param name    display name
 * @param aliases lay names ("quads", "butt")
 * @param summary what the group does in running, in plain words
 * @param sources ids of the sources behind the summary
 */
public record MuscleGroup(String id, String name, List<String> aliases, String summary, List<String> sources) {
    public MuscleGroup {
        Checks.slug(id, "group id");
        Checks.text(name, "group name");
        aliases = Checks.list(aliases, "aliases of " + id);
        Checks.text(summary, "summary of " + id);
        sources = Checks.ids(sources, "sources of " + id);
    }
}
