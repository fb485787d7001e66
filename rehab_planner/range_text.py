"""A phase's range limits in plain words for the exercise cards and page 1 ("Do not lift your arm
higher than your shoulder (90°)."), from resources/guidance/range-limits.yaml and its
translations."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator, model_validator

from rehab_planner import paths
from rehab_planner.datafile import placeholder_problems, read_sections
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.current import current_language
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE, check_language
from rehab_planner.model import Exercise, Phase, Plan, Prescription
from rehab_planner.model.base import Model
from rehab_planner.model.range_limit import MOTIONS, Joint, RangeLimit, joint_motion_key
from rehab_planner.plans.ranges import limits_on, phase_limits
from rehab_planner.safety.catalogue import PLACEHOLDER

RANGE_FILE = "range-limits.yaml"
_ALLOWED = {"limb", "degrees"}


class LimbWords(Model):
    """The words for the body part a joint moves: any side, the left one, the right one."""

    any: str = Field(min_length=1, max_length=40)
    left: str = Field(min_length=1, max_length=40)
    right: str = Field(min_length=1, max_length=40)


class MotionWords(Model):
    """How one joint motion's limit reads: not at all, at an angle with plain words, any angle."""

    none: str = Field(min_length=1, max_length=200)
    at: dict[int, str] = Field(default_factory=dict, description="Degrees with plain words")
    up_to: str = Field(min_length=1, max_length=200, pattern=r"\{degrees\}")


class RangeWords(Model):
    """One language's words for range limits (every joint motion, every joint's limb)."""

    schema_version: int = Field(default=1, ge=1, le=1)
    limbs: dict[Joint, LimbWords]
    motions: dict[str, MotionWords]

    @field_validator("motions")
    @classmethod
    def _known_motions(cls, value: dict[str, MotionWords]) -> dict[str, MotionWords]:
        known = {joint_motion_key(j, m) for j, motions in MOTIONS.items() for m in motions}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"'{unknown[0]}' is not a joint motion")
        missing = sorted(known - set(value))
        if missing:
            raise ValueError(f"no words for {', '.join(missing)}")
        return value

    @model_validator(mode="after")
    def _every_limb(self) -> RangeWords:
        missing = [j.value for j in Joint if j not in self.limbs]
        if missing:
            raise ValueError(f"no limb words for {', '.join(missing)}")
        return self

    def patient_texts(self) -> dict[str, str]:
        """Every sentence, by its path (for the reading-level and placeholder checks)."""
        out: dict[str, str] = {}
        for key, words in self.motions.items():
            out[f"motions.{key}.none"] = words.none
            out[f"motions.{key}.up_to"] = words.up_to
            out.update({f"motions.{key}.at.{d}": text for d, text in words.at.items()})
        return out


def load_range_words(path: Path) -> RangeWords:
    """Load one language's range-limit words.

    Raises:
        DataFileError: the file is missing or broken, a field is wrong, or a sentence uses a
            placeholder other than {limb} and {degrees} (each named).
    """
    words = read_sections(RangeWords, path)
    texts = words.patient_texts()
    problems = placeholder_problems(texts, dict.fromkeys(texts, _ALLOWED), PLACEHOLDER,
                                    section="motions")
    if problems:
        raise DataFileError(path, problems)
    return words


@lru_cache(maxsize=4)
def range_words_in(language: str) -> RangeWords:
    """The range-limit words of a language (resources/guidance for English, resources/i18n for
    the others), read once.

    Raises:
        DataFileError: the file is broken or missing.
    """
    code = check_language(language)
    folder = paths.guidance_dir() if code == DEFAULT_LANGUAGE else paths.i18n_dir(code)
    return load_range_words(folder / RANGE_FILE)


def limit_sentence(limit: RangeLimit, words: RangeWords | None = None) -> str:
    """The limit in plain words, e.g. 'Do not lift your arm higher than your shoulder (90°).'"""
    words = words or range_words_in(current_language())
    motion = words.motions[limit.key]
    limbs = words.limbs[limit.joint]
    limb = limbs.left if limit.side == "left" else limbs.right if limit.side == "right" else limbs.any
    text = motion.none if limit.degrees == 0 else motion.at.get(limit.degrees, motion.up_to)
    return text.replace("{limb}", limb).replace("{degrees}", str(limit.degrees))


def card_lines(plan: Plan, phase: Phase, rx: Prescription, exercise: Exercise,
               words: RangeWords | None = None) -> list[str]:
    """The lines an exercise's card prints for its phase's range limits: one for each joint
    motion the exercise moves past a limit's degrees (or cannot be done within)."""
    limits = phase_limits(plan, phase)
    if not limits:
        return []
    return [limit_sentence(held.limit, words) for held in limits_on(limits, exercise, rx)
            if held.shown]
