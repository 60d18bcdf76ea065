package org.runmuscle.core.atlas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.runmuscle.core.gait.GaitPhase;

/**
 * One muscle that running uses.
 *
 * @param id            stable kebab-case id, part of the API ({@code gluteus-medius})
 * @param name          anatomical name
 * @param aliases       lay and alternative names a runner may type
 * @param group         id of the {@link MuscleGroup}
 * @param role          primary mover or supporting
 * @param region        coarse body region
 * @param location      where it lies and what it attaches to, in plain words
 * @param actions       joint actions it produces or controls
 * @param phases        its work in each phase where it works, in cycle order
 * @param weaknessSigns what a runner sees or feels when it is weak
 * @param injuries      soreness and injuries linked to it
 * @param sources       every source this entry relies on
 */
public record Muscle(
        String id,
        String name,
        List<String> aliases,
        String group,
        Role role,
        Region region,
        String location,
        List<JointAction> actions,
        List<PhaseWork> phases,
        List<Claim> weaknessSigns,
        List<Claim> injuries,
        List<String> sources) {
    public Muscle {
        Checks.slug(id, "muscle id");
        Checks.text(name, "muscle name");
        aliases = Checks.list(aliases, "aliases");
        Checks.slug(group, "group of " + id);
        Checks.present(role, "role of " + id);
        Checks.present(region, "region of " + id);
        Checks.text(location, "location of " + id);
        actions = Checks.list(actions, "actions of " + id);
        phases = Checks.list(phases, "phases of " + id);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("muscle " + id + " must work in at least one gait phase");
        }
        weaknessSigns = Checks.list(weaknessSigns, "weakness signs of " + id);
        injuries = Checks.list(injuries, "injuries of " + id);
        sources = Checks.ids(sources, "sources of " + id);
    }

    /** Whether this muscle works in {@code phase}. */
    public boolean worksIn(GaitPhase phase) {
        return phases.stream().anyMatch(work -> work.phase() == phase);
    }

    /**
     * Every source id this entry cites, in order of first citation: the muscle's own list, then
     * any a phase, sign or injury adds. This order numbers the sources in the muscle's report.
     */
    public List<String> citedSources() {
        Set<String> ids = new LinkedHashSet<>(sources);
        for (PhaseWork work : phases) {
            ids.addAll(work.sources());
        }
        for (Claim claim : weaknessSigns) {
            ids.addAll(claim.sources());
        }
        for (Claim claim : injuries) {
            ids.addAll(claim.sources());
        }
        return List.copyOf(ids);
    }
}
