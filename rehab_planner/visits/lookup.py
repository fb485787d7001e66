"""Finding the plan a command means: a plan id, or words that match exactly one patient's plan."""

from __future__ import annotations

import contextlib

from rehab_planner.errors import RehabError
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.db_types import NotInDatabaseError


def find_plan_id(db: PatientDatabase, text: str) -> str:
    """The id of the plan named by its id, or of the one plan whose patient name or record number
    matches every word of text. Archived plans are found too (to list their visits).

    Raises:
        RehabError: nothing matches, or several plans do (they are listed by id).
    """
    with contextlib.suppress(NotInDatabaseError):  # not even an id's form: a name or record number
        if db.latest_revision(text) is not None:
            return text
    matches = db.search(text, limit=20, include_archived=True)
    if not matches or not text.strip():
        raise RehabError(f"no plan or patient matches '{text}'; see `rehab-planner db list`")
    if len(matches) > 1:
        listed = "; ".join(f"{s.plan_id} ({s.procedure}, surgery {s.surgery_date.isoformat()})"
                           for s in matches[:5])
        raise RehabError(f"'{text}' matches {len(matches)} plans; give a plan id: {listed}")
    return matches[0].plan_id
