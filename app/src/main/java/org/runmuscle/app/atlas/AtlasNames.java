package org.runmuscle.app.atlas;

import java.util.stream.Collectors;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.atlas.MuscleGroup;
import org.runmuscle.core.text.Quoted;

/** Resolves names typed on the command line against the atlas, or explains what is accepted. */
public final class AtlasNames {
    private AtlasNames() {}

    public static Lookup muscleOrGroup(Atlas atlas, String typed) {
        Lookup found = atlas.lookup(typed);
        if (found instanceof Lookup.NotFound miss) {
            throw new UserInputException("unknown muscle or group " + Quoted.of(typed) + "; closest: "
                    + String.join(", ", miss.closest()) + " (run 'runmuscle muscles' for the full list)");
        }
        return found;
    }

    static Lookup.OfGroup group(Atlas atlas, String typed) {
        Lookup found = atlas.lookup(typed);
        if (found instanceof Lookup.OfGroup group) {
            return group;
        }
        String accepted = atlas.groups().stream().map(MuscleGroup::id).collect(Collectors.joining(", "));
        String what = found instanceof Lookup.OfMuscle
                ? Quoted.of(typed) + " is a muscle, not a group"
                : "unknown group " + Quoted.of(typed);
        throw new UserInputException(what + "; groups: " + accepted);
    }
}
