"""Safety notes for one kind of surgery reach only the patients who had it."""

from __future__ import annotations

import datetime as dt

from rehab_planner.guidance import load_guidance, plan_tags, safety_notes_for
from rehab_planner.handout.render import HandoutOptions, render_handout
from rehab_planner.model import Patient
from rehab_planner.templates.loader import instantiate, load_templates

GUIDANCE = load_guidance()


def _plan(template_id: str):  # type: ignore[no-untyped-def]
    template = load_templates()[template_id]
    return instantiate(template, Patient(name="Ana Silva"), dt.date(2026, 11, 2))


def test_every_only_for_names_a_known_group_template_or_precaution(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.safety.catalogue import load_catalogue

    known = set(GUIDANCE.warning_signs.groups) | set(load_templates()) | set(load_catalogue())
    unknown = {(e.id, g) for e in library for n in e.surgery_notes for g in n.only_for
               if g not in known}
    assert unknown == set()


def test_hip_notes_only_for_hip_patients(library) -> None:  # type: ignore[no-untyped-def]
    exercise = library.get("hip-slide-out")
    hip_note = next(n.text for n in exercise.surgery_notes if "hip_posterior" in n.only_for)
    back = plan_tags(_plan("lumbar-fusion"), GUIDANCE)
    hip = plan_tags(_plan("total-hip-replacement"), GUIDANCE)
    assert hip_note not in safety_notes_for(exercise, back)
    assert hip_note in safety_notes_for(exercise, hip)
    assert hip_note in safety_notes_for(exercise, set())  # a blank plan: keep every note


def test_back_handout_leaves_out_other_surgeries_notes() -> None:
    import io

    from pypdf import PdfReader

    plan = _plan("lumbar-fusion")
    text = " ".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(render_handout(
            plan, HandoutOptions(whole_program=True)).pdf)).pages  # every stage's exercises
    )
    flat = " ".join(text.split())
    assert "After a hip replacement" not in flat
    assert "rotator cuff" not in flat
    assert "back fusion" in flat  # its own notes stay
