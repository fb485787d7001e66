"""What every section builder needs: the plan, its content, the style, and a paragraph maker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from rehab_planner.errors import UnknownExerciseError
from rehab_planner.figures.photo import checked_photo_path
from rehab_planner.guidance import Guidance
from rehab_planner.handout.card_cache import CardRecord
from rehab_planner.handout.flowables import Para
from rehab_planner.handout.fonts import GlyphCheck
from rehab_planner.handout.styles import HandoutStyle
from rehab_planner.handout.texts import HandoutText
from rehab_planner.handout.weektext import WeekText
from rehab_planner.i18n import MARK
from rehab_planner.i18n.dosage import DosageWords, dosage_words
from rehab_planner.labels import Labels
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Exercise, Phase, Plan, Precaution, Prescription
from rehab_planner.model.vocab import CATEGORY_ORDER
from rehab_planner.patient_text import PatientText, exercise_notes, text_for_patient
from rehab_planner.plans.schedule import date_after, start_date
from rehab_planner.plans.stage import StageChoice, Where
from rehab_planner.safety.refusal import HandoutRefused, print_problem
from rehab_planner.storage.pictures import PictureRefused


@dataclass(frozen=True)
class Item:
    """A prescription with its library exercise, the dosage in force and its number in its phase."""

    number: int
    prescription: Prescription
    exercise: Exercise
    dosage: Dosage
    phase: Phase | None = None


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
    week: WeekText | None = None  # the 'this week' texts (banner, summary, pain scale, ...)
    stage: StageChoice | None = None  # the stage of the print date, or the one chosen
    whole_program: bool = True  # every stage; False: only the chosen stage
    dosage_words: DosageWords | None = None  # the language's dosage words; None: English
    marked_english: int = 0  # texts printed in English in a handout of another language
    # the cards this render took from handout.card_cache (given back once its PDF is made)
    cards_taken: list[tuple[Hashable, CardRecord]] = field(default_factory=list)
    # the whole program's exercise notes as they stand when a stage begins, by its first week
    _stage_notes: dict[float, dict[str, list[str]]] = field(default_factory=dict)

    def dosage_text(self, dosage: Dosage) -> str:
        """The dosage in words, in the handout's language."""
        return dosage_words(dosage, self.dosage_words)

    def phases_shown(self) -> list[Phase]:
        """The stages the handout prints: every one, or the chosen one."""
        if self.whole_program or self.stage is None:
            return list(self.plan.phases)
        return [self.stage.phase]

    def reads_from(self) -> dt.date | None:
        """The day this week's handout is about: the print date, or the start of a stage the
        therapist chose; None for the whole program (it prints every rule with its dates)."""
        if self.whole_program or self.stage is None:
            return None
        if self.stage.where == Where.CHOSEN:
            return date_after(self.plan.surgery_date, self.stage.phase.weeks_from)
        return self.printed_on

    def start_day(self, item: Item) -> dt.date | None:
        """The day the patient starts an item that starts later than its stage, else None."""
        return None if item.phase is None else start_date(self.plan, item.phase, item.prescription)

    def is_current(self, phase: Phase) -> bool:
        """Whether a stage is the one the handout is about (the patient's stage now)."""
        return self.stage is not None and self.stage.phase.id == phase.id

    @cached_property
    def patient_text(self) -> PatientText:
        """Every surgery-dependent text, chosen for this patient by the core (never filtered here)."""
        day = self.reads_from()
        weeks = None if day is None else (day - self.plan.surgery_date).days / 7
        return text_for_patient(self.plan, self.library, self.guidance, self.catalogue, weeks)

    def card_notes(self, exercise_id: str, phase: Phase | None) -> list[str]:
        """The surgery notes an exercise's card prints. This week's handout: those in force on its
        day. The whole program: those in force when the card's stage begins, so a stage that
        starts after an order has ended does not print that order's notes (a total hip's 'keep
        your hip bend less than a right angle' under the stage after the hip rules)."""
        if self.reads_from() is not None or phase is None:
            return self.patient_text.exercise_notes.get(exercise_id, [])
        weeks = phase.weeks_from
        if weeks not in self._stage_notes:
            self._stage_notes[weeks] = exercise_notes(self.plan, self.library, self.guidance, weeks)
        return self._stage_notes[weeks].get(exercise_id, [])

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
        if text.startswith(MARK):
            self.marked_english += 1
        problem = print_problem(text)
        if problem is not None:
            raise HandoutRefused(f"The handout is not printed: {where or 'a sentence'}: {problem} "
                                 f"('{text[:80]}'). Correct it in the plan.")
        body = escape(text)
        if markup:
            self.glyphs.check(markup, where or style)
            body = f"<b>{escape(markup)}</b> {body}"
        return Para(body, self.style.paragraphs[style], bulletText=bullet)

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
        unknown = [(p.name, rx.exercise_id) for p in self.plan.phases for rx in p.prescriptions
                   if rx.exercise_id not in self.library]
        if unknown:
            places = "; ".join(self.library.unknown_in(name, i) for name, i in unknown)
            raise UnknownExerciseError(sorted({i for _, i in unknown}),
                                       detail=f"{places}. Fix the id or remove the exercise")
        out: dict[str, list[Item]] = {}
        for phase in self.plan.phases:
            out[phase.id] = []
            # numbered in printed order: grouped by kind, in CATEGORY_ORDER, plan order within
            pairs = [(rx, self.library.get(rx.exercise_id)) for rx in phase.prescriptions]
            pairs.sort(key=lambda pair: CATEGORY_ORDER.index(pair[1].category))
            for number, (rx, exercise) in enumerate(pairs, start=1):
                out[phase.id].append(Item(number, rx, exercise, exercise.dosage.merged(rx.dosage),
                                          phase))
        return out

    def photo_path(self, exercise: Exercise) -> Path | None:
        """The exercise's photo file, resolved beside its data file through the picture gate.

        A refused or missing photo is a warning; the drawing is used instead.
        """
        if not exercise.photo:
            return None
        try:
            path = checked_photo_path(exercise, self.library.sources.get(exercise.id))
        except PictureRefused as exc:
            self.warnings.append(f"{exc} A drawing is used.")
            return None
        if path is None:
            self.warnings.append(f"The photo of '{exercise.name}' is missing; a drawing is used.")
        return path
