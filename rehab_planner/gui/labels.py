"""Therapist-facing names of the closed vocabularies (regions, kinds, positions, ...), translatable."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication


def label(value: StrEnum | str) -> str:
    """'range_of_motion' -> 'Range of motion' (through Qt's translator)."""
    text = str(value).replace("_", " ")
    special = {"posture body mechanics": "Posture and body mechanics"}
    text = special.get(text, text[:1].upper() + text[1:])
    return QCoreApplication.translate("labels", text)


def kind_line(category: StrEnum, region: StrEnum, position: StrEnum) -> str:
    """'Aerobic · Walking': kind, region and position, each word shown once ("Aerobic" not twice)."""
    shown: list[str] = []
    for value in (category, region, position):
        text = label(value)
        if text not in shown:
            shown.append(text)
    return " · ".join(shown)
