"""The domain model: pydantic only, no I/O, no Qt, no reportlab.

Each name is imported from its module when first asked for: building pydantic models takes time,
and a program that needs only the exercises (the library panel at start-up, `library list`) does
not pay for the plan, template and precaution models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rehab_planner.model.dosage import Dosage, DoseTarget
    from rehab_planner.model.exercise import Exercise, SurgeryNote
    from rehab_planner.model.figure import FigureSpec
    from rehab_planner.model.people import Clinic, Patient, Surgeon
    from rehab_planner.model.plan import (
        SCHEMA_VERSION,
        Acknowledgement,
        Phase,
        PhaseWords,
        Plan,
        PlanSettings,
        Prescription,
    )
    from rehab_planner.model.precaution import Precaution, PrecautionParameter, PrecautionSetting
    from rehab_planner.model.template import Template
    from rehab_planner.model.vocab import (
        AsTolerated,
        Category,
        DistanceUnit,
        Equipment,
        Movement,
        Position,
        Region,
        Side,
    )

_MODULES = {
    "Dosage": "rehab_planner.model.dosage",
    "DoseTarget": "rehab_planner.model.dosage",
    "Exercise": "rehab_planner.model.exercise",
    "SurgeryNote": "rehab_planner.model.exercise",
    "FigureSpec": "rehab_planner.model.figure",
    "Clinic": "rehab_planner.model.people",
    "Patient": "rehab_planner.model.people",
    "Surgeon": "rehab_planner.model.people",
    "SCHEMA_VERSION": "rehab_planner.model.plan",
    "Acknowledgement": "rehab_planner.model.plan",
    "Phase": "rehab_planner.model.plan",
    "PhaseWords": "rehab_planner.model.plan",
    "Plan": "rehab_planner.model.plan",
    "PlanSettings": "rehab_planner.model.plan",
    "Prescription": "rehab_planner.model.plan",
    "Precaution": "rehab_planner.model.precaution",
    "PrecautionParameter": "rehab_planner.model.precaution",
    "PrecautionSetting": "rehab_planner.model.precaution",
    "Template": "rehab_planner.model.template",
    "AsTolerated": "rehab_planner.model.vocab",
    "Category": "rehab_planner.model.vocab",
    "DistanceUnit": "rehab_planner.model.vocab",
    "Equipment": "rehab_planner.model.vocab",
    "Movement": "rehab_planner.model.vocab",
    "Position": "rehab_planner.model.vocab",
    "Region": "rehab_planner.model.vocab",
    "Side": "rehab_planner.model.vocab",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # asked once: later look-ups find it directly
    return value


__all__ = [
    "SCHEMA_VERSION",
    "Acknowledgement",
    "AsTolerated",
    "Category",
    "Clinic",
    "DistanceUnit",
    "Dosage",
    "DoseTarget",
    "Equipment",
    "Exercise",
    "FigureSpec",
    "Movement",
    "Patient",
    "Phase",
    "PhaseWords",
    "Plan",
    "PlanSettings",
    "Position",
    "Precaution",
    "PrecautionParameter",
    "PrecautionSetting",
    "Prescription",
    "Region",
    "Side",
    "Surgeon",
    "SurgeryNote",
    "Template",
]
