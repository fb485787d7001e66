"""Partial weight bearing under 50%: an exercise that stands on both legs on purpose (a squat,
heel raises, weight shifts) puts about half the body's weight on the leg, more than the order
allows; `check` calls it a conflict. Walking with the aid and standing arm work stay allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from rehab_planner.cli import main
from rehab_planner.i18n.messages import speaking
from rehab_planner.library import Library, load_library
from rehab_planner.model import Movement, PrecautionSetting
from rehab_planner.model.precaution import Precaution
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.storage.planfile import save_plan
from tests.safety.check_helpers import phase, plan

CATALOGUE = load_catalogue()


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


def _pwb(percent: int, start: float = 0, end: float = 6, step: int = 0) -> PrecautionSetting:
    return PrecautionSetting(id="wb-partial", weeks_from=start, weeks_to=end,
                             params={"percent": percent, "add_percent_each_week": step,
                                     "aid": "crutches"})


def _conflicts(lib: Library, percent: int, *ids: str, weeks: tuple[float, float] = (0, 6),
               step: int = 0) -> list[str]:
    p = plan([phase("Early", *weeks, *ids)], [_pwb(percent, step=step)])
    return [f.exercise_id or "" for f in check_plan(p, lib, CATALOGUE)
            if f.code == "precaution-conflict"]


def test_a_squat_under_twenty_percent_is_a_conflict(lib: Library) -> None:
    assert _conflicts(lib, 20, "mini-squat", "heel-raises", "weight-shifts") == [
        "mini-squat", "heel-raises", "weight-shifts"]


def test_half_the_weight_or_more_allows_it(lib: Library) -> None:
    assert _conflicts(lib, 50, "mini-squat", "heel-raises") == []


def test_walking_with_the_aid_and_standing_arm_work_stay_allowed(lib: Library) -> None:
    assert _conflicts(lib, 20, "walking-program", "band-row", "ankle-pumps") == []


def test_the_weekly_increase_counts_from_the_orders_start(lib: Library) -> None:
    # 25% and 25% more each week: 75% by week 2, so a stage from week 2 may squat
    assert _conflicts(lib, 25, "mini-squat", weeks=(2, 6), step=25) == []
    assert _conflicts(lib, 25, "mini-squat", weeks=(0, 6), step=25) == ["mini-squat"]


def test_the_message_says_why_in_english_and_spanish(lib: Library) -> None:
    p = plan([phase("Early", 0, 6, "mini-squat")], [_pwb(20)])
    [finding] = check_plan(p, lib, CATALOGUE)
    assert "half the body's weight on each leg" in finding.message
    assert "until week 6" in finding.message
    with speaking("es"):
        [spanish] = check_plan(p, lib, CATALOGUE)
    assert "mitad del peso del cuerpo" in spanish.message


def test_the_cli_check_fails_and_render_refuses(lib: Library, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.json"
    save_plan(plan([phase("Early", 0, 6, "mini-squat")], [_pwb(20)]), path)
    assert main(["check", str(path)]) == 1
    assert "Mini squat" in capsys.readouterr().out
    assert main(["render", str(path), "-o", str(tmp_path / "h.pdf")]) == 2
    assert not (tmp_path / "h.pdf").exists()


def test_the_shipped_exercises_that_load_both_legs_are_tagged(lib: Library) -> None:
    for exercise_id in ("mini-squat", "wall-sit", "sit-to-stand", "heel-raises", "split-squat"):
        exercise = lib.find(exercise_id)
        assert exercise is not None and Movement.BOTH_LEGS_LOADED in exercise.movements
    walking = lib.find("walking-program")
    assert walking is not None and Movement.BOTH_LEGS_LOADED not in walking.movements


def test_a_limit_on_a_parameter_the_order_lacks_is_refused() -> None:
    entry = CATALOGUE["wb-partial"].model_dump()
    entry["forbids_below"] = [{"param": "percentage", "below": 50, "forbids": ["both_legs_loaded"]}]
    with pytest.raises(ValidationError, match="forbids_below names 'percentage'"):
        Precaution.model_validate(entry)
