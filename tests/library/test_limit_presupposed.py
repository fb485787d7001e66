"""A card never speaks of "the limit your surgeon set" as if every patient had one: most plans
set no range limit for an exercise's motion, and then the sentence pointed at a limit nobody
gave (stop 46). A sentence about a surgeon's limit, or the limit on page 1 (stop 47), says "if",
"any limit" or "may"."""

from __future__ import annotations

import re

from rehab_planner.i18n.content import library_in_language
from rehab_planner.library import load_library

_LIMIT = re.compile(r"\blimits?\b.*\b(surgeon|page 1)\b|\b(surgeon|page 1)\b.*\blimits?\b",
                    re.IGNORECASE)
_LIMITE = re.compile(r"l[ií]mite.*(cirujano|página 1)|(cirujano|página 1).*l[ií]mite",
                     re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def test_no_card_presupposes_a_surgeons_range_limit() -> None:
    library = load_library(include_custom=False)
    checked = 0
    for exercise in library:
        texts = [*exercise.steps, *exercise.safety_notes]
        for sentence in (s for t in texts for s in _sentences(t)):
            if _LIMIT.search(sentence):
                checked += 1
                assert (sentence.startswith("If ") or "any limit" in sentence
                        or "surgeon may" in sentence), (
                    exercise.id, sentence)
    assert checked >= 8  # the shoulder and knee range exercises


def test_the_spanish_cards_say_if_too() -> None:
    library = library_in_language(load_library(include_custom=False), "es")
    checked = 0
    for exercise in library:
        for sentence in (s for t in [*exercise.steps, *exercise.safety_notes]
                         for s in _sentences(t)):
            if _LIMITE.search(sentence):
                checked += 1
                assert (sentence.startswith("Si ") or "ningún límite" in sentence
                        or "puede" in sentence), (
                    exercise.id, sentence)
    assert checked >= 8
