package org.runmuscle.core.atlas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where on the body a muscle lies, coarse enough for a body map and for soreness by area. */
public enum Region {
    HIP,
    THIGH,
    LOWER_LEG,
    TRUNK,
    SHOULDER,
    ARM,
    CHEST,
    UPPER_BACK;

    @JsonValue
    public String id() {
        return Slug.ofConstant(this);
    }

    @JsonCreator
    static Region fromJson(String id) {
        return Slug.constantOf(Region.class, id, "region");
    }
}
