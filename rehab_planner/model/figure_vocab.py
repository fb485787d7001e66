"""The vocabulary of figure data: views, base positions, props, marks, body points and joint limits."""

from __future__ import annotations

from enum import StrEnum


class View(StrEnum):
    """Where the viewer stands."""

    SIDE = "side"
    FRONT = "front"
    FEET = "feet"  # lying, seen from past the feet: knees and forearms swing sideways (on the back),
    # straight arms spread and lift (on the stomach: the Y and T lifts)


class BasePosition(StrEnum):
    """Named starting positions; an exercise's pose data only says what differs from its base."""

    STANDING = "standing"
    WALKING = "walking"
    SITTING = "sitting"
    LONG_SITTING = "long_sitting"
    LYING_ON_BACK = "lying_on_back"
    HOOK_LYING = "hook_lying"
    LYING_ON_STOMACH = "lying_on_stomach"
    PRONE_ON_ELBOWS = "prone_on_elbows"
    SIDE_LYING = "side_lying"
    HANDS_AND_KNEES = "hands_and_knees"
    KNEELING = "kneeling"
    HALF_KNEELING = "half_kneeling"


class PropKind(StrEnum):
    """Things drawn with the figure."""

    FLOOR = "floor"
    MAT = "mat"
    BED = "bed"
    CHAIR = "chair"
    WALL = "wall"
    DOOR = "door"
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
    WATER = "water"
    PULLEY = "pulley"
    BOX = "box"
    WALKER = "walker"
    TREADMILL = "treadmill"
    ELLIPTICAL = "elliptical"  # foot rails, a flywheel in front and long handles to the hands
    CART = "cart"
    CAR = "car"
    REACHER = "reacher"
    FOOTPRINT = "footprint"  # one foot seen from above, toes forward: shows where the feet go
    SHOE = "shoe"  # a shoe on the floor where the foot ends (putting shoes on)
    DISHWASHER = "dishwasher"  # under a counter, its door open flat and the lower rack out on it
    ARM_BIKE = "arm_bike"  # a table-top arm pedal machine: a wheel, two cranks with handles
    PEDALS = "pedals"  # a small pedal exerciser on the floor: a low frame, a crank, a pedal per foot
    BATHTUB = "bathtub"  # a long tub seen from the side, a tub bench across its near wall
    TAPE = "tape"  # a strip of tape on the floor running away from the viewer: a line to hop over


class Focus(StrEnum):
    """A close-up: the drawing shows one body region large, cut off at the picture's edge."""

    HEAD = "head"  # head, neck and shoulders (neck exercises)
    LOWER_LEG = "lower_leg"  # mid-shin down to the toes (ankle exercises)
    UPPER_BODY = "upper_body"  # head, arms and trunk down to the hips (arm exercises in a chair)
    FOOT = "foot"  # the ankle and the foot (a zoom beside the whole figure: a towel at the foot)


class ArrowKind(StrEnum):
    """How the movement is shown."""

    PATH = "path"  # one way, from the start pose to the end pose
    BOTH_WAYS = "both_ways"  # back and forth along the same path
    CIRCLE = "circle"  # round and round (circles, pedalling)
    NONE = "none"  # a hold: no arrow


class MarkKind(StrEnum):
    """Extra signs drawn on the end pose."""

    PUSH = "push"  # a short straight arrow ending at the point: push or press this way
    MOVE = "move"  # a short straight arrow starting at the point: this part moves this way
    TURN = "turn"  # a short curved arrow round the point (direction > 0: anticlockwise)
    TWIST = "twist"  # a flat curved arrow round the body at the point: a turn about the upright
    # axis, like a belt seen from the front (direction > 0: the front moves to the viewer's right)
    ROLL = "roll"  # an upright curved arrow round a lying body at the point: roll over like a log
    # (direction > 0: the top of the body rolls toward the viewer's right)
    RING = "ring"  # a ring: tighten or feel it here
    TRAIL = "trail"  # a row of dots leading to the point from `direction`: fingers walking up a wall
    HOP = "hop"  # an arc arrow over the point, from one side to the other (`direction`): a hop
    SQUEEZE = "squeeze"  # a lit-up muscle with two arrows pointing in at it: tighten this muscle
    # (a hold); the arrows come from above, or from `direction` when it is not 0; both_ways:
    # from `direction` and its reverse, meeting (two halves pressed together)


# Points of the figure that props, marks and anchors may name.
_LIMB_POINTS = (
    "shoulder",
    "elbow",
    "wrist",
    "hand",
    "hip",
    "knee",
    "ankle",
    "heel",
    "toe",
    "upper_arm",
    "forearm",
    "thigh",
    "shin",
)
POINTS: frozenset[str] = frozenset(
    ["pelvis", "belly", "mid_back", "chest", "neck", "head", "low_back", "buttock"]
    + [f"{side}_{p}" for side in ("left", "right") for p in _LIMB_POINTS]
)

PARTS: frozenset[str] = frozenset(
    ["head", "trunk", "pelvis", "back"]
    + [
        f"{side}_{p}"
        for side in ("left", "right")
        for p in ("shoulder", "arm", "elbow", "hand", "leg", "knee", "foot", "heel")
    ]
)

SEGMENTS: frozenset[str] = frozenset(
    f"{side}_{p}" for side in ("left", "right") for p in ("upper_arm", "forearm", "thigh", "shin")
)

# Joint: (lowest, highest) angle in degrees.
LIMITS: dict[str, tuple[float, float]] = {
    "trunk": (-180, 180),
    "spine": (-45, 60),
    "neck": (-60, 70),
    "head_turn": (-80, 80),
    "nod": (0, 70),
    "twist": (-80, 80),
    "shoulder": (-90, 180),
    "elbow": (0, 160),
    "wrist": (-90, 90),
    "hip": (-45, 150),
    "knee": (0, 160),
    "ankle": (-60, 45),
}

SIDED = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")


def check_point(value: str | None, what: str) -> str | None:
    if value is not None and value not in POINTS:
        raise ValueError(f"'{value}' is not a point of the figure ({what})")
    return value


class Hand(StrEnum):
    """How a hand is drawn at the end of the arm (end pose)."""

    OPEN = "open"  # a flat open hand (palm on a wall, a table, the belly)
    FIST = "fist"  # a closed hand
    GRIP = "grip"  # a hand closed round a handle, band, cane or rail
    THUMB_UP = "thumb_up"  # a fist with the thumb pointing up


class FootContact(StrEnum):
    """Which part of a foot touches the ground (a short dark bar under it)."""

    HEEL = "heel"
    TOE = "toe"
    FLAT = "flat"


class CloseHand(StrEnum):
    """A hand in a close-up inset, seen from above as the patient sees their own right hand."""

    PALM_UP = "palm_up"  # the palm with its creases, the thumb on the outer (right) side
    PALM_DOWN = "palm_down"  # the back of the hand with its nails, the thumb on the inner side
    OPEN = "open"  # fingers spread wide
    FIST = "fist"  # the fingers closed round what the hand holds
    # Seen from the thumb's side, for finger shapes (tendon glides) drawn one after another:
    STRAIGHT = "straight"  # the fingers straight up
    HOOK = "hook"  # the big knuckles straight, the finger joints bent: a hook
    FULL_FIST = "full_fist"  # every joint bent, the fingertips in the palm
    TABLE_TOP = "table_top"  # bent only at the big knuckles, the fingers straight out


SIDE_HANDS = frozenset(
    {CloseHand.STRAIGHT, CloseHand.HOOK, CloseHand.FULL_FIST, CloseHand.TABLE_TOP}
)
