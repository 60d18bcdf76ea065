package org.runmuscle.core.atlas;

import java.util.List;

/** What a name typed by a runner resolves to: a muscle, a group with its muscles, or nothing. */
public sealed interface Lookup permits Lookup.OfMuscle, Lookup.OfGroup, Lookup.NotFound {

    /** The name is a muscle's id, name or alias. */
    record OfMuscle(Muscle muscle) implements Lookup {}

    /** The name is a group's id, name or alias ("quads"); {@code muscles} are its members. */
    record OfGroup(MuscleGroup group, List<Muscle> muscles) implements Lookup {
        public OfGroup {
            muscles = List.copyOf(muscles);
        }
    }

    /** Nothing matched; {@code closest} holds the ids that come nearest, best first. */
    record NotFound(String query, List<String> closest) implements Lookup {
        public NotFound {
            closest = List.copyOf(closest);
        }
    }
}
