package org.runmuscle.app.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Muscle;

class AtlasJsonTest {
    @Test
    void theBuildWroteTheShippedAtlasAnswers() {
        for (String file : List.of("muscles.json", "phases.json", "groups.json")) {
            assertThat(AtlasJson.class.getResource(file))
                    .as("%s, written by the build's atlas-json step", file)
                    .isNotNull();
        }
    }

    @Test
    void theAnswersInTheJarAreWhatJacksonWritesNow() {
        AtlasService atlas = new AtlasService(Atlas.load());
        AtlasJson shipped = AtlasJson.of(atlas);
        AtlasJson written = AtlasJson.written(atlas);
        assertThat(shipped.muscles()).isEqualTo(written.muscles()).startsWith("[{\"id\":");
        assertThat(shipped.phases()).isEqualTo(written.phases()).startsWith("{\"phases\":[");
        assertThat(shipped.groups()).isEqualTo(written.groups()).contains("\"heatScale\":");
    }

    @Test
    void anotherAtlasIsWrittenFromItself() {
        Atlas shippedAtlas = Atlas.load();
        List<Muscle> reversed = new ArrayList<>(shippedAtlas.muscles());
        Collections.reverse(reversed);
        Atlas one = Atlas.of(shippedAtlas.groups(), reversed, shippedAtlas.sources());
        AtlasJson json = AtlasJson.of(new AtlasService(one));
        assertThat(json.muscles())
                .isEqualTo(AtlasJson.written(new AtlasService(one)).muscles());
        assertThat(json.muscles())
                .isNotEqualTo(AtlasJson.of(new AtlasService(shippedAtlas)).muscles());
    }
}
