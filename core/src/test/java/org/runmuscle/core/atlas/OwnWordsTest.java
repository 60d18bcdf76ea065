package org.runmuscle.core.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.testing.SharedFiles;
import org.runmuscle.core.training.ExerciseCatalog;

/** The atlas and the exercise catalog are in our own words: no run of eight words is lifted from a seed article. */
class OwnWordsTest {
    private static final int RUN = 8;

    @Test
    void noAtlasSentenceCopiesASeedArticle() throws IOException {
        Set<String> seedRuns = new HashSet<>();
        try (Stream<Path> seeds = Files.list(SharedFiles.resolve("seeds"))) {
            for (Path seed : seeds.toList()) {
                seedRuns.addAll(runs(Files.readString(seed)));
            }
        }
        Atlas atlas = Atlas.load();
        List<String> copied = new ArrayList<>();
        for (String text : texts(atlas)) {
            for (String run : runs(text)) {
                if (seedRuns.contains(run)) {
                    copied.add(run);
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    @Test
    void theCheckCatchesACopiedSentence() throws IOException {
        String seed = Files.readString(SharedFiles.resolve("seeds/001_382475d79650e644.txt"));
        Set<String> seedRuns = runs(seed);
        assertThat(runs("The glute muscles work together as a group to stabilize the hip and pelvis in all "
                        + "three planes"))
                .anyMatch(seedRuns::contains);
    }

    private static List<String> texts(Atlas atlas) {
        List<String> texts = new ArrayList<>();
        for (var exercise : ExerciseCatalog.load(atlas).all()) {
            texts.addAll(exercise.howTo());
            texts.addAll(exercise.cues());
            texts.addAll(exercise.mistakes());
        }
        atlas.groups().forEach(g -> texts.add(g.summary()));
        for (Muscle m : atlas.muscles()) {
            texts.add(m.location());
            m.phases().forEach(p -> texts.add(p.function()));
            m.weaknessSigns().forEach(c -> texts.add(c.text()));
            m.injuries().forEach(c -> texts.add(c.text()));
        }
        return texts;
    }

    private static Set<String> runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]+", " ")
                .trim()
                .split("\\s+");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.length; i++) {
            runs.add(String.join(" ", List.of(words).subList(i, i + RUN)));
        }
        return runs;
    }
}
