"""What every section builder needs: the plan, its content, the style, and a paragraph maker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from rehab_planner.errors import UnknownExerciseError
from rehab_planner.guidance import Guidance, plan_tags
from rehab_planner.handout.fonts import GlyphCheck
from rehab_planner.handout.styles import HandoutStyle
from rehab_planner.handout.texts import HandoutText
from rehab_planner.labels import Labels
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Exercise, Phase, Plan, Precaution, Prescription
from rehab_planner.model.vocab import CATEGORY_ORDER


@dataclass(frozen=True)
class Item:
    """A prescription with its library exercise, the dosage in force and its number in its phase."""

    number: int
    prescription: Prescription
    exercise: Exercise
    dosage: Dosage


@dataclass
class BuildContext:
    """The inputs of one render and the warnings it collects."""

    plan: Plan
    library: Library
    style: HandoutStyle
    text: HandoutText
    labels: Labels
    guidance: Guidance
    catalogue: Mapping[str, Precaution]
    width: float  # the frame width, points
    page_height: float  # the frame height, points
    printed_on: dt.date
    glyphs: GlyphCheck = field(default_factory=GlyphCheck)
    warnings: list[str] = field(default_factory=list)
    # exercise id -> (phase id, phase name) of the phase where its full card was printed
    shown_in: dict[str, tuple[str, str]] = field(default_factory=dict)
    figure_key_printed: bool = False  # the picture key goes once, before the first drawing
    _items: dict[str, list[Item]] | None = None

    @cached_property
    def plan_tags(self) -> set[str]:
        """The template, precautions and groups the plan belongs to (for surgery-only notes)."""
        return plan_tags(self.plan, self.guidance)

    def para(self, text: str, style: str = "body", *, where: str = "", bullet: str | None = None,
             markup: str = "") -> Paragraph:
        """A paragraph of plain text (escaped, checked for missing characters).

        Args:
            text: the text, not markup.
            style: a name from HandoutStyle.paragraphs.
            where: where the text comes from, for a missing-character warning.
            bullet: a bullet or number shown before the text.
            markup: a bold label put before the text, e.g. 'How much:'.
        """
        self.glyphs.check(text, where or style)
        body = escape(text)
        if markup:
            self.glyphs.check(markup, where or style)
            body = f"<b>{escape(markup)}</b> {body}"
        return Paragraph(body, self.style.paragraphs[style], bulletText=bullet)

    def bullets(self, lines: list[str], where: str) -> list[Flowable]:
        """A bulleted list of plain sentences."""
        return [self.para(line, "bullet", where=where, bullet="•") for line in lines]

    def items(self, phase: Phase) -> list[Item]:
        """The phase's exercises, numbered from 1 in each phase (as on the cards and in the log).

        Raises:
            UnknownExerciseError: the plan names exercises the library does not have.
        """
        if self._items is None:
            self._items = self._number_items()
        return self._items[phase.id]

    def _number_items(self) -> dict[str, list[Item]]:
        unknown = [rx.exercise_id for p in self.plan.phases for rx in p.prescriptions
                   if rx.exercise_id not in self.library]
        if unknown:
            raise UnknownExerciseError(sorted(set(unknown)), where="the plan")
        out: dict[str, list[Item]] = {}
        for phase in self.plan.phases:
            out[phase.id] = []
            # numbered in printed order: grouped by kind, in CATEGORY_ORDER, plan order within
            pairs = [(rx, self.library.get(rx.exercise_id)) for rx in phase.prescriptions]
            pairs.sort(key=lambda pair: CATEGORY_ORDER.index(pair[1].category))
            for number, (rx, exercise) in enumerate(pairs, start=1):
                out[phase.id].append(Item(number, rx, exercise, exercise.dosage.merged(rx.dosage)))
        return out

    def photo_path(self, exercise: Exercise) -> Path | None:
        """The exercise's photo file, resolved beside its data file."""
        if not exercise.photo:
            return None
        source = self.library.sources.get(exercise.id)
        base = source.parent if source is not None else Path.cwd()
        return (base / exercise.photo).resolve()
