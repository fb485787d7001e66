"""The handout's own headings and labels, loaded from resources/guidance/handout-text.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import Field

from rehab_planner import paths
from rehab_planner.datafile import read_sections
from rehab_planner.guidance import GuidanceLine
from rehab_planner.model.base import Model
from rehab_planner.safety.catalogue import PLACEHOLDER, fill

HANDOUT_TEXT_FILE = "handout-text.yaml"


class DocumentText(Model):
    """PDF metadata and the running footer."""

    title: str
    subject: str
    footer: str
    page: str


class CoverText(Model):
    """Page 1 labels and the short how-to list."""

    heading: str
    patient: str
    procedure: str
    surgery_date: str
    therapist: str
    surgeon: str
    printed: str
    main_message_heading: str
    how_to_heading: str
    how_to: list[str] = Field(default_factory=list)


class PrecautionsText(Model):
    """The precautions box: heading, intro, fallback and lines built from the plan's settings."""

    heading: str
    intro: str
    none: str
    ended: str = Field(min_length=1)
    extra: list[GuidanceLine] = Field(default_factory=list)


class HeadingText(Model):
    """A section with only a heading."""

    heading: str


class ContactsText(Model):
    """The phone numbers: page 1's details and every footer."""

    footer: str  # {phone}
    footer_write_in: str  # printed when the plan has no phone: a line to write one in
    after_hours: str  # page 1: the label before the after-hours phone
    write_in: str  # page 1: the label of the line to write the surgeon's phone on
    blank: str  # page 1: that line


class PhaseText(Model):
    """Labels of a phase section."""

    dates: str
    goals: str
    criteria: str
    minutes: str
    minutes_partly: str  # when some exercises have no set time (as needed, as far as feels OK)
    no_exercises: str


class ExerciseText(Model):
    """Labels of an exercise card."""

    dosage: str
    side: str
    note: str
    safety: str
    video: str
    same_steps: str  # on the short card of an exercise shown in an earlier phase: {phase}
    number: str = "Exercise {number}:"  # before the name on a card: {number} restarts per phase
    starts: str  # on the card of an exercise that starts after its stage does: {date}


class LogText(Model):
    """Labels of the exercise log."""

    heading: str
    intro: str
    exercise: str
    pain: str
    week_days: list[str] = Field(min_length=7, max_length=7)
    times_a_day: str
    more_weeks: str = ""  # under each phase's heading: the log has dates for the first week only
    week_one: str = "{phase}: week 1"  # above the dated grid: {phase}
    copy_heading: str = "{phase}: blank week to copy"  # above the undated grid: {phase}
    copy_note: str = ""  # how to use the blank week
    continued: str = "{phase} (continued)"  # above the rest of a grid split over two pages
    not_yet: str  # in the log's days before an exercise starts (it starts after its stage)


class HandoutText(Model):
    """Every heading and label the handout prints (patient text lives in data, not code)."""

    schema_version: int = Field(default=1, ge=1, le=1)
    document: DocumentText
    cover: CoverText
    precautions: PrecautionsText
    warning_signs: HeadingText
    contacts: ContactsText
    changes: HeadingText
    phase: PhaseText
    exercise: ExerciseText
    guidance: HeadingText
    log: LogText

    def patient_texts(self) -> dict[str, str]:
        """Every sentence a patient reads, by a dotted name (for the reading-level test)."""
        out: dict[str, str] = {"cover.how_to": "\n".join(self.cover.how_to)}
        out["precautions.intro"] = self.precautions.intro
        out["precautions.none"] = self.precautions.none
        for i, line in enumerate(self.precautions.extra):
            out[f"precautions.extra[{i}]"] = line.text
        out["phase.minutes"] = self.phase.minutes
        out["phase.minutes_partly"] = self.phase.minutes_partly
        out["phase.no_exercises"] = self.phase.no_exercises
        out["exercise.video"] = self.exercise.video
        out["exercise.same_steps"] = self.exercise.same_steps
        out["log.intro"] = self.log.intro
        out["log.more_weeks"] = self.log.more_weeks
        out["log.copy_note"] = self.log.copy_note
        return out


def load_handout_text(folder: Path | None = None) -> HandoutText:
    """Load the handout's headings and labels.

    Args:
        folder: the guidance folder; the shipped resources/guidance/ when None.

    Raises:
        DataFileError: the file is missing, broken, or a field is wrong (named).
    """
    path = (folder or paths.guidance_dir()) / HANDOUT_TEXT_FILE
    return read_sections(HandoutText, path)


def shown_lines(lines: list[GuidanceLine], values: Mapping[str, str]) -> list[str]:
    """The lines whose conditions the plan meets, filled in (a line missing a value is left out)."""
    out = []
    for line in lines:
        if line.when is not None and line.when not in values:
            continue
        if line.unless is not None and line.unless in values:
            continue
        if all(name in values for name in PLACEHOLDER.findall(line.text)):
            out.append(fill(line.text, values))
    return out


def filled(text: str, **values: object) -> str:
    """A label with its {placeholders} filled in."""
    return fill(text, {k: str(v) for k, v in values.items()})
