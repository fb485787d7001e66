"""The vocabulary of figure data: views, base positions, props, marks, body points and joint limits."""

from __future__ import annotations

from enum import StrEnum


class View(StrEnum):
    """Where the viewer stands."""

    SIDE = "side"
    FRONT = "front"
    FEET = "feet"  # lying, seen from past the feet: knees and forearms swing sideways (on the back),
    # straight arms spread and lift (on the stomach: the Y and T lifts)
    BACK = "back"  # from behind: the front view turned round (the figure's right on your right),
    # no face; a bent elbow folds the hand in toward the spine (a hand behind the head or the back)


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
    ELLIPTICAL = "elliptical"  # an elliptical trainer: raised pedals on arms from a flywheel in
    # front, moving handles to the hands (at: near, to: far), a console (figures/elliptical.py)
    CART = "cart"
    CAR = "car"
    REACHER = "reacher"
    FOOTPRINT = "footprint"  # one foot seen from above, toes forward: shows where the feet go
    LADDER = "ladder"  # an agility ladder on the floor from above, feet stepping in and out of it
    SOCK_AID = "sock_aid"  # a sock aid: the sleeve with the sock on it round the foot, cords to the hand
    SHOE = "shoe"  # a shoe on the floor where the foot ends (putting shoes on)
    DISHWASHER = "dishwasher"  # under a counter, its door open flat and the lower rack out on it
    ARM_BIKE = "arm_bike"  # a table-top arm pedal machine: a wheel, two cranks with handles
    PEDALS = "pedals"  # a small pedal exerciser on the floor: a low frame, a crank, a pedal per foot
    BAG = "bag"  # a shopping bag hanging by its handles from a hand at the side
    BATHTUB = "bathtub"  # a long tub seen from the side, a tub bench across its near wall
    TAPE = "tape"  # a strip of tape on the floor running away from the viewer: a line to hop over
    VACUUM = "vacuum"  # an upright vacuum: a handle from the hand down to a head on the floor
    # (at + dx), a bag on the stick, a wheel at the back of the head
    STOOL = "stool"  # a rolling stool under the pelvis, drawn for every pose: a round seat, one
    # post, a base with wheels on the floor (it moves with the body)
    KNEECAP = "kneecap"  # the kneecap, a small white oval on the front of the knee, under the hands
    CUP = "cup"  # an open cup on the floor, seen a little from above: its dark mouth shows
    ROWER = "rower"  # a rowing machine seen from the side: a rail on the floor under the seat's
    # whole slide, a foot plate at the feet and the flywheel's round housing past them
    CLOCK = "clock"  # a clock face on the floor round a standing foot, seen a little from
    # above, its rim `size` out (figures/household.py): where the free foot taps (clock reach)
    ROPE = "rope"  # a jump rope seen from the front: from one hand up in a wide arc over the
    # head and down to the other hand
    ARMREST = "armrest"  # a chair's arm rest beside the seat (side view), in front of the body,
    # `size` above the seat: a chair with arms to push up from
    HAMMER = "hammer"  # a hammer held by the end of its handle: the handle up from the fist, at
    # right angles to the forearm (thumb up), `size` long, a dark head across its top end
    RAIL = "rail"  # a handrail on two posts behind the body at the start pose's hand: level
    # along a step, `slope` degrees up a stair; seen from the front, a post at the side with the
    # hand on its end (with a `size`, a rail across the picture)


class Focus(StrEnum):
    """A close-up: the drawing shows one body region large, cut off at the picture's edge."""

    HEAD = "head"  # head, neck and shoulders (neck exercises)
    LOWER_LEG = "lower_leg"  # mid-shin down to the toes (ankle exercises)
    UPPER_BODY = "upper_body"  # head, arms and trunk down to the hips (arm exercises in a chair)
    FOOT = "foot"  # the ankle and the foot (a zoom beside the whole figure: a towel at the foot)
    LEGS = "legs"  # both legs, hips to toes: what the feet do and whether the knees bend


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
    BREATH = "breath"  # three short lines fanning out from the point (the mouth) toward
    # `direction`: a slow breath out through pursed lips
    SQUEEZE = "squeeze"  # a lit-up muscle with two arrows pointing in at it: tighten this muscle
    # (a hold); the arrows come from above, or from `direction` when it is not 0; both_ways:
    # from `direction` and its reverse, meeting (two halves pressed together)


class Muscle(StrEnum):
    """The muscle a ring or squeeze mark shades, drawn on its side of the body part
    (figures/muscles.py). The mark's point names the body part; this says which muscle of it."""

    BELLY = "belly"  # the belly wall, in front of the trunk between the ribs and the pelvis
    LOW_BACK = "low_back"  # along the back of the waist
    BUTTOCK = "buttock"  # the round of the buttock, at the back of the hip
    SHOULDER_BLADES = "shoulder_blades"  # between the shoulder blades, the back of the chest
    CHEST = "chest"  # the front of the chest
    FRONT_OF_HIP = "front_of_hip"  # where the thigh meets the trunk, in front
    OUTER_HIP = "outer_hip"  # the outer side of the hip and the top of the thigh (front view)
    INNER_THIGH = "inner_thigh"  # the inner side of the thigh (front view)
    QUADRICEPS = "quadriceps"  # the front of the thigh
    HAMSTRING = "hamstring"  # the back of the thigh
    THIGH = "thigh"  # the whole thigh, front and back
    CALF = "calf"  # the back of the lower leg
    SOLE = "sole"  # the underside of the foot (toes curling)
    TOP_OF_FOOT = "top_of_foot"  # the top of the foot and the front of the ankle (foot pointed)
    UPPER_TRAP = "upper_trap"  # from the side of the neck to the top of the shoulder
    BACK_OF_NECK = "back_of_neck"  # from the top of the neck down to the shoulder blade
    SHOULDER = "shoulder"  # round the shoulder
    UPPER_ARM = "upper_arm"
    FOREARM = "forearm"  # the whole forearm (a grip)
    FOREARM_PALM_SIDE = "forearm_palm_side"  # the palm side of the forearm (wrist bent back)
    FOREARM_BACK_SIDE = "forearm_back_side"  # the back-of-hand side of the forearm (wrist bent down)
    HAND = "hand"


# The points a muscle may be named at: the body part it lies on ("side_" for either side).
MUSCLE_POINTS: dict[Muscle, frozenset[str]] = {
    Muscle.BELLY: frozenset({"belly"}),
    Muscle.LOW_BACK: frozenset({"low_back"}),
    Muscle.BUTTOCK: frozenset({"buttock", "pelvis"}),
    Muscle.SHOULDER_BLADES: frozenset({"mid_back"}),
    Muscle.CHEST: frozenset({"chest"}),
    Muscle.FRONT_OF_HIP: frozenset({"side_hip"}),
    Muscle.OUTER_HIP: frozenset({"side_hip"}),
    Muscle.INNER_THIGH: frozenset({"side_thigh"}),
    Muscle.QUADRICEPS: frozenset({"side_thigh"}),
    Muscle.HAMSTRING: frozenset({"side_thigh"}),
    Muscle.THIGH: frozenset({"side_thigh"}),
    Muscle.CALF: frozenset({"side_shin"}),
    Muscle.SOLE: frozenset({"side_toe"}),
    Muscle.TOP_OF_FOOT: frozenset({"side_toe"}),
    Muscle.UPPER_TRAP: frozenset({"side_shoulder"}),
    Muscle.BACK_OF_NECK: frozenset({"side_shoulder"}),
    Muscle.SHOULDER: frozenset({"side_shoulder"}),
    Muscle.UPPER_ARM: frozenset({"side_upper_arm"}),
    Muscle.FOREARM: frozenset({"side_forearm"}),
    Muscle.FOREARM_PALM_SIDE: frozenset({"side_forearm"}),
    Muscle.FOREARM_BACK_SIDE: frozenset({"side_forearm"}),
    Muscle.HAND: frozenset({"side_hand"}),
}


def muscle_fits(muscle: Muscle, point: str) -> bool:
    """Whether the muscle lies on the body part at this point."""
    general = point.replace("left_", "side_").replace("right_", "side_")
    return general in MUSCLE_POINTS[muscle]


def default_muscle(point: str) -> Muscle | None:
    """The muscle a ring or squeeze at this point shades when the mark names none."""
    general = point.replace("left_", "side_").replace("right_", "side_")
    return _DEFAULT_MUSCLE.get(general)


_DEFAULT_MUSCLE = {
    "belly": Muscle.BELLY,
    "low_back": Muscle.LOW_BACK,
    "buttock": Muscle.BUTTOCK,
    "pelvis": Muscle.BUTTOCK,
    "mid_back": Muscle.SHOULDER_BLADES,
    "chest": Muscle.CHEST,
    "side_hip": Muscle.FRONT_OF_HIP,
    "side_thigh": Muscle.THIGH,
    "side_shin": Muscle.CALF,
    "side_toe": Muscle.SOLE,
    "side_shoulder": Muscle.SHOULDER,
    "side_upper_arm": Muscle.UPPER_ARM,
    "side_forearm": Muscle.FOREARM,
    "side_hand": Muscle.HAND,
}


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
    TOE_UP = "toe_up"  # the heel and the ball of the foot down, the big toe bent up (a wall)


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
