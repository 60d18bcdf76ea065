package org.runmuscle.app.history;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.GroupShares;
import org.runmuscle.core.text.Decimals;

/** A run's headline in words: how it differed from the runner's usual running, muscle group by group. */
final class RunHeadline {
    /**
     * A group is named when its share of the load moves by at least a tenth of its usual share
     * and by at least a point: smaller shifts are within what pace and terrain change from one
     * ordinary run to the next. Estimated.
     */
    static final double NOTABLE_RELATIVE_SHIFT = 0.10;

    static final double NOTABLE_POINTS = 0.01;

    private RunHeadline() {}

    /** {@code shifts} in {@link GroupShares#shifts} order; empty when the runner has no usual to compare with. */
    static Optional<String> of(Atlas atlas, List<GroupShares.Shift> shifts, boolean usualKnown) {
        if (!usualKnown) {
            return Optional.empty();
        }
        List<GroupShares.Shift> notable = shifts.stream()
                .filter(s -> Math.abs(s.difference()) >= NOTABLE_POINTS
                        && Math.abs(s.difference()) >= NOTABLE_RELATIVE_SHIFT * s.usualShare())
                .limit(2)
                .toList();
        if (notable.isEmpty()) {
            return Optional.of(
                    "A usual run for your muscles: each group took about its share of your last four weeks.");
        }
        StringBuilder text = new StringBuilder();
        for (GroupShares.Shift shift : notable) {
            text.append(text.length() == 0 ? "" : "; ")
                    .append(shift.difference() > 0 ? "more " : "less ")
                    .append(name(atlas, shift.group()))
                    .append(" load than usual: ")
                    .append(Decimals.fixed(Locale.ROOT, 100 * shift.runShare(), 0) + " % against "
                            + Decimals.fixed(Locale.ROOT, 100 * shift.usualShare(), 0) + " %");
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return Optional.of(text + " (share of the load; your usual is the four weeks before).");
    }

    private static String name(Atlas atlas, String group) {
        return atlas.group(group).map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(group);
    }
}
