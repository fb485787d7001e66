"""The status bar names the patient database by its file name, not a raw URL."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from rehab_planner.storage.db_engine import short_name


def test_sqlite_is_named_by_its_file() -> None:
    assert short_name(make_url("sqlite:////home/pt/.local/share/rehab-planner/patients.db")) == "patients.db"


def test_a_server_is_named_by_database_and_host_without_the_password() -> None:
    name = short_name(make_url("postgresql+psycopg://pt:secret@clinic-server/rehab"))
    assert name == "rehab on clinic-server"
    assert "secret" not in name
