"""Closed vocabularies: regions, kinds of exercise, positions, equipment, sides, movements."""

from __future__ import annotations

from enum import StrEnum


class Region(StrEnum):
    """The body region an exercise works."""

    SPINE_CORE = "spine_core"
    NECK = "neck"
    UPPER_BACK = "upper_back"
    SHOULDER = "shoulder"
    ARM = "arm"
    HIP = "hip"
    KNEE = "knee"
    ANKLE = "ankle"
    BALANCE = "balance"
    AEROBIC = "aerobic"
    WHOLE_BODY = "whole_body"


class Category(StrEnum):
    """The kind of exercise; the handout groups a phase's exercises by it, in this order."""

    RANGE_OF_MOTION = "range_of_motion"
    STRENGTHENING = "strengthening"
    POSTURE_BODY_MECHANICS = "posture_body_mechanics"
    BALANCE = "balance"
    AEROBIC = "aerobic"
    FUNCTIONAL = "functional"


CATEGORY_ORDER: tuple[Category, ...] = tuple(Category)


class Position(StrEnum):
    """The body position an exercise starts from."""

    LYING_ON_BACK = "lying_on_back"
    HOOK_LYING = "hook_lying"
    LYING_ON_STOMACH = "lying_on_stomach"
    SIDE_LYING = "side_lying"
    HANDS_AND_KNEES = "hands_and_knees"
    KNEELING = "kneeling"
    HALF_KNEELING = "half_kneeling"
    SITTING = "sitting"
    STANDING = "standing"
    WALKING = "walking"


class Equipment(StrEnum):
    """Things the patient needs for an exercise."""

    MAT = "mat"
    BED = "bed"
    CHAIR = "chair"
    WALL = "wall"
    COUNTER = "counter"
    STEP = "step"
    BAND = "band"
    BALL = "ball"
    TOWEL = "towel"
    PILLOW = "pillow"
    ROLL = "roll"
    CANE = "cane"
    STRAP = "strap"
    WEIGHT = "weight"
    BIKE = "bike"
    POOL = "pool"
    DOOR = "door"
    BOX = "box"
    WALKER = "walker"


class Side(StrEnum):
    """Which side the patient works."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"
    EACH = "each"


class AsTolerated(StrEnum):
    """What the patient judges by feel: how far, how long or how many."""

    FAR = "far"
    LONG = "long"
    MANY = "many"


class DistanceUnit(StrEnum):
    """The unit of a distance to walk or bike: metres, kilometres, yards or miles."""

    M = "m"
    KM = "km"
    YD = "yd"
    MI = "mi"


class Movement(StrEnum):
    """What an exercise does to the body; the safety rules forbid movements, not exercises."""

    LUMBAR_FLEXION = "lumbar_flexion"
    LUMBAR_EXTENSION = "lumbar_extension"
    LUMBAR_ROTATION = "lumbar_rotation"
    LUMBAR_SIDE_BEND = "lumbar_side_bend"
    SPINAL_LOADING = "spinal_loading"
    LIFTING = "lifting"
    OVERHEAD_REACH = "overhead_reach"
    NECK_FLEXION = "neck_flexion"
    NECK_EXTENSION = "neck_extension"
    NECK_ROTATION = "neck_rotation"
    NECK_SIDE_BEND = "neck_side_bend"
    NECK_RESISTED = "neck_resisted"
    HIP_FLEXION_PAST_90 = "hip_flexion_past_90"
    HIP_ADDUCTION_PAST_MIDLINE = "hip_adduction_past_midline"
    HIP_INTERNAL_ROTATION = "hip_internal_rotation"
    HIP_EXTERNAL_ROTATION = "hip_external_rotation"
    HIP_EXTENSION_PAST_NEUTRAL = "hip_extension_past_neutral"
    ACTIVE_HIP_ABDUCTION = "active_hip_abduction"
    ACTIVE_SHOULDER_ELEVATION = "active_shoulder_elevation"
    ASSISTED_SHOULDER_ELEVATION = "assisted_shoulder_elevation"
    SHOULDER_EXTERNAL_ROTATION = "shoulder_external_rotation"
    RESISTED_SHOULDER = "resisted_shoulder"
    ARM_WEIGHT_BEARING = "arm_weight_bearing"
    WEIGHT_BEARING = "weight_bearing"
    SINGLE_LEG_STANCE = "single_leg_stance"
    BOTH_LEGS_LOADED = "both_legs_loaded"  # about half the body's weight on each leg, on purpose:
    # squats, heel raises, weight shifts, balance with both feet down (not walking with an aid)
    KNEE_DEEP_FLEXION = "knee_deep_flexion"
    RESISTED_KNEE_EXTENSION = "resisted_knee_extension"
    PIVOTING = "pivoting"
    HIGH_IMPACT = "high_impact"
    LYING_ON_STOMACH = "lying_on_stomach"
