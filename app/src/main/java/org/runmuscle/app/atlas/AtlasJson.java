package org.runmuscle.app.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.runmuscle.app.output.Json;
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
    private static final String[] FILES = {"muscles.json", "phases.json", "groups.json"};

    /** The answers for {@code atlas}: read from the jar when it is the shipped one. */
    static AtlasJson of(AtlasService atlas) {
        if (atlas.atlas() == Atlas.load()) {
            String[] shipped = new String[FILES.length];
            for (int i = 0; i < FILES.length; i++) {
                shipped[i] = resource(FILES[i]);
                if (shipped[i] == null) {
                    return written(atlas);
                }
            }
            return new AtlasJson(shipped[0], shipped[1], shipped[2]);
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
        String[] texts = {json.muscles(), json.phases(), json.groups()};
        Path folder = Path.of(args[0], AtlasJson.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        for (int i = 0; i < FILES.length; i++) {
            Files.writeString(folder.resolve(FILES[i]), texts[i], StandardCharsets.UTF_8);
        }
    }

    private static String resource(String name) {
        try (InputStream in = AtlasJson.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
