"""`rehab-planner db archive|restore|list --archived|rename-template|delete-template`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model import Template
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.planfile import save_plan
from tests.storage.test_database import BACKENDS, backend_url, make_plan


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, once per backend."""
    return backend_url(request.param, tmp_path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rehab-planner: error: "), err
    return lines[0]


def test_archive_list_restore(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ann, bo = make_plan("Ann Lee", "MRN-1"), make_plan("Bo Chan", "MRN-2")
    with PatientDatabase.open(url) as db:
        db.save_plan(ann, by="PT Kim", expected_revision=None)
        db.save_plan(bo, by="PT Kim", expected_revision=None)

    code, _, err = run(capsys, "--db", url, "db", "archive", ann.id, "--by", "PT Sam")
    assert code == 0 and f"Archived plan {ann.id}" in err and "db restore" in err

    code, out, _ = run(capsys, "--db", url, "db", "list")
    assert code == 0 and "Bo Chan" in out and "Ann Lee" not in out
    code, out, err = run(capsys, "--db", url, "db", "list", "--search", "ann")
    assert code == 0 and out == "" and "add --archived" in err
    code, out, _ = run(capsys, "--db", url, "db", "list", "--archived")
    assert code == 0 and len(out.splitlines()) == 1
    assert "Ann Lee [MRN-1]" in out and out.rstrip().endswith("(archived)")
    code, out, _ = run(capsys, "--db", url, "db", "list", "--all")
    lines = {("Ann" if "Ann Lee" in line else "Bo"): line for line in out.splitlines()}
    assert code == 0 and len(lines) == 2
    assert lines["Ann"].endswith("(archived)") and not lines["Bo"].endswith("(archived)")
    code, out, _ = run(capsys, "--db", url, "db", "list", "--all", "--json")
    rows = {r["patient"]: r for r in json.loads(out)}
    assert rows["Ann Lee"]["archived_by"] == "PT Sam" and rows["Ann Lee"]["archived_at"]
    assert rows["Bo Chan"]["archived_at"] is None

    # Saving (importing) an archived plan is refused: one line, exit 2, nothing written.
    plan_file = tmp_path / "ann.json"
    save_plan(ann.model_copy(update={"main_message": "Walk."}), plan_file)
    code, _, err = run(capsys, "--db", url, "db", "import", str(plan_file))
    assert code == 2
    assert one_line_error(err) == "rehab-planner: error: This plan is archived. Restore it first."
    with PatientDatabase.open(url) as db:
        assert db.latest_revision(ann.id) == 1

    code, _, err = run(capsys, "--db", url, "db", "restore", ann.id, "--by", "PT Lee")
    assert code == 0 and f"Restored plan {ann.id}" in err
    code, out, _ = run(capsys, "--db", url, "db", "list", "--search", "ann")
    assert "Ann Lee" in out and "(archived)" not in out
    assert run(capsys, "--db", url, "db", "import", str(plan_file))[0] == 0
    code, out, _ = run(capsys, "--db", url, "db", "history", ann.id)
    assert "Revision 2" in out
    assert [line.split()[0] for line in out.splitlines() if "PT Sam" in line or "PT Lee" in line] \
        == ["Archived", "Restored"]


def test_archive_user_errors(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    code, _, err = run(capsys, "--db", url, "db", "archive", "no-such-plan")
    assert code == 2 and "not in the database" in one_line_error(err)
    code, _, err = run(capsys, "--db", url, "db", "restore", plan.id)
    assert code == 2 and "is not archived" in one_line_error(err)
    assert run(capsys, "--db", url, "db", "archive", plan.id)[0] == 0
    code, _, err = run(capsys, "--db", url, "db", "archive", plan.id)
    assert code == 2 and "already archived" in one_line_error(err)
    with pytest.raises(SystemExit) as exited:  # argparse: one clear line, exit 2
        main(["--db", url, "db", "list", "--archived", "--all"])
    assert exited.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_rename_and_delete_a_clinic_template(url: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    assert run(capsys, "--db", url, "db", "save-template", plan.id, "--name", "Knee fast")[0] == 0
    assert run(capsys, "--db", url, "db", "save-template", plan.id, "--name", "Hip plan")[0] == 0

    code, out, err = run(capsys, "--db", url, "db", "rename-template", "clinic-knee-fast",
                         "Knee, slow", "--by", "PT Sam")
    assert code == 0 and out.strip() == "clinic-knee-fast"
    assert "Renamed clinic template 'Knee fast' to 'Knee, slow' (clinic-knee-fast)" in err
    code, out, _ = run(capsys, "--db", url, "templates", "--json")
    names = {r["id"]: r["name"] for r in json.loads(out)}
    assert names["clinic-knee-fast"] == "Knee, slow" and names["clinic-hip-plan"] == "Hip plan"

    # Saving a template under the new name replaces the renamed one; the old name is a new template.
    code, out, err = run(capsys, "--db", url, "db", "save-template", plan.id, "--name", "knee, SLOW")
    assert code == 0 and out.strip() == "clinic-knee-fast" and "Replaced" in err
    code, out, _ = run(capsys, "--db", url, "db", "save-template", plan.id, "--name", "Knee fast")
    assert code == 0 and out.strip() == "clinic-knee-fast-2"

    code, _, err = run(capsys, "--db", url, "db", "delete-template", "clinic-hip-plan")
    assert code == 0 and "Deleted clinic template 'Hip plan'" in err and "keep" in err
    with PatientDatabase.open(url) as db:
        assert sorted(t.id for t in db.templates()) == ["clinic-knee-fast", "clinic-knee-fast-2"]
        assert db.load_plan(plan.id)[0].id == plan.id


def test_template_user_errors(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
        for tid, name in (("clinic-knee", "Knee"), ("clinic-hip", "Hip")):
            db.save_template(Template(id=tid, name=name, procedure="Surgery", phases=plan.phases,
                                      clinic_made=True))
    cases = [
        (["rename-template", "clinic-hip", "KNEE"], "already has a template called 'Knee'"),
        (["rename-template", "clinic-hip", "x"], "2 to 80 characters"),
        (["rename-template", "lumbar-fusion", "Mine"], "comes with Rehab Planner and cannot be renamed"),
        (["delete-template", "lumbar-fusion"], "comes with Rehab Planner and cannot be deleted"),
        (["rename-template", "clinic-none", "Other"], "no clinic template 'clinic-none'"),
        (["delete-template", "clinic-none"], "no clinic template 'clinic-none'"),
    ]
    for args, words in cases:
        code, out, err = run(capsys, "--db", url, "db", *args)
        assert code == 2 and out == "", args
        assert words in one_line_error(err), args
    with PatientDatabase.open(url) as db:
        assert sorted(t.name for t in db.templates()) == ["Hip", "Knee"]
