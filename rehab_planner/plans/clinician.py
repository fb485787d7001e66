"""Clinician items by phase, and the names of their kinds (for the clinician only)."""

from __future__ import annotations

from rehab_planner.model import Phase, Plan
from rehab_planner.model.course import ClinicianItem, ClinicianKind

#: The kinds' names, as a clinician reads them (the app translates them through Qt).
KIND_NAMES: dict[ClinicianKind, str] = {
    "joint-mobilisation": "Joint mobilisation",
    "scar-mobilisation": "Scar mobilisation",
    "cryotherapy-compression": "Cryotherapy and compression",
    "gait-training": "Gait training",
    "neuromuscular-re-education": "Neuromuscular re-education",
    "work-hardening": "Work hardening",
    "other": "Other",
}


def items_for(plan: Plan, phase: Phase | None) -> list[ClinicianItem]:
    """The items of one phase (None: the items for every phase)."""
    wanted = None if phase is None else phase.id
    return [i for i in plan.clinician_items if i.phase_id == wanted]


def item_line(item: ClinicianItem) -> str:
    """'Scar mobilisation: 5 minutes each visit'."""
    text = " ".join(item.text.split())
    return f"{KIND_NAMES[item.kind]}: {text}" if text else KIND_NAMES[item.kind]
