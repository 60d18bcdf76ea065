package org.runmuscle.core.atlas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A movement (or a stabilising job) at one joint that a muscle produces or controls. */
public enum JointAction {
    HIP_EXTENSION(Joint.HIP),
    HIP_FLEXION(Joint.HIP),
    HIP_ABDUCTION(Joint.HIP),
    HIP_ADDUCTION(Joint.HIP),
    HIP_EXTERNAL_ROTATION(Joint.HIP),
    HIP_INTERNAL_ROTATION(Joint.HIP),
    PELVIC_STABILISATION(Joint.PELVIS),
    KNEE_EXTENSION(Joint.KNEE),
    KNEE_FLEXION(Joint.KNEE),
    PLANTAR_FLEXION(Joint.ANKLE),
    DORSIFLEXION(Joint.ANKLE),
    FOOT_INVERSION(Joint.ANKLE),
    TRUNK_FLEXION(Joint.SPINE),
    TRUNK_EXTENSION(Joint.SPINE),
    TRUNK_ROTATION(Joint.SPINE),
    TRUNK_LATERAL_FLEXION(Joint.SPINE),
    SPINAL_STABILISATION(Joint.SPINE),
    ABDOMINAL_BRACING(Joint.TRUNK_WALL),
    INSPIRATION(Joint.TRUNK_WALL),
    SHOULDER_FLEXION(Joint.SHOULDER),
    SHOULDER_EXTENSION(Joint.SHOULDER),
    SHOULDER_ADDUCTION(Joint.SHOULDER),
    SHOULDER_ABDUCTION(Joint.SHOULDER),
    SHOULDER_STABILISATION(Joint.SHOULDER),
    SCAPULAR_RETRACTION(Joint.SCAPULA),
    SCAPULAR_ELEVATION(Joint.SCAPULA),
    ELBOW_FLEXION(Joint.ELBOW),
    ELBOW_EXTENSION(Joint.ELBOW);

    /** The joint (or body wall) an action belongs to. */
    public enum Joint {
        HIP,
        PELVIS,
        KNEE,
        ANKLE,
        SPINE,
        TRUNK_WALL,
        SHOULDER,
        SCAPULA,
        ELBOW;

        public String id() {
            return Slug.ofConstant(this);
        }
    }

    private final Joint joint;

    JointAction(Joint joint) {
        this.joint = joint;
    }

    public Joint joint() {
        return joint;
    }

    @JsonValue
    public String id() {
        return Slug.ofConstant(this);
    }

    @JsonCreator
    static JointAction fromJson(String id) {
        return Slug.constantOf(JointAction.class, id, "joint action");
    }
}
