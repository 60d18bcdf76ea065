package org.runmuscle.core.training;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Claim;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.atlas.Slug;

/**
 * One exercise of the catalog.
 *
 * @param id         stable kebab-case id (API)
 * @param name       display name
 * @param category   what kind of work it is
 * @param equipment  everything it needs; {@code none} alone for body weight
 * @param difficulty the level it suits from
 * @param unilateral one side at a time
 * @param emphasis   the contraction type it stresses most
 * @param lowerBodyHeavy whether it is a heavy lower-body lift, kept off hard-run days and the days before them
 * @param targets    muscles trained, primary first
 * @param howTo      how to do it, step by step
 * @param cues       what to think about while doing it
 * @param mistakes   common mistakes
 * @param easier     id of an easier variation, or "" when none
 * @param harder     id of a harder variation, or "" when none
 * @param dose       the usual dose at the start of a plan
 * @param sources    where the exercise (and its use for runners) comes from
 * @param evidence   what studies found it does for runners or athletes, when they found something
 */
public record Exercise(
        String id,
        String name,
        Category category,
        List<Equipment> equipment,
        Level difficulty,
        boolean unilateral,
        Contraction emphasis,
        boolean lowerBodyHeavy,
        List<Target> targets,
        List<String> howTo,
        List<String> cues,
        List<String> mistakes,
        String easier,
        String harder,
        Dose dose,
        List<String> sources,
        List<Claim> evidence) {
    public Exercise {
        Objects.requireNonNull(id, "id");
        if (!Slug.isSlug(id)) {
            throw new IllegalArgumentException("exercise id '" + id + "' is not a kebab-case id");
        }
        Objects.requireNonNull(category, id + " category");
        Objects.requireNonNull(difficulty, id + " difficulty");
        Objects.requireNonNull(emphasis, id + " emphasis");
        Objects.requireNonNull(dose, id + " dose");
        equipment = List.copyOf(equipment);
        targets = List.copyOf(targets);
        howTo = List.copyOf(howTo);
        cues = List.copyOf(cues);
        mistakes = List.copyOf(mistakes);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        easier = easier == null ? "" : easier;
        harder = harder == null ? "" : harder;
        if (equipment.isEmpty() || targets.isEmpty() || howTo.isEmpty() || sources.isEmpty()) {
            throw new IllegalArgumentException(id + " needs equipment, targets, instructions and sources");
        }
        if (targets.stream().noneMatch(Target::primary)) {
            throw new IllegalArgumentException(id + " needs a primary target");
        }
    }

    /** Whether a runner with {@code available} equipment can do it (body weight is always there). */
    public boolean possibleWith(Set<Equipment> available) {
        return equipment.stream().allMatch(e -> e == Equipment.NONE || available.contains(e));
    }

    /** The groups of the muscles it trains as primary targets, in the order of its targets. */
    public Set<String> primaryGroups(Atlas atlas) {
        Set<String> groups = new LinkedHashSet<>();
        targets.stream()
                .filter(Target::primary)
                .forEach(t -> groups.add(atlas.muscle(t.muscle()).orElseThrow().group()));
        return groups;
    }

    public boolean trains(String muscle) {
        return targets.stream().anyMatch(t -> t.muscle().equals(muscle));
    }

    public boolean trainsPrimarily(String muscle) {
        return targets.stream().anyMatch(t -> t.primary() && t.muscle().equals(muscle));
    }
}
