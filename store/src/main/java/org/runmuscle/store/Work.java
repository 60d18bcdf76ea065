package org.runmuscle.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which work a load view counts: running, strength sessions, or both (the default everywhere). */
public enum Work {
    ALL,
    RUNNING,
    STRENGTH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Work> byId(String id) {
        return Arrays.stream(values()).filter(w -> w.id().equals(id)).findFirst();
    }
}
