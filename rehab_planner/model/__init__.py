"""The domain model: pydantic only, no I/O, no Qt, no reportlab."""

from rehab_planner.model.dosage import Dosage, DoseTarget
from rehab_planner.model.exercise import Exercise, SurgeryNote
from rehab_planner.model.figure import FigureSpec
from rehab_planner.model.people import Clinic, Patient, Surgeon
from rehab_planner.model.plan import (
    SCHEMA_VERSION,
    Acknowledgement,
    Phase,
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
