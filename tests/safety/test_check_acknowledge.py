"""Accepting findings: kept in the plan with who and when, they stop warning, and survive saving."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_planner.errors import RehabError
from rehab_planner.library import Library
from rehab_planner.model import PrecautionSetting
from rehab_planner.safety.acknowledge import (
    accept,
    acknowledgement_for,
    needs_confirmation,
    stale_acknowledgements,
    unaccept,
)
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from rehab_planner.storage.planfile import load_plan, save_plan
from tests.safety.check_helpers import blt, phase, plan, test_library


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return test_library(tmp_path_factory.mktemp("lib"))


def _lumbar_plan():  # type: ignore[no-untyped-def]
    return plan([phase("Protect", 0, 6, "knee-to-chest", "hip-knee-to-chest")],
                [blt(), PrecautionSetting(id="hip-posterior", weeks_to=6)])


def test_accepted_conflict_stops_warning_and_is_kept(lib: Library) -> None:
    p = _lumbar_plan()
    findings = check_plan(p, lib)
    assert needs_confirmation(findings)
    knee = next(f for f in findings if f.exercise_id == "knee-to-chest")

    accepted = accept(p, knee, "  surgeon cleared   on 12 Dec ", by="A. Therapist")
    assert p.acknowledgements == []  # the original plan is not changed
    [ack] = accepted.acknowledgements
    assert (ack.code, ack.exercise_id, ack.subject) == ("precaution-conflict", "knee-to-chest",
                                                       "spinal-blt")
    assert ack.reason == "surgeon cleared on 12 Dec" and ack.by == "A. Therapist"
    assert ack.at.tzinfo is not None

    after = check_plan(accepted, lib)
    assert [f.exercise_id for f in after] == ["hip-knee-to-chest"]
    assert needs_confirmation(after)  # the hip conflict is still open

    shown = check_plan(accepted, lib, include_accepted=True)
    assert len(shown) == 2
    marked = next(f for f in shown if f.exercise_id == "knee-to-chest")
    assert marked.accepted == ack and not marked.is_open
    assert acknowledgement_for(accepted, knee) == ack


def test_all_conflicts_accepted_needs_no_confirmation(lib: Library) -> None:
    p = _lumbar_plan()
    for finding in check_plan(p, lib):
        p = accept(p, finding, "surgeon cleared", by="T")
    assert check_plan(p, lib) == []
    assert not needs_confirmation(check_plan(p, lib, include_accepted=True))


def test_accepting_again_replaces_and_unaccept_removes(lib: Library) -> None:
    p = _lumbar_plan()
    knee = check_plan(p, lib)[0]
    p = accept(accept(p, knee, "first reason", by="T"), knee, "second reason", by="U")
    assert [a.reason for a in p.acknowledgements] == ["second reason"]
    p = unaccept(p, knee)
    assert p.acknowledgements == []
    assert unaccept(p, knee) is p
    assert len(check_plan(p, lib)) == 2


def test_acknowledgement_is_for_one_precaution(lib: Library) -> None:
    # Accepting the bending conflict does not hide a later conflict with another precaution.
    p = plan([phase("Protect", 0, 6, "knee-to-chest")], [blt()])
    p = accept(p, check_plan(p, lib)[0], "surgeon cleared", by="T")
    assert check_plan(p, lib) == []
    stricter = lib.with_exercise(
        lib.get("knee-to-chest").model_copy(update={"movements": ["lumbar_flexion",
                                                                  "hip_flexion_past_90"]})
    )
    p = p.model_copy(update={"precautions": [*p.precautions,
                                             PrecautionSetting(id="hip-posterior", weeks_to=6)]})
    [open_one] = check_plan(p, stricter)
    assert open_one.subject == "hip-posterior"


def test_short_reason_is_refused(lib: Library) -> None:
    p = _lumbar_plan()
    with pytest.raises(RehabError, match="reason"):
        accept(p, check_plan(p, lib)[0], " ok ", by="T")


def test_stale_acknowledgements(lib: Library) -> None:
    p = _lumbar_plan()
    knee = check_plan(p, lib)[0]
    p = accept(p, knee, "surgeon cleared", by="T")
    assert stale_acknowledgements(p, check_plan(p, lib, include_accepted=True)) == []
    p.phases[0].prescriptions.pop(0)
    [stale] = stale_acknowledgements(p, check_plan(p, lib, include_accepted=True))
    assert stale.exercise_id == "knee-to-chest"


def test_acknowledgements_survive_the_plan_file(tmp_path: Path, lib: Library) -> None:
    p = _lumbar_plan()
    p = accept(p, check_plan(p, lib)[0], "surgeon cleared on 12 Dec", by="T")
    save_plan(p, tmp_path / "plan.json")
    loaded = load_plan(tmp_path / "plan.json")
    assert loaded.acknowledgements[0].subject == "spinal-blt"
    assert [f.code for f in check_plan(loaded, lib)] == [Code.PRECAUTION_CONFLICT]
    assert check_plan(loaded, lib)[0].exercise_id == "hip-knee-to-chest"
