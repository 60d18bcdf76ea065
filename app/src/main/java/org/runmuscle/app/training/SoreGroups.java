package org.runmuscle.app.training;

import java.util.ArrayList;
import java.util.List;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Lookup;
import org.runmuscle.core.text.Quoted;

/** "quads,calves" into atlas group ids; a muscle name counts as its group. */
final class SoreGroups {
    private SoreGroups() {}

    static List<String> parse(Atlas atlas, String text) {
        List<String> groups = new ArrayList<>();
        for (String word : text.split(",")) {
            if (word.isBlank()) {
                continue;
            }
            Lookup found = atlas.lookup(word);
            String group;
            if (found instanceof Lookup.OfGroup g) {
                group = g.group().id();
            } else if (found instanceof Lookup.OfMuscle m) {
                group = m.muscle().group();
            } else {
                throw new UserInputException("unknown muscle group " + Quoted.of(word.strip()) + "; accepted: "
                        + String.join(
                                ", ", atlas.groups().stream().map(g -> g.id()).toList())
                        + " (or lay names such as quads, shins)");
            }
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        return groups;
    }
}
