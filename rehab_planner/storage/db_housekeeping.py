"""Tidying the patient database: archive and restore plans, rename and delete clinic templates.

Each function works inside the caller's transaction (PatientDatabase opens it) and records who
did what in the audit log. A plan is never deleted, only archived. A clinic template keeps its id
for life: renaming changes only its name, so a plan made from it still names it. Template names
that differ only in case, accents or spacing count as the same name; shipped templates are never
touched.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, insert, select, update

from rehab_planner import paths
from rehab_planner.datafile import read_yaml
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.model import Template
from rehab_planner.model.plan import now
from rehab_planner.storage.db_schema import audit_log, plans, templates
from rehab_planner.storage.db_types import AuditEntry, NotInDatabaseError, valid_plan_id
from rehab_planner.templates.from_plan import clinic_template_id
from rehab_planner.text import fold

SHIPPED_SUFFIXES = (".yaml", ".yml")


def name_key(name: str) -> str:
    """What two template names are compared by: 'Knee  FAST' and 'knee fast' are the same name."""
    return " ".join(fold(name).split())


def is_shipped(template_id: str) -> bool:
    """True for a protocol template that comes with Rehab Planner (resources/templates/<id>.yaml)."""
    folder = paths.templates_dir()
    return any((folder / f"{template_id}{suffix}").is_file() for suffix in SHIPPED_SUFFIXES)


def shipped_names() -> dict[str, str]:
    """The names of the templates that come with Rehab Planner, by name_key."""
    names: dict[str, str] = {}
    for path in sorted(paths.templates_dir().glob("*.y*ml")):
        try:
            data = read_yaml(path)
        except DataFileError:
            continue  # a broken shipped file is reported where templates load, not here
        name = data.get("name") if isinstance(data, dict) else None
        if isinstance(name, str):
            names[name_key(name)] = name
    return names


def record(conn: Connection, action: str, subject: str, by: str, detail: str = "") -> None:
    """Add one line to the audit log (never a patient's name: subject is an id)."""
    conn.execute(insert(audit_log).values(
        done_at=dt.datetime.now(dt.UTC), done_by=by, action=action, subject=subject, detail=detail,
    ))


def set_archived(conn: Connection, plan_id: str, by: str, archive: bool) -> None:
    """Archive (archive=True) or restore a plan (see PatientDatabase.archive_plan).

    Raises:
        NotInDatabaseError: no such plan.
        RehabError: it is already archived, or (restoring) it is not archived.
    """
    valid_plan_id(plan_id)
    row = conn.execute(
        select(plans.c.archived_at, plans.c.archived_by).where(plans.c.id == plan_id)
    ).first()
    if row is None:
        raise NotInDatabaseError(f"plan {plan_id} is not in the database")
    if archive and row.archived_at is not None:
        when = row.archived_at.astimezone().strftime("%Y-%m-%d %H:%M")
        who = f" by {row.archived_by}" if row.archived_by else ""
        raise RehabError(f"plan {plan_id} is already archived (on {when}{who})")
    if not archive and row.archived_at is None:
        raise RehabError(f"plan {plan_id} is not archived")
    conn.execute(update(plans).where(plans.c.id == plan_id).values(
        archived_at=dt.datetime.now(dt.UTC) if archive else None,
        archived_by=by if archive else None,
    ))
    record(conn, "archived" if archive else "restored", plan_id, by)


def audit_entries(conn: Connection, subject: str | None) -> list[AuditEntry]:
    """The audit log, oldest first; only one plan's or template's lines when subject is given."""
    query = select(audit_log).order_by(audit_log.c.done_at, audit_log.c.id)
    if subject is not None:
        query = query.where(audit_log.c.subject == subject)
    return [AuditEntry(r.done_at, r.done_by, r.action, r.subject, r.detail) for r in conn.execute(query)]


def check_name_free(conn: Connection, template_id: str, name: str) -> None:
    """Refuse a name that another clinic template (another id) or a shipped template already has.

    Raises:
        RehabError: the name is taken, naming the template that has it.
    """
    key = name_key(name)
    shipped = shipped_names().get(key)
    if shipped is not None:
        raise RehabError(
            f"Rehab Planner comes with a template called '{shipped}'. Choose another name, "
            f"for example '{shipped} (our clinic)'."
        )
    rows = conn.execute(select(templates.c.name).where(templates.c.id != template_id))
    taken = next((row.name for row in rows if name_key(row.name) == key), None)
    if taken is not None:
        raise RehabError(f"The clinic already has a template called '{taken}'. Choose another name.")


def free_id(conn: Connection, name: str) -> str:
    """An unused id made from a name: 'clinic-knee-fast', then 'clinic-knee-fast-2', ...

    Raises:
        RehabError: the name has no letters or digits to make an id from.
    """
    base = clinic_template_id(name)
    taken = set(conn.execute(select(templates.c.id).where(templates.c.id.startswith(base))).scalars())
    number, candidate = 1, base
    while candidate in taken or is_shipped(candidate):
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _stored(conn: Connection, template_id: str, verb: str) -> tuple[str, Template]:
    """The clinic template's stored name and content; refuses a shipped template."""
    if is_shipped(template_id):
        raise RehabError(
            f"'{template_id}' comes with Rehab Planner and cannot be {verb}. To make your own "
            "version, start a plan from it and save that plan as a template."
        )
    row = conn.execute(
        select(templates.c.name, templates.c.template_json).where(templates.c.id == template_id)
    ).first()
    if row is None:
        raise NotInDatabaseError(f"there is no clinic template '{template_id}' in the database")
    return str(row.name), Template.model_validate_json(row.template_json)


def rename(conn: Connection, template_id: str, new_name: str, by: str) -> Template:
    """Rename a clinic template in place (see PatientDatabase.rename_template)."""
    name = " ".join(new_name.split())
    if not 2 <= len(name) <= 80:
        raise RehabError("A template name must be 2 to 80 characters long")
    old_name, template = _stored(conn, template_id, "renamed")
    check_name_free(conn, template_id, name)
    template = template.model_copy(update={"name": name})
    conn.execute(update(templates).where(templates.c.id == template_id).values(
        name=name, template_json=template.model_dump_json(), saved_by=by, saved_at=now(),
    ))
    if old_name != name:
        record(conn, "template renamed", template_id, by, f"'{old_name}' -> '{name}'")
    return template


def remove(conn: Connection, template_id: str, by: str) -> Template:
    """Delete a clinic template (see PatientDatabase.delete_template)."""
    old_name, template = _stored(conn, template_id, "deleted")
    conn.execute(delete(templates).where(templates.c.id == template_id))
    record(conn, "template deleted", template_id, by, f"'{old_name}'")
    return template
