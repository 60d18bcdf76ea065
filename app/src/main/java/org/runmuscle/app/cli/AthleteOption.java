package org.runmuscle.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --athlete NAME}, shared by the commands that read or write one athlete's history. */
public final class AthleteOption {
    @Option(
            names = "--athlete",
            paramLabel = "NAME",
            description = "Whose history (default RUNMUSCLE_ATHLETE, or the only athlete of the history; "
                    + "'runmuscle athletes' lists them).")
    String name;

    /** The athlete named with --athlete or RUNMUSCLE_ATHLETE, if any. */
    public Optional<String> named() {
        String wanted = name != null ? name : System.getenv("RUNMUSCLE_ATHLETE");
        return wanted == null || wanted.isBlank() ? Optional.empty() : Optional.of(wanted.strip());
    }

    /** Opens the history at {@code --db} for the athlete named, or the only one. */
    public HistoryStore open(DbOption database) {
        Database opened = database.openDatabase();
        try {
            return new Athletes(opened).history(resolve(opened, named()));
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** As {@link #open}, but empty when the SQLite file does not exist (and it is not created). */
    public Optional<HistoryStore> openIfPresent(DbOption database) {
        return database.exists() ? Optional.of(open(database)) : Optional.empty();
    }

    /**
     * The athlete named (case aside), else RUNMUSCLE_ATHLETE's, else the only one (added as
     * {@value Athletes#DEFAULT_NAME} in a new history); several and none named is a refusal that lists them.
     */
    static Athlete resolve(Database database, Optional<String> wanted) {
        Athletes athletes = new Athletes(database);
        if (wanted.isPresent()) {
            return athletes.byName(wanted.get())
                    .orElseThrow(() -> new UserInputException("no athlete named " + Quoted.of(wanted.get()) + " in "
                            + database.describe() + "; " + known(athletes.list())));
        }
        try {
            return athletes.only()
                    .orElseThrow(() -> new UserInputException("the history " + database.describe() + " holds "
                            + athletes.list().size() + " athletes; name one with --athlete NAME ("
                            + known(athletes.list()) + ")"));
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static String known(List<Athlete> athletes) {
        return athletes.isEmpty()
                ? "it has none yet ('runmuscle athletes add NAME' adds one)"
                : "it has " + athletes.stream().map(a -> Quoted.of(a.name())).collect(Collectors.joining(", "));
    }
}
