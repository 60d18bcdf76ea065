package org.runmuscle.core.atlas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a muscle works in a phase: shortening, lengthening under load (braking), or holding length. */
public enum Contraction {
    CONCENTRIC,
    ECCENTRIC,
    ISOMETRIC;

    @JsonValue
    public String id() {
        return Slug.ofConstant(this);
    }

    @JsonCreator
    static Contraction fromJson(String id) {
        return Slug.constantOf(Contraction.class, id, "contraction");
    }
}
