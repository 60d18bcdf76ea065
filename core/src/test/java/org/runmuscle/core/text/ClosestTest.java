package org.runmuscle.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestTest {
    private static final List<String> NAMES = List.of("soleus", "tibialis-anterior", "psoas", "gluteus-medius");

    @Test
    void namesContainingWhatWasTypedComeFirstThenTheNearest() {
        assertThat(Closest.of("glute", NAMES, 2)).containsExactly("gluteus-medius", "psoas");
        assertThat(Closest.of("soelus", NAMES, 1)).containsExactly("soleus");
        assertThat(Closest.of("glutus", NAMES, 1)).containsExactly("gluteus-medius");
    }

    @Test
    void onlyTheFirstCharactersOfAVeryLongNameAreRanked() {
        // a name after the ranked part no longer counts as contained in what was typed; the
        // distances of 100,000 typed characters to every name would cost seconds
        String typed = "x".repeat(Closest.RANKED_CHARACTERS) + "soleus" + "x".repeat(100_000);
        List<String> ranked = Closest.of(typed, NAMES, 4);
        assertThat(ranked).isEqualTo(Closest.of(typed.substring(0, Closest.RANKED_CHARACTERS), NAMES, 4));
        assertThat(ranked.get(0)).isNotEqualTo("soleus");
        assertThat(Closest.of("soleus" + "x".repeat(40), NAMES, 1)).containsExactly("soleus");
    }
}
