"""Fuzzing plan and library files through the real CLI entry: exit 0, 1 or 2, never a traceback.

Mutations start from a real plan (and a real exercise file) and replace values anywhere in it
with hostile ones: huge and negative numbers, long and control-laden text, deep nesting, wrong
types, {placeholders}. A memory-capped process shows a hostile plan stays within a few hundred MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_planner.cli import main

ROOT = Path(__file__).resolve().parents[2]

HOSTILE_STRINGS = st.sampled_from([
    "", " ", "{lift_limit_kg}", "{name}", "-50", "\x1b[2J", "\u202e", "\x00", "../../etc/passwd",
    "/dev/zero", "x" * 5000, "é" * 300, "2026-13-45", "NaN", "spinal-blt", "ankle-pumps",
])
HOSTILE_NUMBERS = st.sampled_from([
    -1, 0, 1, -50, 10**40, -(10**40), 2**63, 1e308, -1e-308, 0.5, 104, 105, 1e20,
])
LEAVES = (st.none() | st.booleans() | HOSTILE_NUMBERS | HOSTILE_STRINGS
          | st.integers(-(10**6), 10**6) | st.text(max_size=30))
VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(copy[head], rest, new)
    return copy


@pytest.fixture(scope="module")
def base_plan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import os

    folder = tmp_path_factory.mktemp("fuzz-base")
    target = folder / "plan.json"
    # a module fixture runs before the autouse one that hides the real data folder: hide it here
    old = os.environ.get("REHAB_PLANNER_DATA")
    os.environ["REHAB_PLANNER_DATA"] = str(folder / "data")
    try:
        assert main(["new", "--template", "total-hip-replacement", "--patient", "Ann Lee",
                     "--surgery-date", "2026-11-02", "-o", str(target)]) == 0
    finally:
        if old is None:
            os.environ.pop("REHAB_PLANNER_DATA", None)
        else:
            os.environ["REHAB_PLANNER_DATA"] = old
    data: dict[str, Any] = json.loads(target.read_text())
    return data


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    kind = draw(st.integers(0, 9))
    if kind == 0:  # not JSON at all, or a truncated file
        raw = json.dumps(base).encode()
        return draw(st.binary(max_size=200)) if draw(st.booleans()) else raw[: draw(
            st.integers(0, len(raw)))]
    value: Any = base
    paths = _paths(base)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(value)
        path = draw(st.sampled_from(paths))
        value = _replace(value, path, draw(VALUES))
    return json.dumps(value, ensure_ascii=draw(st.booleans())).encode()


def _assert_clean(code: int, err: str) -> None:
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "unexpected problem" not in err, err


@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_fuzzed_plans_through_check_and_show(data: st.DataObject, base_plan: dict[str, Any],
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(data.draw(mutated(base_plan)))
    for command in ("check", "show"):
        code = main([command, str(path)])
        _assert_clean(code, capsys.readouterr().err)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_fuzzed_plans_through_render(data: st.DataObject, base_plan: dict[str, Any],
                                     tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(data.draw(mutated(base_plan)))
    out = tmp_path / "h.pdf"
    for extra in ([], ["--accept-findings"]):
        code = main(["render", str(path), "-o", str(out), *extra])
        _assert_clean(code, capsys.readouterr().err)


EXERCISE = (ROOT / "exercises" / "knee.yaml").read_text(encoding="utf-8")
YAML_NOISE = st.sampled_from([
    "", ":", "- ", "&a [*a]", "!!python/object:os.system", "{", "]", "\t", "\x00", "9" * 5000,
    "*unknown", "? ", "photo: ../../etc/passwd", "photo: /dev/zero", "schema_version: 2",
    "[" * 3000, "region: nowhere", "steps: []", "'", '"', "---\n---", "%YAML 9.9",
])


@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cut=st.integers(0, len(EXERCISE)), noise=YAML_NOISE, keep=st.integers(0, 4000))
def test_fuzzed_library_files_through_validate(cut: int, noise: str, keep: int, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lib"
    folder.mkdir(exist_ok=True)
    text = EXERCISE[:cut] + noise + EXERCISE[cut:cut + keep]
    (folder / "fuzz.yaml").write_text(text, encoding="utf-8")
    code = main(["library", "validate", str(folder)])
    _assert_clean(code, capsys.readouterr().err)


HOSTILE_PLANS = {
    "logo-dev-zero": lambda p: {**p, "clinic": {**p["clinic"], "logo": "/dev/zero"}},
    "deep": lambda p: {**p, "main_message": json.loads("[" * 900 + "]" * 900)},
    "long-lists": lambda p: {**p, "guidance": ["walking"] * 1900},
    "many-phases": lambda p: {**p, "phases": [
        {**p["phases"][0], "id": f"p{i}", "weeks_from": i, "weeks_to": i + 1,
         "prescriptions": [{**rx, "id": f"r{i}-{j}", "note": "Go slowly. " * 50}
                           for j, rx in enumerate((p["phases"][0]["prescriptions"] * 10)[:60])]}
        for i in range(24)]},
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PLANS))
def test_a_hostile_plan_stays_within_a_memory_cap(name: str, base_plan: dict[str, Any],
                                                  tmp_path: Path) -> None:
    """Render in a real process limited to 600 MB of address space: it ends cleanly."""
    plan = HOSTILE_PLANS[name](base_plan)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(plan))
    out = tmp_path / "h.pdf"
    script = (
        "import resource, sys\n"
        "cap = 600 * 1024 * 1024\n"
        "resource.setrlimit(resource.RLIMIT_AS, (cap, cap))\n"
        "from rehab_planner.cli import main\n"
        f"sys.exit(main(['render', {str(path)!r}, '-o', {str(out)!r}, '--accept-findings']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False, timeout=300)
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr and "out of memory" not in result.stderr


@settings(max_examples=1500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_thousands_of_fuzzed_plans_load_or_fail_clearly(data: st.DataObject,
                                                        base_plan: dict[str, Any],
                                                        library: Any) -> None:
    """The core under the CLI: parse, check and summarise, or one RehabError; nothing else."""
    from rehab_planner.errors import RehabError
    from rehab_planner.plans.summary import summary_text
    from rehab_planner.safety.check import check_plan
    from rehab_planner.storage.planfile import plan_from_json

    raw = data.draw(mutated(base_plan))
    try:
        plan = plan_from_json(raw.decode("utf-8", "replace"), "fuzz.json")
    except RehabError:
        return
    check_plan(plan, library)
    summary_text(plan, library)
