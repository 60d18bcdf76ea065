package org.runmuscle.core.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.gait.GaitPhase;
import org.runmuscle.core.testing.SharedFiles;

class AtlasTest {
    static final List<String> REQUIRED_MUSCLES = List.of(
            "gluteus-maximus",
            "gluteus-medius",
            "gluteus-minimus",
            "piriformis",
            "obturator-internus",
            "obturator-externus",
            "gemellus-superior",
            "gemellus-inferior",
            "iliacus",
            "psoas-major",
            "sartorius",
            "pectineus",
            "tensor-fasciae-latae",
            "rectus-femoris",
            "vastus-lateralis",
            "vastus-medialis",
            "vastus-intermedius",
            "semitendinosus",
            "semimembranosus",
            "biceps-femoris-long-head",
            "biceps-femoris-short-head",
            "gastrocnemius",
            "soleus",
            "tibialis-anterior",
            "adductor-magnus",
            "adductor-longus",
            "adductor-brevis",
            "rectus-abdominis",
            "transversus-abdominis",
            "external-oblique",
            "internal-oblique",
            "erector-spinae",
            "multifidus",
            "quadratus-lumborum",
            "diaphragm",
            "pelvic-floor",
            "biceps-brachii",
            "triceps-brachii",
            "deltoid",
            "rotator-cuff",
            "pectoralis-major",
            "latissimus-dorsi",
            "trapezius",
            "rhomboids");
    static final List<String> REQUIRED_GROUPS = List.of(
            "glutes",
            "hip-flexors",
            "quadriceps",
            "hamstrings",
            "calves",
            "adductors",
            "shin",
            "core",
            "arms",
            "shoulders",
            "chest",
            "upper-back");

    final Atlas atlas = Atlas.load();

    @Test
    void holdsEveryMuscleTheSeedsNameAndNoOther() {
        assertThat(atlas.muscles()).extracting(Muscle::id).containsExactlyInAnyOrderElementsOf(REQUIRED_MUSCLES);
        assertThat(atlas.groups()).extracting(MuscleGroup::id).containsExactlyInAnyOrderElementsOf(REQUIRED_GROUPS);
    }

    @Test
    void everyMuscleWorksInAPhaseAndCitesResolvableSources() {
        for (Muscle muscle : atlas.muscles()) {
            assertThat(muscle.phases()).as(muscle.id()).isNotEmpty();
            assertThat(muscle.sources()).as(muscle.id()).isNotEmpty();
            assertThat(muscle.actions()).as(muscle.id()).isNotEmpty();
            for (String source : muscle.citedSources()) {
                assertThat(atlas.source(source))
                        .as(muscle.id() + " cites " + source)
                        .isPresent();
            }
        }
    }

    @Test
    void primaryRunningGroupsHavePrimaryMovers() {
        for (String group : List.of("glutes", "hip-flexors", "quadriceps", "hamstrings", "calves")) {
            assertThat(atlas.musclesOf(group)).as(group).anyMatch(m -> m.role() == Role.PRIMARY);
        }
        assertThat(atlas.musclesOf("arms")).allMatch(m -> m.role() == Role.SUPPORTING);
    }

    @Test
    void seedSourcesPointAtTheSeedFilesAndPaperKeysAtTheEvidenceFile() throws IOException {
        String evidence = Files.readString(SharedFiles.resolve("science/running-muscles-evidence.md"));
        for (Source source : atlas.sources()) {
            if (source.kind() == Source.Kind.SEED) {
                assertThat(SharedFiles.resolve("seeds/" + source.evidenceKey()))
                        .as(source.id())
                        .isRegularFile();
            } else if (source.evidenceKey().equals(Source.BEYOND_EVIDENCE_BASE)) {
                assertThat(source.locator()).as(source.id()).startsWith("https://");
            } else {
                assertThat(evidence).as(source.id()).contains("[" + source.evidenceKey() + "]");
            }
        }
    }

    @Test
    void everySeedArticleIsASource() throws IOException {
        try (var seeds = Files.list(SharedFiles.resolve("seeds"))) {
            List<String> files = seeds.map(p -> p.getFileName().toString()).toList();
            assertThat(atlas.sources()).extracting(Source::evidenceKey).containsAll(files);
        }
    }

    @Test
    void everyPhaseHasMusclesAtWork() {
        atlas.musclesByPhase()
                .forEach((phase, muscles) -> assertThat(muscles).as(phase.id()).isNotEmpty());
        assertThat(atlas.musclesByPhase().get(GaitPhase.LATE_SWING))
                .extracting(Muscle::id)
                .contains("semimembranosus", "gastrocnemius", "gluteus-maximus");
        assertThat(atlas.musclesByPhase().get(GaitPhase.EARLY_SWING))
                .extracting(Muscle::id)
                .contains("iliacus", "psoas-major", "rectus-femoris");
    }

    @Test
    void hamstringsBrakeTheShankEccentricallyInLateSwing() {
        for (Muscle hamstring : atlas.musclesOf("hamstrings")) {
            assertThat(hamstring.phases())
                    .filteredOn(work -> work.phase() == GaitPhase.LATE_SWING)
                    .singleElement()
                    .extracting(PhaseWork::contraction)
                    .isEqualTo(Contraction.ECCENTRIC);
        }
    }

    @Test
    void quadricepsBrakeEccentricallyInLoadingResponse() {
        for (Muscle quad : atlas.musclesOf("quadriceps")) {
            assertThat(quad.phases())
                    .as(quad.id())
                    .anyMatch(w -> w.phase() == GaitPhase.LOADING_RESPONSE && w.contraction() == Contraction.ECCENTRIC);
        }
    }

    @Test
    void looksUpIdsNamesAndLayNames() {
        assertThat(atlas.lookup("gluteus-medius"))
                .isEqualTo(new Lookup.OfMuscle(atlas.muscle("gluteus-medius").orElseThrow()));
        assertThat(atlas.lookup("Glute Med")).isInstanceOf(Lookup.OfMuscle.class);
        assertThat(atlas.lookup("  VASTUS_lateralis "))
                .isEqualTo(new Lookup.OfMuscle(atlas.muscle("vastus-lateralis").orElseThrow()));
        Lookup quads = atlas.lookup("quads");
        assertThat(quads).isInstanceOf(Lookup.OfGroup.class);
        assertThat(((Lookup.OfGroup) quads).muscles())
                .extracting(Muscle::id)
                .containsExactly("rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius");
        Lookup glutes = atlas.lookup("glutes");
        assertThat(((Lookup.OfGroup) glutes).group().id()).isEqualTo("glutes");
        assertThat(((Lookup.OfGroup) glutes).muscles()).hasSize(8);
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        Lookup miss = atlas.lookup("glutus medius");
        assertThat(miss).isInstanceOf(Lookup.NotFound.class);
        assertThat(((Lookup.NotFound) miss).closest()).hasSize(3).first().isEqualTo("gluteus-medius");
        assertThat(((Lookup.NotFound) atlas.lookup("hamstrng")).closest())
                .first()
                .isEqualTo("hamstrings");
        assertThat(((Lookup.NotFound) atlas.lookup("")).closest()).hasSize(3);
    }

    @Test
    void refusesDanglingReferences() {
        MuscleGroup group = new MuscleGroup("g", "G", List.of(), "summary", List.of("s"));
        Source source = new Source("s", Source.Kind.PAPER, "c", "K", "here");
        PhaseWork work = new PhaseWork(GaitPhase.MIDSTANCE, Contraction.ISOMETRIC, "holds", List.of("s"));
        Muscle muscle = muscle("m", "g", List.of(), work, "s");

        assertThat(Atlas.of(List.of(group), List.of(muscle), List.of(source)).muscles())
                .containsExactly(muscle);
        assertThatThrownBy(() ->
                        Atlas.of(List.of(group), List.of(muscle("m", "nope", List.of(), work, "s")), List.of(source)))
                .isInstanceOf(AtlasDataException.class)
                .hasMessageContaining("unknown group 'nope'");
        assertThatThrownBy(() -> Atlas.of(
                        List.of(group), List.of(muscle("m", "g", List.of(), work, "missing")), List.of(source)))
                .isInstanceOf(AtlasDataException.class)
                .hasMessageContaining("unknown source 'missing'");
        assertThatThrownBy(() -> Atlas.of(List.of(group), List.of(muscle, muscle), List.of(source)))
                .isInstanceOf(AtlasDataException.class)
                .hasMessageContaining("duplicate muscle id 'm'");
        assertThatThrownBy(() ->
                        Atlas.of(List.of(group), List.of(muscle("m", "g", List.of("G"), work, "s")), List.of(source)))
                .isInstanceOf(AtlasDataException.class)
                .hasMessageContaining("would mean both g and m");
    }

    @Test
    void recordsRefuseInvalidValues() {
        assertThatThrownBy(() -> new Claim("text", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new MuscleGroup("Not A Slug", "n", List.of(), "s", List.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kebab-case");
        PhaseWork work = new PhaseWork(GaitPhase.MIDSTANCE, Contraction.ISOMETRIC, "holds", List.of("s"));
        assertThatThrownBy(() -> new Muscle(
                        "m",
                        "M",
                        List.of(),
                        "g",
                        Role.PRIMARY,
                        Region.HIP,
                        "here",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of("s")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one gait phase");
        assertThat(muscle("m", "g", List.of(), work, "s").aliases()).isEmpty();
    }

    private static Muscle muscle(String id, String group, List<String> aliases, PhaseWork work, String source) {
        return new Muscle(
                id,
                id.toUpperCase(),
                aliases,
                group,
                Role.PRIMARY,
                Region.HIP,
                "somewhere",
                List.of(JointAction.HIP_EXTENSION),
                List.of(work),
                List.of(),
                List.of(),
                List.of(source));
    }
}
