package org.runmuscle.app.athletes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmuscle.app.cli.Names;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.history.History;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.core.activity.Sport;
import org.runmuscle.core.training.Recovery;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.StoreException;
import org.runmuscle.store.StoredActivity;

/** The athletes feature: the roster, and adding, renaming and removing athletes. */
public final class AthletesService {
    /** Days of history the roster reads: what readiness and soreness look back over. */
    static final int ROSTER_DAYS = 28;

    private final Athletes athletes;
    private final HistoryService history;

    /** {@code history} is the history feature over any athlete; the roster asks it for each one's. */
    public AthletesService(Athletes athletes, HistoryService history) {
        this.athletes = athletes;
        this.history = history;
    }

    /** An athlete's line of the roster: their last run and their primary groups' state today. */
    public record RosterLine(
            Athlete athlete, int activities, Optional<StoredActivity> lastRun, List<History.GroupView> groups) {
        /** The groups whose soreness risk is high: the roster's warnings. */
        public List<String> soreGroups() {
            return groups.stream()
                    .filter(g -> g.sorenessRisk() == Recovery.SorenessRisk.HIGH)
                    .map(History.GroupView::id)
                    .toList();
        }
    }

    public List<Athlete> list() {
        return athletes.list();
    }

    /** The roster of the athletes given (those the caller sees), in name order, as of {@code today}. */
    public List<RosterLine> roster(List<Athlete> of, long today) {
        return of.stream()
                .sorted(Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)))
                .map(a -> line(a, today))
                .toList();
    }

    private RosterLine line(Athlete athlete, long today) {
        HistoryService one = history.forAthlete(athletes.history(athlete));
        List<StoredActivity> recent = one.store().activities(Optional.of(Instant.EPOCH));
        Optional<StoredActivity> lastRun = recent.stream()
                .filter(a -> a.sport().equals(Sport.RUNNING.id()))
                .reduce((first, second) -> second);
        return new RosterLine(
                athlete, recent.size(), lastRun, one.history(today, ROSTER_DAYS).groups());
    }

    public Athlete add(String name) {
        String checked = Names.check("the name", name);
        try {
            return athletes.add(checked);
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    public Athlete rename(Athlete athlete, String newName) {
        String checked = Names.check("the new name", newName);
        try {
            athletes.rename(athlete.id(), checked);
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
        return athletes.byId(athlete.id()).orElseThrow();
    }

    /** Removes the athlete with everything of theirs; the number of activities removed. */
    public int remove(Athlete athlete) {
        return athletes.remove(athlete.id()).orElse(0);
    }

    public Optional<Athlete> byName(String name) {
        return athletes.byName(name.strip());
    }

    public int activityCount(Athlete athlete) {
        return athletes.activityCount(athlete.id());
    }
}
