"""The texts of the handout's 'this week' parts, loaded from resources/guidance/handout-week.yaml."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from rehab_planner import paths
from rehab_planner.datafile import read_sections
from rehab_planner.model.base import Model

WEEK_TEXT_FILE = "handout-week.yaml"


class StageText(Model):
    """The banner and the notes that say which stage a handout is about."""

    banner: str
    banner_open: str
    banner_before_surgery: str
    before_surgery: str
    after_last: str
    between: str
    chosen: str
    moved: str
    held: str
    you_are_here: str
    next_goals: str


class SummaryText(Model):
    """The 'This week' box on page 1."""

    heading: str
    lines: list[str] = Field(min_length=1)
    # After the lines while page 1 prints a rule in force ("Follow your precautions on page 1").
    rules: str
    # The line with {minutes}, when some exercises have no set time, and when none has.
    minutes_partly: str
    no_minutes: str
    # The same line for a stage of one exercise ("Do your 1 exercises" read wrong), with a set
    # time and without one.
    one_exercise: str
    one_exercise_no_minutes: str
    # After the line with {minutes}, for each exercise that starts after the print date (later
    # than its stage): {number} and {date}.
    starts_later: str
    # In place of the line with {dates} once every stage has ended: {number}, {count}, {date}.
    ended: str


class Anchor(Model):
    """Numbers of the pain scale (low to high) with the words printed under them."""

    low: int = Field(ge=0, le=10)
    high: int = Field(ge=0, le=10)
    words: str = Field(min_length=1, max_length=40)


class PainScaleText(Model):
    """The 0 to 10 pain scale: anchors and what to do with the number."""

    heading: str
    intro: str
    anchors: list[Anchor] = Field(min_length=2)
    what_to_do_heading: str
    what_to_do: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _covers_0_to_10(self) -> PainScaleText:
        numbers = [n for a in self.anchors for n in range(a.low, a.high + 1)]
        if numbers != list(range(11)):
            raise ValueError("the anchors must cover 0 to 10 in order, each number once")
        return self


class QuestionsText(Model):
    """The 'Questions for my next visit' lines."""

    heading: str
    intro: str
    lines: int = Field(ge=1, le=20)


class WeekText(Model):
    """Every text of the handout's 'this week' parts (patient text lives in data, not code)."""

    schema_version: int = Field(default=1, ge=1, le=1)
    stage: StageText
    summary: SummaryText
    pain_scale: PainScaleText
    questions: QuestionsText
    notes: str  # above note lines in a gap at the foot of a page of exercises
    copy_two_pages: str  # the blank week's note when the week takes two pages (large print)
    not_when_prescribed: list[str] = Field(default_factory=list)

    def patient_texts(self) -> dict[str, str]:
        """Every sentence a patient reads, by a dotted name (for the reading-level test)."""
        out = {f"stage.{name}": str(value) for name, value in self.stage.model_dump().items()}
        out["summary.lines"] = "\n".join(self.summary.lines)
        out["summary.minutes_partly"] = self.summary.minutes_partly
        out["summary.no_minutes"] = self.summary.no_minutes
        out["summary.one_exercise"] = self.summary.one_exercise
        out["summary.one_exercise_no_minutes"] = self.summary.one_exercise_no_minutes
        out["summary.starts_later"] = self.summary.starts_later
        out["summary.ended"] = self.summary.ended
        out["pain_scale.intro"] = self.pain_scale.intro
        out["pain_scale.what_to_do"] = "\n".join(self.pain_scale.what_to_do)
        out["questions.intro"] = self.questions.intro
        out["copy_two_pages"] = self.copy_two_pages
        return out


def load_week_text(folder: Path | None = None) -> WeekText:
    """Load the texts of the 'this week' parts.

    Args:
        folder: the guidance folder; the shipped resources/guidance/ when None.

    Raises:
        DataFileError: the file is missing, broken, or a field is wrong (named).
    """
    path = (folder or paths.guidance_dir()) / WEEK_TEXT_FILE
    return read_sections(WeekText, path)
