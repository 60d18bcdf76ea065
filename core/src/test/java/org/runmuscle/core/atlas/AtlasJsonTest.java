package org.runmuscle.core.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The atlas values survive a trip through JSON unchanged: what the CLI prints, a client can read back. */
class AtlasJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void musclesRoundTrip() throws Exception {
        List<Muscle> muscles = Atlas.load().muscles();
        String text = json.writeValueAsString(muscles);
        assertThat(json.readValue(text, new TypeReference<List<Muscle>>() {})).isEqualTo(muscles);
        assertThat(text).contains("\"contraction\":\"eccentric\"", "\"phase\":\"late-swing\"", "\"role\":\"primary\"");
    }

    @Test
    void sourcesAndGroupsRoundTrip() throws Exception {
        Atlas atlas = Atlas.load();
        assertThat(json.readValue(json.writeValueAsString(atlas.sources()), new TypeReference<List<Source>>() {}))
                .isEqualTo(atlas.sources());
        // A group's colour is presentation: read from the atlas, served by the API's group list, not
        // written with the group (whose JSON the muscle and group answers carry unchanged).
        String written = json.writeValueAsString(atlas.groups());
        assertThat(written).doesNotContain("colour");
        assertThat(json.readValue(written, new TypeReference<List<MuscleGroup>>() {}))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("colour")
                .isEqualTo(atlas.groups());
        assertThat(atlas.group("glutes").orElseThrow().colour()).isEqualTo("#d55e00");
    }
}
