package org.runmuscle.app.atlas;

import java.io.IOException;
import java.util.Optional;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Resources;
import org.runmuscle.core.atlas.Atlas;

/**
 * The atlas routes' fixed answers (every muscle, the phases, the groups with the heat scale), as
 * compact JSON. The build writes the shipped atlas's into the jar ({@link #main}): serialising
 * them was the first use of Jackson in {@code serve}, about 0.3 s of CPU in a cold JVM (its
 * serializers made by reflection, each annotation read through a proxy class spun at run time)
 * while the server's first answer waited for the two cores. Any other atlas, or a class folder
 * without them (an IDE's), gets them serialised as before; {@code AtlasJsonTest} checks that both
 * ways give the same text.
 */
public record AtlasJson(String muscles, String phases, String groups) {
    private static final String MUSCLES = "muscles.json";
    private static final String PHASES = "phases.json";
    private static final String GROUPS = "groups.json";

    /** The answers for {@code atlas}: read from the jar when it is the shipped one. */
    static AtlasJson of(AtlasService atlas) {
        if (atlas.atlas() == Atlas.load()) {
            Optional<String> muscles = Resources.beside(AtlasJson.class, MUSCLES);
            Optional<String> phases = Resources.beside(AtlasJson.class, PHASES);
            Optional<String> groups = Resources.beside(AtlasJson.class, GROUPS);
            if (muscles.isPresent() && phases.isPresent() && groups.isPresent()) {
                return new AtlasJson(muscles.get(), phases.get(), groups.get());
            }
        }
        return written(atlas);
    }

    /** The answers serialised now. */
    static AtlasJson written(AtlasService atlas) {
        return new AtlasJson(
                Json.compact(atlas.atlas().muscles()),
                Json.compact(Json.object("phases", atlas.phases())),
                Json.compact(Json.object("groups", atlas.groups(), "heatScale", atlas.heatScale())));
    }

    /** Writes the shipped atlas's answers into the class folder {@code args[0]} (the build calls it). */
    public static void main(String[] args) throws IOException {
        AtlasJson json = written(new AtlasService(Atlas.load()));
        Resources.writeBeside(args[0], AtlasJson.class, MUSCLES, json.muscles());
        Resources.writeBeside(args[0], AtlasJson.class, PHASES, json.phases());
        Resources.writeBeside(args[0], AtlasJson.class, GROUPS, json.groups());
    }
}
