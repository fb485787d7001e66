"""Visits: what the therapist saw and the patient reported, with the outcome measures taken."""

from rehab_planner.visits.model import MeasureResult, Visit, VisitError, check_visit, record_measure

__all__ = ["MeasureResult", "Visit", "VisitError", "check_visit", "record_measure"]
