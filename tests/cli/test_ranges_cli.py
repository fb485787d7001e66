"""`ranges` (list, add, remove a phase's range limits) and `show` listing limits and milestones."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model.range_limit import Joint, Motion
from rehab_planner.storage.planfile import load_plan


def _code(args: list[str]) -> int | str | None:
    try:
        return main(args)
    except SystemExit as exc:  # argparse refuses a wrong choice itself
        return exc.code


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "-o", str(path)]) == 0
    return path


def test_add_list_and_remove_a_limit(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert load_plan(plan_file).phases[0].range_limits == []
    capsys.readouterr()
    assert main(["ranges", str(plan_file), "--phase", "1", "--add", "knee flexion",
                 "--degrees", "90", "--mode", "active", "--side", "left"]) == 0
    assert main(["ranges", str(plan_file), "--phase", "1", "--add", "Hip Internal-Rotation",
                 "--degrees", "0", "--only-if", "hip-lateral-approach"]) == 0
    [limit, turn] = load_plan(plan_file).phases[0].range_limits
    assert (limit.joint, limit.motion, limit.degrees, limit.mode, limit.side) == (
        Joint.KNEE, Motion.FLEXION, 90, "active", "left")
    assert turn.only_if == ["hip-lateral-approach"] and turn.degrees == 0
    capsys.readouterr()
    assert main(["ranges", str(plan_file)]) == 0
    out = capsys.readouterr().out
    assert "  1. knee flexion to 90° (active), left side\n" in out
    assert "  2. no hip internal rotation; only with hip-lateral-approach\n" in out
    assert "(no range limits)" in out  # the other phases
    assert main(["show", str(plan_file)]) == 0
    assert ("  Range limits: knee flexion to 90° (active), left side; no hip internal rotation; "
            "only with hip-lateral-approach\n") in capsys.readouterr().out
    assert main(["ranges", str(plan_file), "--phase", "1", "--remove", "1"]) == 0
    assert [r.key for r in load_plan(plan_file).phases[0].range_limits] == ["hip internal rotation"]


@pytest.mark.parametrize(("args", "words"), [
    (["--phase", "1", "--add", "knee rotation", "--degrees", "5"], "the knee has no rotation"),
    (["--phase", "1", "--add", "shoulder flexion", "--degrees", "400"], "use 0 to 180"),
    (["--phase", "1", "--add", "hip flexion"], "--degrees"),
    (["--add", "hip flexion", "--degrees", "90"], "--phase"),
    (["--phase", "9", "--add", "hip flexion", "--degrees", "90"], "no phase 9"),
    (["--phase", "1", "--remove", "3"], "no 3"),
    (["--phase", "1", "--add", "hip flexion", "--degrees", "90", "--mode", "fast"], "mode"),
])
def test_a_wrong_limit_is_refused_and_the_file_kept(plan_file: Path, args: list[str], words: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = plan_file.read_bytes()
    assert _code(["ranges", str(plan_file), *args]) == 2
    assert words in capsys.readouterr().err
    assert plan_file.read_bytes() == before


def test_a_limit_twice_the_same_way_is_refused(plan_file: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    add = ["ranges", str(plan_file), "--phase", "2", "--add", "knee flexion", "--degrees", "90"]
    assert main(add) == 0
    assert _code(add) == 2
    assert "limits knee flexion (both) twice" in capsys.readouterr().err


def test_show_lists_the_milestones(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["milestones", str(plan_file), "--add", "drive", "--weeks", "4",
                 "--wording", "May drive at 4/52"]) == 0
    capsys.readouterr()
    assert main(["show", str(plan_file)]) == 0
    out = capsys.readouterr().out
    assert "Milestones:\n" in out
    assert '. drive, week 4; surgeon: May drive at 4/52\n' in out
