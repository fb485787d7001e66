"""How far an exercise takes each joint, and which of a phase's range limits hold it back.

One source per fact: an exercise's own `reaches` say it where they name a joint motion; for the
others the figure's poses (side view: flexion and extension of shoulder, elbow, hip, knee, ankle;
front view: a moving arm or leg lifted out to the side) are read, and the movement tags give a
floor ("past 90 degrees", "turns inward") where the figure cannot show it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rehab_planner.errors import RenderError
from rehab_planner.figures.pose import base_for, resolve
from rehab_planner.i18n.messages import say
from rehab_planner.model import Category, Exercise, Movement, Phase, Plan, Prescription
from rehab_planner.model.figure import FigureSpec, View
from rehab_planner.model.range_limit import (
    MOTIONS,
    Joint,
    Motion,
    RangeLimit,
    Reach,
    joint_motion_key,
)
from rehab_planner.plans.conditions import holds

Source = Literal["exercise", "figure", "movements"]


@dataclass(frozen=True, slots=True)
class ExerciseReach:
    """How far an exercise takes one joint one way.

    Attributes:
        degrees: the peak; for `at_least`, the exercise goes past it by an unknown amount.
        stops_short: the patient can stop short of the peak (a lower limit holds it back).
        passive: the joint is moved for the patient, not by its own muscles.
        source: where it is known from: the exercise's own reaches, its figure or its movements.
        at_least: known only as "past `degrees`" (from the movement tags).
        moves: the exercise moves the joint that way (a figure's joint that keeps one angle
            through the exercise only holds it there, as a seated figure holds its hips).
    """

    joint: Joint
    motion: Motion
    degrees: float
    stops_short: bool
    passive: bool
    source: Source
    at_least: bool = False
    moves: bool = True

    @property
    def key(self) -> str:
        """The joint motion, e.g. 'shoulder flexion'."""
        return joint_motion_key(self.joint, self.motion)


# What a movement tag says about a joint, when nothing better does: the motion and the degrees it
# goes past.
_TAG_FLOORS: dict[Movement, tuple[Joint, Motion, float]] = {
    Movement.HIP_FLEXION_PAST_90: (Joint.HIP, Motion.FLEXION, 90),
    Movement.HIP_ADDUCTION_PAST_MIDLINE: (Joint.HIP, Motion.ADDUCTION, 0),
    Movement.HIP_INTERNAL_ROTATION: (Joint.HIP, Motion.INTERNAL_ROTATION, 0),
    Movement.HIP_EXTERNAL_ROTATION: (Joint.HIP, Motion.EXTERNAL_ROTATION, 0),
    Movement.HIP_EXTENSION_PAST_NEUTRAL: (Joint.HIP, Motion.EXTENSION, 0),
    Movement.ACTIVE_HIP_ABDUCTION: (Joint.HIP, Motion.ABDUCTION, 0),
    Movement.SHOULDER_EXTERNAL_ROTATION: (Joint.SHOULDER, Motion.EXTERNAL_ROTATION, 0),
    Movement.OVERHEAD_REACH: (Joint.SHOULDER, Motion.FLEXION, 90),
    Movement.KNEE_DEEP_FLEXION: (Joint.KNEE, Motion.FLEXION, 90),
    Movement.NECK_FLEXION: (Joint.NECK, Motion.FLEXION, 0),
    Movement.NECK_EXTENSION: (Joint.NECK, Motion.EXTENSION, 0),
    Movement.NECK_ROTATION: (Joint.NECK, Motion.ROTATION, 0),
    Movement.NECK_SIDE_BEND: (Joint.NECK, Motion.SIDE_BEND, 0),
    Movement.LUMBAR_FLEXION: (Joint.TRUNK, Motion.FLEXION, 0),
    Movement.LUMBAR_EXTENSION: (Joint.TRUNK, Motion.EXTENSION, 0),
    Movement.LUMBAR_ROTATION: (Joint.TRUNK, Motion.ROTATION, 0),
    Movement.LUMBAR_SIDE_BEND: (Joint.TRUNK, Motion.SIDE_BEND, 0),
}

# Side view: a joint's angle, positive one way and negative the other.
_SIDE_VIEW: dict[str, tuple[Joint, Motion, Motion | None]] = {
    "shoulder": (Joint.SHOULDER, Motion.FLEXION, Motion.EXTENSION),
    "elbow": (Joint.ELBOW, Motion.FLEXION, None),
    "hip": (Joint.HIP, Motion.FLEXION, Motion.EXTENSION),
    "knee": (Joint.KNEE, Motion.FLEXION, None),
    "ankle": (Joint.ANKLE, Motion.DORSIFLEXION, Motion.PLANTARFLEXION),
}
# Front view: a moving limb lifted out to the side (negative: across the middle).
_FRONT_VIEW: dict[str, tuple[Joint, tuple[str, ...]]] = {
    "shoulder": (Joint.SHOULDER, ("arm", "hand", "elbow", "shoulder")),
    "hip": (Joint.HIP, ("leg", "knee", "foot")),
}
_FRONT_MOTIONS = {Joint.SHOULDER: (Motion.ABDUCTION, Motion.ADDUCTION),
                  Joint.HIP: (Motion.ABDUCTION, Motion.ADDUCTION)}
# A seated figure is drawn with its knees apart so it reads as sitting: not a lift to the side.
_FRONT_BASES_WITHOUT_HIP = frozenset({"sitting", "long_sitting"})


# A joint whose angle changes less than this through the figure's poses is held, not moved.
_MOVES_DEGREES = 5.0


def _figure_angles(figure: FigureSpec) -> dict[tuple[Joint, Motion], tuple[float, bool]]:
    """The largest angle the figure's poses show for each joint motion it can show, and whether
    the joint moves through the poses."""
    seen: dict[tuple[Joint, Motion, str], list[float]] = {}

    def note(joint: Joint, motion: Motion, value: float, where: str) -> None:
        if motion in MOTIONS[joint]:
            seen.setdefault((joint, motion, where), []).append(value)

    for panel in figure.panels():
        try:
            base = base_for(panel.base, panel.view)
        except RenderError:
            continue
        chain = [p for p in (panel.start, panel.middle, panel.end) if p is not None]
        for i in range(len(chain)):
            angles, _ = resolve(base, *chain[: i + 1])
            if panel.view is View.SIDE:
                for name, (joint, plus, minus) in _SIDE_VIEW.items():
                    for side in ("left", "right"):
                        value = angles.get(f"{side}_{name}", 0.0)
                        where = f"{id(panel)}{side}"
                        note(joint, plus, value, where)
                        if minus is not None:
                            note(joint, minus, -value, where)
            elif panel.view in (View.FRONT, View.BACK):
                for name, (joint, parts) in _FRONT_VIEW.items():
                    if joint is Joint.HIP and panel.base.value in _FRONT_BASES_WITHOUT_HIP:
                        continue
                    out_motion, in_motion = _FRONT_MOTIONS[joint]
                    for side in ("left", "right"):
                        if not any(f"{side}_{p}" in panel.moving for p in parts):
                            continue
                        value = angles.get(f"{side}_{name}", 0.0)
                        where = f"{id(panel)}{side}"
                        note(joint, out_motion, value, where)
                        note(joint, in_motion, -value, where)
    out: dict[tuple[Joint, Motion], tuple[float, bool]] = {}
    for (joint, motion, _), values in seen.items():
        peak = min(max(values), float(MOTIONS[joint][motion]))
        if peak <= 0:
            continue
        moves = max(values) - min(values) >= _MOVES_DEGREES
        known = out.get((joint, motion))
        if known is None or peak > known[0]:
            out[(joint, motion)] = (peak, moves or (known is not None and known[1]))
        elif moves:
            out[(joint, motion)] = (known[0], True)
    return out


_FACTS = {"category", "movements", "reaches", "figure"}


def exercise_reaches(exercise: Exercise) -> dict[str, ExerciseReach]:
    """How far the exercise takes each joint, by joint motion ('shoulder flexion')."""
    return dict(_reaches(exercise.model_dump_json(include=_FACTS)))


@lru_cache(maxsize=512)
def _reaches(facts_json: str) -> tuple[tuple[str, ExerciseReach], ...]:
    """Computed once per set of facts (the check runs on every edit)."""
    facts = json.loads(facts_json)
    figure = None if facts["figure"] is None else FigureSpec.model_validate(facts["figure"])
    movements = [Movement(m) for m in facts["movements"]]
    reaches = {key: Reach.model_validate(value) for key, value in facts["reaches"].items()}
    stops_short = Category(facts["category"]) is Category.RANGE_OF_MOTION
    out: dict[str, ExerciseReach] = {}
    if figure is not None:
        for (joint, motion), (value, moves) in _figure_angles(figure).items():
            out[joint_motion_key(joint, motion)] = ExerciseReach(
                joint, motion, round(value), stops_short and moves, False, "figure",
                moves=moves)
    for tag in movements:
        floor = _TAG_FLOORS.get(tag)
        if floor is None:
            continue
        joint, motion, degrees = floor
        key = joint_motion_key(joint, motion)
        known = out.get(key)
        if known is None or known.degrees <= degrees:
            out[key] = ExerciseReach(joint, motion, degrees, False, False, "movements",
                                     at_least=True)
    for key, reach in reaches.items():
        joint_word, _, motion_word = key.partition(" ")
        out[key] = ExerciseReach(Joint(joint_word), Motion(motion_word), reach.degrees,
                                 reach.stops_short, reach.passive, "exercise",
                                 moves=reach.degrees > 0)
    return tuple(out.items())


@dataclass(frozen=True, slots=True)
class LimitOnExercise:
    """A phase's range limit that holds an exercise back: the limit and how far it would go."""

    limit: RangeLimit
    reach: ExerciseReach

    @property
    def exceeded(self) -> bool:
        """True when the exercise cannot be done within the limit.

        It goes past the limit and cannot stop short of it, or the limit allows none of the
        motion at all, or all that is known is that it goes past a point at or above the limit.
        """
        reach, degrees = self.reach, self.limit.degrees
        if reach.at_least:
            return reach.degrees >= degrees
        if reach.degrees <= degrees:
            return False
        return not reach.stops_short or degrees == 0

    @property
    def shown(self) -> bool:
        """True when the exercise's card tells the patient the limit: it moves the joint that
        way past the limit's degrees (or maybe past them), or cannot be done within the limit.
        A limit the exercise stays well inside tells the patient nothing."""
        reach = self.reach
        return self.exceeded or (reach.moves and (reach.at_least
                                                  or reach.degrees > self.limit.degrees))


def limit_words(limit: RangeLimit) -> str:
    """A limit for the therapist, in the interface language: 'shoulder flexion to 90°
    (passive), left side'."""
    key = joint_motion_words(limit.joint, limit.motion)
    amount = (say("findings.range-limit.none", key=key) if limit.degrees == 0
              else say("findings.range-limit.to", key=key, degrees=limit.degrees))
    mode = "" if limit.mode == "both" else say(
        "findings.range-limit.mode", mode=say(f"findings.range-limit.mode.{limit.mode}"))
    side = "" if not limit.side else say(
        "findings.range-limit.side", side=say(f"findings.range-limit.side.{limit.side}"))
    when = "".join(say(f"findings.range-limit.{label}", ids=", ".join(ids)) for label, ids in (
        ("only-with", limit.only_if), ("not-with", limit.unless)) if ids)
    return f"{amount}{mode}{side}{when}"


def joint_motion_words(joint: Joint, motion: Motion) -> str:
    """'shoulder flexion' in the interface language."""
    return say("findings.range-limit.key", joint=say_joint(joint, "joint"),
               motion=say_motion(motion))


def say_joint(joint: Joint, form: str) -> str:
    """A joint's name ('shoulder', or with form 'joint-the': 'the shoulder')."""
    return say(f"findings.range-limit.{form}.{joint.value.replace(' ', '-')}")


def say_motion(motion: Motion) -> str:
    """A motion's name ('external rotation')."""
    return say(f"findings.range-limit.motion.{motion.value.replace(' ', '-')}")


def phase_limits(plan: Plan, phase: Phase) -> list[RangeLimit]:
    """The phase's range limits that hold with the plan's conditions."""
    return [limit for limit in phase.range_limits if holds(limit, plan.conditions)]


def limits_on(limits: list[RangeLimit], exercise: Exercise, rx: Prescription | None = None
              ) -> list[LimitOnExercise]:
    """The limits that hold an exercise back, the tightest of each joint motion, in limit order.

    A limit is about the exercise when the exercise moves that joint that way, is moved the way
    the limit holds (a passive limit holds any movement, an active one only the patient's own),
    and works the limit's side (a prescription for the other side only is not held back).
    """
    reaches = exercise_reaches(exercise)
    side = None
    if rx is not None:
        side = exercise.dosage.merged(rx.dosage, validate=False).side
    tightest: dict[str, LimitOnExercise] = {}
    for limit in limits:
        reach = reaches.get(limit.key)
        if reach is None or not limit.caps(reach.passive):
            continue
        if limit.side is not None and side is not None and side.value in ("left", "right") \
                and side.value != limit.side:
            continue
        known = tightest.get(limit.key)
        if known is None or limit.degrees < known.limit.degrees:
            tightest[limit.key] = LimitOnExercise(limit, reach)
    return list(tightest.values())
