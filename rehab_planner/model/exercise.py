"""Exercise: one entry of the illustrated library."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.dosage import Dosage
from rehab_planner.model.figure import FigureSpec
from rehab_planner.model.ids import ID_PATTERN, check_id
from rehab_planner.model.range_limit import (
    Reach,
    check_joint_motion,
    joint_motion_key,
    parse_joint_motion,
)
from rehab_planner.model.vocab import Category, Equipment, Movement, Position, Region

__all__ = ["ID_PATTERN", "Exercise", "ExerciseTranslation", "SurgeryNote", "check_id"]


class SurgeryNote(Model):
    """A safety note that applies only after certain surgeries, e.g. a hip replacement from the back.

    only_for names groups (e.g. 'hip_posterior', 'low_back'), template ids or precaution ids; the
    handout prints the note only for a plan that belongs to one of them (see guidance.plan_tags),
    and, with while_in_force, only while one of those precautions holds.
    """

    text: str = Field(min_length=2, max_length=300)
    only_for: list[str] = Field(min_length=1)
    while_in_force: list[str] = Field(
        default_factory=list,
        description="Precaution ids: the note prints only while one of them is in force at the "
        "handout's week (a 'wait until your surgeon says yes' ends with the rule it waits on); "
        "empty: whenever only_for matches")


class ExerciseTranslation(Model):
    """An exercise's patient texts in another language, kept in the exercise's own file.

    Lists follow the English ones by position; what is left out prints in English, marked.
    """

    name: str | None = Field(default=None, min_length=2, max_length=80)
    steps: list[str] = Field(default_factory=list, max_length=12)
    safety_notes: list[str] = Field(default_factory=list)
    surgery_notes: list[str] = Field(default_factory=list)


class Exercise(Model):
    """An exercise with its plain-language steps, default dosage and the movements it makes."""

    id: str = Field(min_length=2, max_length=80)
    name: str = Field(min_length=2, max_length=80)
    region: Region
    category: Category
    position: Position
    equipment: list[Equipment] = Field(default_factory=list)
    steps: list[str] = Field(min_length=1, max_length=12)
    safety_notes: list[str] = Field(default_factory=list)
    surgery_notes: list[SurgeryNote] = Field(default_factory=list)
    dosage: Dosage
    movements: list[Movement] = Field(default_factory=list)
    reaches: dict[str, Reach] = Field(
        default_factory=dict,
        description="How far the exercise takes a joint, by joint motion (e.g. 'shoulder flexion': "
        "180, or {degrees: 180, stops_short: true, passive: true}); where it names none, the "
        "figure and the movements tell (plans/ranges.py)")
    progressions: list[str] = Field(default_factory=list, description="Harder exercise ids")
    regressions: list[str] = Field(default_factory=list, description="Easier exercise ids")
    figure: FigureSpec | None = None
    video_url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    photo: str | None = Field(default=None, description="Photo file, relative to the data file")
    custom: bool = Field(default=False, description="Written by the therapist, not shipped")
    translations: dict[str, ExerciseTranslation] = Field(
        default_factory=dict, description="Patient texts by language code, e.g. 'es'")

    _check_id = field_validator("id")(check_id)

    @field_validator("steps", "safety_notes")
    @classmethod
    def _no_blank_lines(cls, value: list[str]) -> list[str]:
        cleaned = [v.strip() for v in value]
        if any(not v for v in cleaned):
            raise ValueError("a step or note is empty")
        return cleaned

    @field_validator("dosage")
    @classmethod
    def _complete_dosage(cls, value: Dosage) -> Dosage:
        if not value.is_complete():
            raise ValueError("a default dosage needs repetitions, a hold time, minutes or a "
                             "distance, or says as needed or as tolerated")
        return value

    @field_validator("reaches", mode="before")
    @classmethod
    def _reach_keys(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        out: dict[str, object] = {}
        for key, reach in value.items():
            joint, motion = parse_joint_motion(str(key))
            reach = {"degrees": reach} if isinstance(reach, int | float) else reach
            if isinstance(reach, dict) and isinstance(reach.get("degrees"), int | float):
                check_joint_motion(joint, motion, reach["degrees"])
            out[joint_motion_key(joint, motion)] = reach
        return out

    @field_validator("progressions", "regressions")
    @classmethod
    def _ids(cls, value: list[str]) -> list[str]:
        return [check_id(v) for v in value]

    @model_validator(mode="after")
    def _translations_follow_the_english(self) -> Exercise:
        # A translated list is matched to the English one line by line: a longer one has lines
        # that translate nothing (they would never print).
        for code, own in self.translations.items():
            for name in ("steps", "safety_notes", "surgery_notes"):
                count, english = len(getattr(own, name)), len(getattr(self, name))
                if count > english:
                    raise ValueError(f"translations.{code}.{name} has {count} lines for "
                                     f"{english} in English; write one line for each English line")
        return self
