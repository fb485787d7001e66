"""Figure data of an exercise: the poses and props its drawing is generated from.

The figures package turns this into drawing primitives; this module only describes and validates.
Angles are in degrees. Side view: the figure faces right and its right side is nearest the viewer.
Front view: the figure faces the viewer (its right side on the viewer's left); lying figures in the
front view are seen from above. Feet view (lying on the back only): seen from the foot end, a little
from above; hips and shoulders there are turns about the body's long axis (a knee falling out to
the side, a raised forearm turning out) and elbows and knees are bends (see figures/feet.py).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, ValidationInfo, field_validator

from rehab_planner.model.base import Model


class View(StrEnum):
    """Where the viewer stands."""

    SIDE = "side"
    FRONT = "front"
    FEET = "feet"  # lying on the back, seen from past the feet: knees and forearms swing sideways


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


class Focus(StrEnum):
    """A close-up: the drawing shows one body region large, cut off at the picture's edge."""

    HEAD = "head"  # head, neck and shoulders (neck exercises)
    LOWER_LEG = "lower_leg"  # mid-shin down to the toes (ankle exercises)
    UPPER_BODY = "upper_body"  # head, arms and trunk down to the hips (arm exercises in a chair)


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
        for p in ("shoulder", "arm", "elbow", "hand", "leg", "knee", "foot")
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

_SIDED = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")


def _check_angle(joint: str, value: float | None) -> float | None:
    if value is None:
        return None
    low, high = LIMITS[joint]
    if not low <= value <= high:
        raise ValueError(f"{joint} angle {value:g} is impossible: use {low:g} to {high:g}")
    return value


class Pose(Model):
    """Joint angles that differ from the base position; None keeps the base's value.

    Side view: trunk is the lean from upright (90 lying face down, -90 lying face up); shoulder
    and hip are flexion (forward) from the trunk line, elbow and knee are bend from straight,
    ankle is toes-up (negative: toes pointed). Front view: trunk and spine lean sideways, shoulder
    and hip are lifts out to the side, neck is a side bend, head_turn turns the face and nod
    bends the head forward to look down.
    The both-side names (shoulders, hips, ...) set left and right at once; a sided value wins.
    """

    trunk: float | None = None
    spine: float | None = None
    neck: float | None = None
    head_turn: float | None = None
    twist: float | None = Field(
        default=None, description="Front view: shoulders turned to the figure's right (degrees)"
    )
    nod: float | None = Field(
        default=None, description="Front view: head bent forward, chin down, looking down (degrees)"
    )
    shoulders: float | None = None
    elbows: float | None = None
    wrists: float | None = None
    hips: float | None = None
    knees: float | None = None
    ankles: float | None = None
    left_shoulder: float | None = None
    right_shoulder: float | None = None
    left_elbow: float | None = None
    right_elbow: float | None = None
    left_wrist: float | None = None
    right_wrist: float | None = None
    left_hip: float | None = None
    right_hip: float | None = None
    left_knee: float | None = None
    right_knee: float | None = None
    left_ankle: float | None = None
    right_ankle: float | None = None
    shorten: dict[str, float] = Field(
        default_factory=dict, description="Segment: length factor 0.1 to 1 (points at the viewer)"
    )
    lift: float | None = Field(default=None, ge=-1, le=2, description="Raise the body (body units)")
    shift: float | None = Field(default=None, ge=-2, le=2, description="Move sideways (body units)")

    @field_validator("*", mode="after")
    @classmethod
    def _angles_possible(cls, value: object, info: ValidationInfo) -> object:
        name = info.field_name or ""
        joint = name.split("_", 1)[1] if name.startswith(("left_", "right_")) else name
        if joint.endswith("s") and joint[:-1] in _SIDED:
            joint = joint[:-1]
        if joint in LIMITS and isinstance(value, float | int):
            _check_angle(joint, float(value))
        return value

    @field_validator("shorten")
    @classmethod
    def _segments(cls, value: dict[str, float]) -> dict[str, float]:
        for name, factor in value.items():
            if name not in SEGMENTS:
                raise ValueError(
                    f"'{name}' is not a segment: use one of {', '.join(sorted(SEGMENTS))}"
                )
            if not 0.1 <= factor <= 1.0:
                raise ValueError(f"{name} length {factor:g} is impossible: use 0.1 to 1")
        return value

    def angles(self) -> dict[str, float]:
        """The angles this pose sets, with both-side names expanded to left_ and right_."""
        out: dict[str, float] = {}
        for joint in ("trunk", "spine", "neck", "head_turn", "twist", "nod"):
            value = getattr(self, joint)
            if value is not None:
                out[joint] = value
        for joint in _SIDED:
            both = getattr(self, f"{joint}s")
            for side in ("left", "right"):
                own = getattr(self, f"{side}_{joint}")
                if own is not None:
                    out[f"{side}_{joint}"] = own
                elif both is not None:
                    out[f"{side}_{joint}"] = both
        return out


def _check_point(value: str | None, what: str) -> str | None:
    if value is not None and value not in POINTS:
        raise ValueError(f"'{value}' is not a point of the figure ({what})")
    return value


class Prop(Model):
    """A thing drawn with the figure, placed at a point of the start pose (plus an offset)."""

    kind: PropKind
    at: str | None = Field(default=None, description="Point it is placed at")
    to: str | None = Field(default=None, description="Second point (band, strap, cane, pulley)")
    dx: float = Field(default=0.0, ge=-3, le=3)
    dy: float = Field(default=0.0, ge=-3, le=3)
    size: float | None = Field(default=None, ge=0.02, le=3)

    @field_validator("at", "to")
    @classmethod
    def _points(cls, value: str | None) -> str | None:
        return _check_point(value, "prop")


class Mark(Model):
    """A push arrow or a ring on the end pose."""

    kind: MarkKind
    at: str
    direction: float = Field(default=0.0, ge=-360, le=360, description="Push direction, degrees")
    dx: float = Field(default=0.0, ge=-1, le=1, description="Move the mark sideways")
    dy: float = Field(default=0.0, ge=-1, le=1, description="Move the mark up")
    both_ways: bool = Field(default=False, description="Arrow heads at both ends")

    @field_validator("at")
    @classmethod
    def _point(cls, value: str) -> str:
        _check_point(value, "mark")
        return value


class FigureSpec(Model):
    """How to draw an exercise: a base position, the poses, the props and what moves."""

    base: BasePosition
    view: View = View.SIDE
    start: Pose = Field(default_factory=Pose)
    middle: Pose | None = None
    end: Pose | None = None
    props: list[Prop] = Field(default_factory=list)
    moving: list[str] = Field(default_factory=list, description="Body parts that move")
    arrow: ArrowKind = ArrowKind.PATH
    anchor: str | None = Field(default=None, description="Point that stays in place")
    marks: list[Mark] = Field(default_factory=list)
    focus: Focus | None = Field(default=None, description="Show only this body region, large")

    @field_validator("moving")
    @classmethod
    def _parts(cls, value: list[str]) -> list[str]:
        for part in value:
            if part not in PARTS:
                raise ValueError(
                    f"'{part}' is not a body part: use one of {', '.join(sorted(PARTS))}"
                )
        return value

    @field_validator("anchor")
    @classmethod
    def _anchor(cls, value: str | None) -> str | None:
        return _check_point(value, "anchor")

    def drawn_side(self) -> str | None:
        """The side ('left' or 'right') of the first sided moving part, or None."""
        for part in self.moving:
            if part.startswith(("left_", "right_")):
                return part.split("_", 1)[0]
        return None
