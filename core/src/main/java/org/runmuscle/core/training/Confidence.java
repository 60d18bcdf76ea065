package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How sure a finding is: a screening test suggests, two agreeing tests or a measured deficit show. */
public enum Confidence {
    LOW,
    MODERATE,
    HIGH;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
