"""Range limits: how far a joint may move in a phase (the surgeon's degrees), and how far an
exercise takes it."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.ids import check_id

MAX_RANGE_LIMITS = 12  # in one phase


class Joint(StrEnum):
    """A joint a range limit or an exercise's reach is about."""

    SHOULDER = "shoulder"
    ELBOW = "elbow"
    HIP = "hip"
    KNEE = "knee"
    ANKLE = "ankle"
    NECK = "neck"
    TRUNK = "trunk"


class Motion(StrEnum):
    """A direction a joint moves in."""

    FLEXION = "flexion"
    EXTENSION = "extension"
    ABDUCTION = "abduction"
    ADDUCTION = "adduction"
    EXTERNAL_ROTATION = "external rotation"
    INTERNAL_ROTATION = "internal rotation"
    DORSIFLEXION = "dorsiflexion"
    PLANTARFLEXION = "plantarflexion"
    ROTATION = "rotation"
    SIDE_BEND = "side bend"


#: The motions of each joint and the most degrees a healthy joint reaches (rounded up from the
#: usual adult ranges): a limit or a reach above it is a typing slip.
MOTIONS: dict[Joint, dict[Motion, int]] = {
    Joint.SHOULDER: {Motion.FLEXION: 180, Motion.EXTENSION: 70, Motion.ABDUCTION: 180,
                     Motion.ADDUCTION: 60, Motion.EXTERNAL_ROTATION: 100,
                     Motion.INTERNAL_ROTATION: 90},
    Joint.ELBOW: {Motion.FLEXION: 160, Motion.EXTENSION: 15},
    Joint.HIP: {Motion.FLEXION: 135, Motion.EXTENSION: 40, Motion.ABDUCTION: 60,
                Motion.ADDUCTION: 40, Motion.EXTERNAL_ROTATION: 60,
                Motion.INTERNAL_ROTATION: 60},
    Joint.KNEE: {Motion.FLEXION: 160, Motion.EXTENSION: 15},
    Joint.ANKLE: {Motion.DORSIFLEXION: 40, Motion.PLANTARFLEXION: 60},
    Joint.NECK: {Motion.FLEXION: 80, Motion.EXTENSION: 80, Motion.ROTATION: 90,
                 Motion.SIDE_BEND: 50},
    Joint.TRUNK: {Motion.FLEXION: 100, Motion.EXTENSION: 40, Motion.ROTATION: 60,
                  Motion.SIDE_BEND: 45},
}

#: How the joint is moved that a limit holds: `passive` (moved for the patient: the other arm,
#: a cane, a pulley, the therapist), `active` (by its own muscles) or `both`.
LimitMode = Literal["passive", "active", "both"]
LIMIT_MODES: tuple[LimitMode, ...] = ("both", "passive", "active")


def check_joint_motion(joint: Joint, motion: Motion, degrees: float) -> None:
    """A joint moves that way, and the degrees are within what a healthy joint reaches.

    Raises:
        ValueError: naming the joint, motion and the allowed degrees.
    """
    motions = MOTIONS[joint]
    if motion not in motions:
        raise ValueError(f"the {joint.value} has no {motion.value}: use one of "
                         f"{', '.join(m.value for m in motions)}")
    top = motions[motion]
    if not 0 <= degrees <= top:
        raise ValueError(f"{joint.value} {motion.value} of {degrees:g} degrees is impossible: "
                         f"use 0 to {top}")


def parse_joint_motion(text: str) -> tuple[Joint, Motion]:
    """'shoulder external rotation' -> (Joint.SHOULDER, Motion.EXTERNAL_ROTATION).

    Raises:
        ValueError: not a joint followed by one of its motions.
    """
    words = " ".join(text.lower().replace("_", " ").replace("-", " ").split())
    joint_word, _, motion_word = words.partition(" ")
    try:
        joint = Joint(joint_word)
    except ValueError:
        raise ValueError(f"'{text}' does not start with a joint: use one of "
                         f"{', '.join(j.value for j in Joint)}") from None
    try:
        motion = Motion(motion_word)
    except ValueError:
        raise ValueError(f"'{text}': the {joint.value} has no '{motion_word}': use one of "
                         f"{', '.join(m.value for m in MOTIONS[joint])}") from None
    if motion not in MOTIONS[joint]:
        raise ValueError(f"'{text}': the {joint.value} has no {motion.value}: use one of "
                         f"{', '.join(m.value for m in MOTIONS[joint])}")
    return joint, motion


def joint_motion_key(joint: Joint, motion: Motion) -> str:
    """The text key of a joint motion, e.g. 'hip internal rotation'."""
    return f"{joint.value} {motion.value}"


class RangeLimit(Model):
    """How far one joint may move one way during a phase, e.g. shoulder flexion to 90 degrees,
    passive. An exercise of the phase that takes the joint further is a conflict; its card tells
    the patient where to stop."""

    joint: Joint
    motion: Motion
    degrees: int = Field(ge=0, description="The most degrees allowed (0: not at all)")
    mode: LimitMode = Field(
        default="both", description="passive: when the joint is moved for the patient (the other "
        "arm, a cane, the therapist); active: by its own muscles; both. A passive limit also caps "
        "active movement, since the joint may not go past it at all")
    side: Literal["left", "right"] | None = Field(
        default=None, description="The side the limit is for; None: the side that had surgery")
    only_if: list[str] = Field(default_factory=list,
                               description="Condition ids: the limit holds only when the plan has one")
    unless: list[str] = Field(default_factory=list,
                              description="Condition ids: the limit holds only when the plan has none")

    @field_validator("only_if", "unless")
    @classmethod
    def _condition_ids(cls, value: list[str]) -> list[str]:
        return [check_id(v) for v in value]

    @model_validator(mode="after")
    def _possible(self) -> RangeLimit:
        check_joint_motion(self.joint, self.motion, self.degrees)
        return self

    @property
    def key(self) -> str:
        """The joint motion, e.g. 'shoulder flexion'."""
        return joint_motion_key(self.joint, self.motion)

    def caps(self, passive: bool) -> bool:
        """True when the limit holds for a movement made this way (passive or active)."""
        return self.mode != "active" or not passive


class Reach(Model):
    """How far an exercise takes a joint one way (its peak), and how it is moved."""

    degrees: int = Field(ge=0, le=180, description="The peak, in degrees")
    stops_short: bool = Field(
        default=False, description="The patient can stop anywhere short of the peak (a range of "
        "motion exercise done as far as allowed), so a lower limit holds it back instead of "
        "ruling it out")
    passive: bool = Field(
        default=False, description="The joint is moved for the patient (the other arm, a cane, "
        "a pulley, gravity), not by its own muscles")
