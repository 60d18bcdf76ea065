package org.runmuscle.core.atlas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A muscle's part in running: a primary mover of the stride, or a stabiliser and helper. */
public enum Role {
    PRIMARY,
    SUPPORTING;

    @JsonValue
    public String id() {
        return Slug.ofConstant(this);
    }

    @JsonCreator
    static Role fromJson(String id) {
        return Slug.constantOf(Role.class, id, "role");
    }
}
