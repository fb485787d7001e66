"""Opening an up-to-date database needs no Alembic: SCHEMA_HEAD names the newest migration."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rehab_planner.storage import db_engine
from rehab_planner.storage.database import PatientDatabase


def test_schema_head_is_the_newest_migration() -> None:
    assert db_engine.schema_head() == db_engine.SCHEMA_HEAD


def test_an_up_to_date_database_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'patients.sqlite3'}"
    PatientDatabase.open(url).close()  # made and migrated
    code = ("import sys\n"
            "from rehab_planner.storage.database import PatientDatabase\n"
            f"db = PatientDatabase.open({url!r})\n"
            "print(len(db.list_plans()) if hasattr(db, 'list_plans') else 0)\n"
            "db.close()\n"
            "print('alembic' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
