package org.runmuscle.app;

import java.util.Map;
import java.util.OptionalDouble;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.training.Assessment;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.store.HistoryStore;

/** What the server's handlers share, loaded once: the atlas, models, catalog and the open history. */
final class WebServices {
    private final HistoryStore store;
    private final Atlas atlas = Atlas.load();
    private final LoadModel model = LoadModel.load(atlas);
    private final ExerciseCatalog catalog = ExerciseCatalog.load(atlas);
    private final Assessment assessment = new Assessment(atlas);
    private final PlanMaker planMaker = new PlanMaker(atlas, catalog);
    private final Map<String, Double> referenceDay = model.referenceDay();
    private final String openApi = Resources.text("/web/openapi.json");

    WebServices(HistoryStore store) {
        this.store = store;
    }

    HistoryStore store() {
        return store;
    }

    Atlas atlas() {
        return atlas;
    }

    LoadModel model() {
        return model;
    }

    ExerciseCatalog catalog() {
        return catalog;
    }

    Assessment assessment() {
        return assessment;
    }

    PlanMaker planMaker() {
        return planMaker;
    }

    Map<String, Double> referenceDay() {
        return referenceDay;
    }

    String openApi() {
        return openApi;
    }

    /** An importer with the athlete's mass as it is now. */
    Importer importer(ActivityReaders readers) {
        OptionalDouble mass =
                store.athlete().map(a -> OptionalDouble.of(a.massKg())).orElse(OptionalDouble.empty());
        return new Importer(store, readers, mass, model);
    }
}
