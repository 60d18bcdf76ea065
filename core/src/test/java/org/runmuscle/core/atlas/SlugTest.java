package org.runmuscle.core.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugTest {
    /** The regular expressions Slug used before its loops: the loops must give the same answers. */
    private static String regexSlug(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    private static boolean regexIsSlug(String text) {
        return text.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void namesBecomeSlugs() {
        assertThat(Slug.of("Gluteus Medius")).isEqualTo("gluteus-medius");
        assertThat(Slug.of(" GLUTEUS-medius ")).isEqualTo("gluteus-medius");
        assertThat(Slug.of("gluteus__medius--")).isEqualTo("gluteus-medius");
        assertThat(Slug.of("--- ")).isEmpty();
        assertThat(Slug.of("")).isEmpty();
        // the Kelvin sign lower-cases to an ASCII k, as it did through the regular expression
        assertThat(Slug.of("\u212Aelvin")).isEqualTo("kelvin");
    }

    @Test
    void onlyKebabCaseIsASlug() {
        assertThat(Slug.isSlug("gluteus-medius")).isTrue();
        assertThat(Slug.isSlug("l5")).isTrue();
        assertThat(Slug.isSlug("")).isFalse();
        assertThat(Slug.isSlug("-soleus")).isFalse();
        assertThat(Slug.isSlug("soleus-")).isFalse();
        assertThat(Slug.isSlug("gluteus--medius")).isFalse();
        assertThat(Slug.isSlug("Soleus")).isFalse();
        assertThat(Slug.isSlug("gluteus medius")).isFalse();
    }

    @Test
    void theLoopsAgreeWithTheRegularExpressionsOnEveryAtlasNameAndOnRandomText() {
        List<String> texts = new ArrayList<>();
        Atlas atlas = Atlas.load();
        for (Muscle muscle : atlas.muscles()) {
            texts.add(muscle.id());
            texts.add(muscle.name());
            texts.addAll(muscle.aliases());
        }
        for (MuscleGroup group : atlas.groups()) {
            texts.add(group.id());
            texts.add(group.name());
            texts.addAll(group.aliases());
        }
        String alphabet = "az09AZ-_ .,'\u00e9\u00c9\u0130\u212A\t\u00a0\u2003\ud83c\udfc3";
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                text.append(c);
                if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()) {
                    text.append(alphabet.charAt(at + 1));
                }
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(Slug.of(text)).as(text).isEqualTo(regexSlug(text));
            assertThat(Slug.isSlug(text)).as(text).isEqualTo(regexIsSlug(text));
        }
    }
}
