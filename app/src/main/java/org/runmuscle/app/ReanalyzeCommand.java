package org.runmuscle.app;

import java.util.concurrent.Callable;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "reanalyze",
        description = "Recomputes every stored run's muscle loads from its samples with this "
                + "runmuscle's model and the athlete's body mass, one run per transaction.",
        mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  runmuscle reanalyze"})
final class ReanalyzeCommand implements Callable<Integer> {
    @Mixin
    DbOption database = new DbOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (HistoryStore store = database.open()) {
            LoadModel model = LoadModel.load(Atlas.load());
            var athleteMass = store.athlete().map(a -> a.massKg());
            int count = 0;
            for (long id : store.runningIds()) {
                StoredActivity stored = store.activity(id).orElseThrow();
                double mass = athleteMass.orElse(stored.massKg());
                Activity activity = StoredRuns.activity(store, stored, mass);
                store.replaceLoads(
                        id, stored.startTime(), LoadModel.VERSION, mass, Importer.loads(model.analyze(activity, mass)));
                count++;
            }
            spec.commandLine()
                    .getOut()
                    .println("Re-analysed " + org.runmuscle.core.training.Days.plural(count, "run")
                            + " with model version " + LoadModel.VERSION + ".");
            return 0;
        }
    }
}
