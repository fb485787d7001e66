"""Reading level of patient-facing text (Flesch-Kincaid grade, via textstat)."""

from __future__ import annotations

import re

import textstat

PATIENT_GRADE_LIMIT = 6.0
THERAPIST_NOTE_GRADE_LIMIT = 8.0

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def prepare(text: str) -> str:
    """Text ready to score: placeholders become a short number, each line ends as a sentence.

    Headings and list numbers inflate grades (clinical-facts.md, section 4), so each line is scored
    as a sentence of its own.
    """
    text = _PLACEHOLDER.sub("10", text)
    lines = [line.strip(" -*\t") for line in text.splitlines()]
    sentences = [line if line[-1:] in ".!?:" else line + "." for line in lines if line]
    return " ".join(sentences)


def grade(text: str) -> float:
    """Flesch-Kincaid grade of a text; 0 for an empty one."""
    prepared = prepare(text)
    if not prepared.strip():
        return 0.0
    return float(textstat.flesch_kincaid_grade(prepared))
