"""Render refuses what check calls a conflict or a bad setting; no handout prints -50 or {x}."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner.cli import main
from rehab_planner.handout import HandoutOptions, render_handout
from rehab_planner.model import Patient, Phase, Plan, PrecautionSetting, Prescription
from rehab_planner.safety.refusal import HandoutRefused, print_problem
from rehab_planner.storage.planfile import save_plan


def _plan(lift: object = 10, note: str = "") -> Plan:
    return Plan(
        patient=Patient(name="Test Patient"),
        procedure="Lumbar spinal fusion",
        surgery_date=dt.date(2026, 3, 2),
        precautions=[PrecautionSetting(id="spinal-blt", weeks_from=0, weeks_to=12,
                                       params={"lift_limit_lb": lift})],  # type: ignore[dict-item]
        phases=[Phase(name="Protect your back", weeks_from=0, weeks_to=6,
                      prescriptions=[Prescription(exercise_id="ankle-pumps", note=note)])],
    )


IN_FORCE = HandoutOptions(printed_on=dt.date(2026, 3, 20))  # week 3: the lift order prints


def _text(pdf: bytes) -> str:
    import io

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_sound_plan_prints() -> None:
    text = " ".join(_text(render_handout(_plan(), IN_FORCE).pdf).split())
    assert "lift more than 10 pounds (4.5 kg)" in text


@pytest.mark.parametrize("lift", [-50, "lots", ""])
def test_a_bad_precaution_value_is_refused_in_the_cli(lift: object, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.json"
    save_plan(_plan(lift), path)
    out = tmp_path / "h.pdf"
    assert main(["check", str(path)]) == 1  # check calls it a finding...
    capsys.readouterr()
    assert main(["render", str(path), "-o", str(out)]) == 2  # ...and render refuses it
    err = capsys.readouterr().err
    assert "The handout is not printed" in err and "lift_limit_lb" in err
    assert "Traceback" not in err and not out.exists()


@pytest.mark.parametrize("lift", [-50, "lots"])
def test_even_accepted_a_negative_or_unfilled_value_never_prints(lift: object) -> None:
    with pytest.raises(HandoutRefused, match=r"negative number|unfilled value"):
        render_handout(_plan(lift), HandoutOptions(accept_findings=True,
                                                   printed_on=IN_FORCE.printed_on))


def test_a_placeholder_in_a_note_is_refused() -> None:
    with pytest.raises(HandoutRefused, match=r"unfilled value \{name\}"):
        render_handout(_plan(note="Hello {name}, do these slowly."))


def test_acceptance_lets_a_conflict_print(tmp_path: Path) -> None:
    plan = _plan()
    plan.phases[0].prescriptions.append(Prescription(exercise_id="knee-to-chest"))
    with pytest.raises(HandoutRefused, match="Knee to chest"):
        render_handout(plan)
    text = _text(render_handout(plan, HandoutOptions(accept_findings=True)).pdf)
    assert "Knee to chest" in text


@pytest.mark.parametrize(("text", "bad"), [
    ("lift more than -50 pounds (-22.7 kg)", True),
    ("lots pounds ({lift_limit_kg} kg)", True),
    ("a fever over \u22121 degree", True),  # a typographic minus too
    ("Call 555-0100 before 2026-11-02.", False),
    ("Do 3-5 sets of 10 reps.", False),
    ("Weeks 0 to 6", False),
    ("Lift less than 10 pounds (4.5 kg).", False),
])
def test_print_problem(text: str, bad: bool) -> None:
    assert (print_problem(text) is not None) == bad
