package org.runmuscle.core.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.text.Closest;

class NameIndexTest {
    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertThat(Closest.editDistance("", "")).isZero();
        assertThat(Closest.editDistance("soleus", "soleus")).isZero();
        assertThat(Closest.editDistance("soleus", "soelus")).isEqualTo(2);
        assertThat(Closest.editDistance("calf", "calves")).isEqualTo(3);
        assertThat(Closest.editDistance("", "abc")).isEqualTo(3);
    }

    @Test
    void namesAreMatchedWhateverTheirCaseAndPunctuation() {
        NameIndex index = new NameIndex();
        index.add("gluteus-medius", "Glute Med");
        assertThat(index.find("glute-med")).contains("gluteus-medius");
        assertThat(index.find("GLUTE_MED")).contains("gluteus-medius");
        assertThat(index.find("glute")).isEmpty();
    }

    @Test
    void aNameMayMeanOnlyOneThing() {
        NameIndex index = new NameIndex();
        index.add("calves", "calf");
        index.add("calves", "Calf");
        Assertions.assertThatThrownBy(() -> index.add("gastrocnemius", "calf")).isInstanceOf(AtlasDataException.class);
    }
}
