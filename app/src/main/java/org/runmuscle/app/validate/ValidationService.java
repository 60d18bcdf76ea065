package org.runmuscle.app.validate;

import java.util.List;
import java.util.function.Supplier;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.MuscleForceModel;
import org.runmuscle.core.validate.Check;
import org.runmuscle.core.validate.Validation;

/** The model against published results: what {@code validate} and {@code GET /api/v1/validation} both show. */
public final class ValidationService {
    private final Atlas atlas;
    private final Supplier<MuscleForceModel> forces;
    private Validation validation;

    /** {@code forces} is asked for at the first check: the server builds its model while it starts. */
    public ValidationService(Atlas atlas, Supplier<MuscleForceModel> forces) {
        this.atlas = atlas;
        this.forces = forces;
    }

    public synchronized List<Check> checks() {
        if (validation == null) {
            validation = Validation.load(atlas, forces.get());
        }
        return validation.run();
    }

    /** The JSON of {@code validate --format json} (field names are API). */
    public Object json(List<Check> checks) {
        long passing = checks.stream().filter(Check::pass).count();
        return Json.object("passing", passing, "rows", checks.size(), "checks", checks);
    }
}
