"""Protocol templates: load them, and turn one into a patient's plan."""

from rehab_planner.templates.loader import check_exercise_ids, instantiate, load_templates

__all__ = ["check_exercise_ids", "instantiate", "load_templates"]
