"""The patient database's clinic templates: the methods PatientDatabase gets from here."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Connection, select

from rehab_planner.model import Template
from rehab_planner.model.plan import now
from rehab_planner.storage import db_housekeeping
from rehab_planner.storage.db_schema import templates


class TemplateStore:
    """Clinic templates (saved from plans or imported); each call is one transaction (mixed into
    PatientDatabase, which supplies the connections and the upsert)."""

    def _read(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _upsert(self, conn: Connection, table: Any, key: str, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def save_template(self, template: Template, *, by: str = "") -> None:
        """Save (or replace) a clinic template, e.g. a plan a therapist saved as a template.

        Raises:
            RehabError: another clinic template (another id) already has this name.
        """
        values = {
            "name": template.name,
            "procedure": template.procedure,
            "template_json": template.model_dump_json(),
            "saved_by": by,
            "saved_at": now(),
        }
        with self._write() as conn:
            db_housekeeping.check_name_free(conn, template.id, template.name)
            self._upsert(conn, templates, template.id, values)

    def templates(self) -> list[Template]:
        """Every clinic template, by name."""
        with self._read() as conn:
            rows = conn.execute(select(templates.c.template_json).order_by(templates.c.name))
            return [Template.model_validate_json(r.template_json) for r in rows]

    def template_named(self, name: str) -> Template | None:
        """The clinic template with this name (case, accents and spacing aside), if there is one."""
        key = db_housekeeping.name_key(name)
        return next((t for t in self.templates() if db_housekeeping.name_key(t.name) == key), None)

    def template_id_for(self, name: str) -> str:
        """The id to save a template called `name` under.

        The id of the clinic template that already has the name (saving replaces it); else an id
        made from the name, with '-2', '-3', ... added when a renamed template holds it already.

        Raises:
            RehabError: the name has no letters or digits to make an id from.
        """
        existing = self.template_named(name)
        if existing is not None:
            return existing.id
        with self._read() as conn:
            return db_housekeeping.free_id(conn, name)

    def rename_template(self, template_id: str, new_name: str, *, by: str) -> Template:
        """Give a clinic template a new name; its id stays, so plans made from it still name it.

        Args:
            template_id: the clinic template.
            new_name: 2 to 80 characters, not the name of another clinic template.
            by: who renames it (recorded in the audit log with the old and new names).

        Returns:
            The renamed template.

        Raises:
            RehabError: a shipped template, a name too short or long, or a name already used.
            NotInDatabaseError: no such clinic template.
        """
        with self._write() as conn:
            return db_housekeeping.rename(conn, template_id, new_name, by)

    def delete_template(self, template_id: str, *, by: str) -> Template:
        """Delete a clinic template. Plans made from it keep working: they hold their own copy.

        Args:
            template_id: the clinic template.
            by: who deletes it (recorded in the audit log, with its name).

        Returns:
            The deleted template (e.g. to name it in a message).

        Raises:
            RehabError: a shipped template.
            NotInDatabaseError: no such clinic template.
        """
        with self._write() as conn:
            return db_housekeeping.remove(conn, template_id, by)
