"""Figure data of an exercise: the poses and props its drawing is generated from.

The figures package turns this into drawing primitives; this module only describes and validates.
Angles are in degrees. Side view: the figure faces right and its right side is nearest the viewer.
Front view: the figure faces the viewer (its right side on the viewer's left); lying figures in the
front view are seen from above. Feet view (lying on the back or the stomach): seen from the foot
end and above; on the back hips and shoulders there are turns about the body's long axis (a knee
falling out to the side, a raised forearm turning out) and elbows and knees are bends; on the
stomach shoulders spread the straight arms along the floor and elbows lift them (figures/feet.py).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.figure_constraints import CheckKind, Constraint
from rehab_planner.model.figure_vocab import (
    LIMITS,
    PARTS,
    POINTS,
    SEGMENTS,
    SIDE_HANDS,
    SIDED,
    ArrowKind,
    BasePosition,
    CloseHand,
    Focus,
    FootContact,
    Hand,
    MarkKind,
    Muscle,
    PropKind,
    View,
    check_point,
    default_muscle,
    muscle_fits,
)

__all__ = [
    "LIMITS",
    "PARTS",
    "POINTS",
    "SEGMENTS",
    "ArrowKind",
    "BasePosition",
    "CheckKind",
    "CloseHand",
    "Constraint",
    "FigureSpec",
    "Focus",
    "FootContact",
    "Hand",
    "HandInset",
    "Mark",
    "MarkKind",
    "Muscle",
    "Panel",
    "Pose",
    "Prop",
    "PropKind",
    "View",
]


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
    shrug: float | None = Field(
        default=None, ge=0, le=0.12, description="Shoulders raised toward the ears (body units)"
    )
    chin_back: float | None = Field(
        default=None, ge=0, le=0.08,
        description="Side view: the head slides straight back, chin level (a chin tuck; body units)",
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
    elbows_in: list[Literal["left", "right"]] | None = Field(
        default=None,
        description="Front or back view: these arms' elbows bend in, the forearm across the body "
        "(turned in to the belly); unset keeps the pose before's, [] bends them out again",
    )
    lift: float | None = Field(default=None, ge=-1, le=2, description="Raise the body (body units)")
    shift: float | None = Field(default=None, ge=-2, le=2, description="Move sideways (body units)")

    @field_validator("*", mode="after")
    @classmethod
    def _angles_possible(cls, value: object, info: ValidationInfo) -> object:
        name = info.field_name or ""
        joint = name.split("_", 1)[1] if name.startswith(("left_", "right_")) else name
        if joint.endswith("s") and joint[:-1] in SIDED:
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
        for joint in ("trunk", "spine", "neck", "head_turn", "twist", "nod", "shrug", "chin_back"):
            value = getattr(self, joint)
            if value is not None:
                out[joint] = value
        if self.elbows_in is not None:  # a flag carried with the angles: 1 bends that elbow in
            for side in ("left", "right"):
                out[f"{side}_elbow_in"] = 1.0 if side in self.elbows_in else 0.0
        for joint in SIDED:
            both = getattr(self, f"{joint}s")
            for side in ("left", "right"):
                own = getattr(self, f"{side}_{joint}")
                if own is not None:
                    out[f"{side}_{joint}"] = own
                elif both is not None:
                    out[f"{side}_{joint}"] = both
        return out


class Prop(Model):
    """A thing drawn with the figure, placed at a point of the start pose (plus an offset)."""

    kind: PropKind
    at: str | None = Field(default=None, description="Point it is placed at")
    to: str | None = Field(default=None, description="Second point (band, strap, cane, pulley)")
    dx: float = Field(default=0.0, ge=-3, le=3)
    dy: float = Field(default=0.0, ge=-3, le=3)
    size: float | None = Field(default=None, ge=0.02, le=3)
    slope: float = Field(
        default=0.0, ge=-60, le=60,
        description="Rail: how steeply it rises toward the figure's front, degrees (up a stair)",
    )
    tap: bool = Field(
        default=False,
        description="Footprint: a place the foot only taps, drawn as a light outline (a clock reach)",
    )

    @field_validator("at", "to")
    @classmethod
    def _points(cls, value: str | None) -> str | None:
        return check_point(value, "prop")


class Mark(Model):
    """A push arrow or a ring on the end pose."""

    kind: MarkKind
    at: str
    direction: float = Field(default=0.0, ge=-360, le=360, description="Push direction, degrees")
    dx: float = Field(default=0.0, ge=-1, le=1, description="Move the mark sideways")
    dy: float = Field(default=0.0, ge=-1, le=1, description="Move the mark up")
    both_ways: bool = Field(default=False, description="Arrow heads at both ends")
    word: Literal["hold", "squeeze", "stretch", "glide"] | None = Field(
        default=None,
        description="Ring and squeeze: the word beside the shaded muscle (ring: stretch, squeeze: "
        "squeeze; hold: a squeeze in a held position, a plank or a wall sit; glide: a ring where "
        "a nerve glide's nerve slides, a gentle pull at most)",
    )
    muscle: Muscle | None = Field(
        default=None,
        description="Ring and squeeze: the muscle shaded on the body part at the point (a thigh: "
        "quadriceps in front, hamstring behind); unset, the point's usual muscle",
    )
    size: float | None = Field(
        default=None, ge=0.05, le=1,
        description="Twist: the ring's width in body units (0.72 round the body; smaller round a "
        "foot). Move: the arrow's length in body units (a hand's whole path)",
    )

    @field_validator("at")
    @classmethod
    def _point(cls, value: str) -> str:
        check_point(value, "mark")
        return value

    @model_validator(mode="after")
    def _muscle_on_its_part(self) -> Mark:
        if self.muscle is None:
            return self
        if self.kind not in (MarkKind.RING, MarkKind.SQUEEZE):
            raise ValueError(f"only a ring or a squeeze shades a muscle, not a {self.kind}")
        if not muscle_fits(self.muscle, self.at):
            raise ValueError(f"the {self.muscle} muscle does not lie at '{self.at}'")
        return self

    def shaded_muscle(self) -> Muscle | None:
        """The muscle this ring or squeeze shades: its own, else the point's usual one."""
        return self.muscle or default_muscle(self.at)


class HandInset(Model):
    """A close-up of one hand in a box in the picture's top corner, joined to the hand by a line.

    Where the whole figure cannot show the hand (palm up or down, a weight across the palm, a
    ball squeezed), the inset shows it large. Two hands: the first is the start (a light
    outline), the second the end (solid), with an arrow both ways between them. Finger shapes
    seen from the side (straight, hook, full_fist, table_top) are a sequence: numbered hands in a
    strip across the top, an arrow from each to the next.
    """

    hands: list[CloseHand] = Field(min_length=1, max_length=4)
    holds: Literal["weight", "ball", "hammer"] | None = Field(
        default=None,
        description="What the last hand holds: a weight across the palm, a ball; a hammer is "
        "one fist seen from the front holding it by the end, the hammer upright (start) and "
        "tipped to each side (forearm turns)",
    )
    at: str = Field(default="right_hand", description="The hand in the figure it shows")
    corner: Literal["top_left", "top_right"] = "top_right"
    from_side: bool = Field(
        default=False,
        description="The hand seen from the thumb's side, the forearm level on a table's edge: "
        "the fist round a weight hangs down (start) and curls up (end), a wrist curl",
    )
    fingers_down: bool = Field(
        default=False,
        description="The hand hangs from the wrist, fingers pointing down (a wrist tipped back "
        "with the palm up and the arm out to the side)",
    )

    @field_validator("at")
    @classmethod
    def _point(cls, value: str) -> str:
        check_point(value, "inset")
        return value

    @field_validator("hands")
    @classmethod
    def _sequence(cls, value: list[CloseHand]) -> list[CloseHand]:
        side = [h in SIDE_HANDS for h in value]
        if any(side) and not all(side):
            raise ValueError("finger shapes seen from the side (straight, hook, full_fist, "
                             "table_top) do not mix with hands seen from above")
        if len(value) > 2 and not all(side):
            raise ValueError("more than two hands only as finger shapes seen from the side")
        return value

    @model_validator(mode="after")
    def _hammer(self) -> HandInset:
        if self.holds == "hammer" and self.hands != [CloseHand.FIST]:
            raise ValueError("a hammer close-up shows one hand: hands: [fist]")
        if self.from_side and (self.holds != "weight" or len(self.hands) != 1
                               or self.hands[0] not in (CloseHand.PALM_UP, CloseHand.PALM_DOWN)):
            raise ValueError("a wrist curl seen from the side shows one hand, palm_up or "
                             "palm_down, holding a weight")
        return self

    @property
    def sequence(self) -> bool:
        """Finger shapes one after another, numbered, in a strip across the top."""
        return self.hands[0] in SIDE_HANDS


class _Moves(Model):
    """What Panel and FigureSpec share: the moving parts and the anchor, checked the same way."""

    @field_validator("moving", check_fields=False)
    @classmethod
    def _parts(cls, value: list[str]) -> list[str]:
        return _check_parts(value)

    @field_validator("anchor", check_fields=False)
    @classmethod
    def _anchor(cls, value: str | None) -> str | None:
        return check_point(value, "anchor")


class Panel(_Moves):
    """A further numbered panel of a picture: one step of a movement that one frame cannot show."""

    base: BasePosition
    view: View = View.SIDE
    start: Pose = Field(default_factory=Pose)
    end: Pose | None = None
    props: list[Prop] = Field(default_factory=list)
    moving: list[str] = Field(default_factory=list)
    arrow: ArrowKind = ArrowKind.PATH
    anchor: str | None = None
    marks: list[Mark] = Field(default_factory=list)
    hold: bool = False
    hands: dict[Literal["left", "right"], Hand] = Field(default_factory=dict)
    feet: dict[Literal["left", "right"], FootContact] = Field(
        default_factory=dict, description="What touches the ground: heel, toe or flat"
    )
    focus: Focus | None = Field(
        default=None, description="A close-up of this panel (the hand, wrist and elbow moves)"
    )



def _check_parts(value: list[str]) -> list[str]:
    for part in value:
        if part not in PARTS:
            raise ValueError(f"'{part}' is not a body part: use one of {', '.join(sorted(PARTS))}")
    return value


class FigureSpec(_Moves):
    """How to draw an exercise: a base position, the poses, the props and what moves.

    `then` adds numbered panels (2 and 3) after this one, for movements one frame cannot show
    (log roll, sit to stand). `hold` marks a held position: it has no start pose and the picture
    says "hold". `cue` names a few words printed under the whole picture (its panels too).
    `constraints` are what the exercise's text promises the picture shows.
    """

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
    hold: bool = Field(default=False, description="A held position: no start pose, says 'hold'")
    cue: str | None = Field(
        default=None, pattern=r"^[a-z][a-z0-9_]*$",
        description="A picture cue by name (resources/figures/words.yaml `cues`): a few words under the "
        "picture, the one thing this exercise does that its look-alikes do not (knees high)",
    )
    then: list[Panel] = Field(default_factory=list, max_length=2, description="Panels 2 and 3")
    constraints: list[Constraint] = Field(default_factory=list)
    hands: dict[Literal["left", "right"], Hand] = Field(
        default_factory=dict, description="Hand shapes on the end pose: open, fist, grip, thumb_up"
    )
    feet: dict[Literal["left", "right"], FootContact] = Field(
        default_factory=dict, description="What touches the ground: heel, toe or flat"
    )
    inset: HandInset | None = Field(
        default=None, description="A close-up of a hand in the top corner (palm up or down, ...)"
    )
    far_grey: bool = Field(
        default=False,
        description="Side view: the end pose's far arm and leg near black, set apart, so a far limb moving "
        "with the near one shows beside it (both knees to the chest)",
    )
    zoom: Focus | None = Field(
        default=None,
        description="A framed close-up of this region in a top corner, beside the whole figure "
        "(a foot a towel pulls): the same poses, large, with the arrows; the figure keeps its words",
    )
    rest_on: list[str] = Field(
        default_factory=list,
        description="Two points that rest on the surface in every pose (a side plank's elbow and "
        "knee): each pose turns as a whole until both touch it, whatever its trunk lean",
    )

    @field_validator("rest_on")
    @classmethod
    def _two_resting_points(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if not value:
            return value
        for point in value:
            check_point(point, "rest_on")
        if len(value) != 2 or value[0] == value[1]:
            raise ValueError("rest_on names two different points, the ends of what rests")
        if info.data.get("view") is View.FEET:
            raise ValueError("rest_on turns a pose in the picture's plane: not in the feet view")
        return value

    @field_validator("zoom")
    @classmethod
    def _zoom_alone(cls, value: Focus | None, info: ValidationInfo) -> Focus | None:
        if value is not None and (info.data.get("focus") is not None or info.data.get("inset")):
            raise ValueError("a zoom close-up goes beside a whole figure: drop focus and inset")
        return value


    def drawn_side(self) -> str | None:
        """The side ('left' or 'right') of the first sided moving part, or None."""
        for part in self.moving:
            if part.startswith(("left_", "right_")):
                return part.split("_", 1)[0]
        return None

    def panels(self) -> list[FigureSpec]:
        """Every numbered panel as a figure of its own (one, unless `then` adds more)."""
        first = self.model_copy(update={"then": []})
        return [first] + [FigureSpec.model_validate(p.model_dump()) for p in self.then]

    def is_held(self) -> bool:
        """True when the picture is one held position (no start pose drawn)."""
        return self.hold and not self.then
