package org.runmuscle.core.atlas;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A group of muscles that runners name together (quadriceps, glutes, calves).
 *
 * @param id      stable kebab-case id
 * @param name    display name
 * @param aliases lay names ("quads", "butt")
 * @param summary what the group does in running, in plain words
 * @param sources ids of the sources behind the summary
 * @param colour  the group's colour wherever a chart or the body map shows groups ({@code #rrggbb});
 *                read from the atlas but not part of the group's JSON, which the API's group list
 *                carries instead
 */
public record MuscleGroup(
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<String> sources,

        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
        String colour) {
    /** The colour of a group the atlas gives none (a neutral grey). */
    public static final String NO_COLOUR = "#777777";

    /** Compiled once, not at every group the atlas reads when a command starts. */
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public MuscleGroup {
        Checks.slug(id, "group id");
        Checks.text(name, "group name");
        aliases = Checks.list(aliases, "aliases of " + id);
        Checks.text(summary, "summary of " + id);
        sources = Checks.ids(sources, "sources of " + id);
        colour = colour == null ? NO_COLOUR : colour;
        if (!COLOUR.matcher(colour).matches()) {
            throw new AtlasDataException("colour of " + id + " is not #rrggbb: " + colour);
        }
    }

    public MuscleGroup(String id, String name, List<String> aliases, String summary, List<String> sources) {
        this(id, name, aliases, summary, sources, NO_COLOUR);
    }
}
