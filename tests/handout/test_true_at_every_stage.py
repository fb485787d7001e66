"""Every sentence true for this patient at this stage (a handout review of all 15 templates at
weeks 1, 7 and 15, stop 43): each stage prints its own main message, a caution that waits on an
order ends with it, the walking steps name no aid the patient may not use, a stage of one exercise
says so, and the brace advice ends with the brace."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rehab_planner.guidance import plan_tags
from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.library import Library
from rehab_planner.model import Phase, Plan, Prescription
from rehab_planner.model.plan import PhaseWords
from rehab_planner.patient_text import exercise_notes, printed_texts, text_for_patient
from rehab_planner.plans.conditions import in_effect
from rehab_planner.safety.check import check_plan, shipped_catalogue, shipped_guidance
from rehab_planner.safety.findings import Code
from rehab_planner.templates.loader import load_templates
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, review_plan

TEMPLATES = load_templates()

_plan = review_plan


def _page1(content: HandoutContent, plan: Plan, week: float, language: str | None = None) -> str:
    day = SURGERY + dt.timedelta(weeks=week, days=3)
    options = HandoutOptions(printed_on=day, language=language)  # type: ignore[arg-type]
    return page_texts(render_handout(plan, options, content=content).pdf)[0]


def test_each_stage_prints_its_own_main_message(content: HandoutContent) -> None:
    plan = _plan("ankle-fracture-fixation")
    assert plan.main_message == ""
    first, last = _page1(content, plan, 1), _page1(content, plan, 15)
    assert "The most important thing: Keep your weight off your leg." in first
    # at week 15 the patient walks on the leg: the first stage's message is not printed then
    assert "Keep your weight off your leg" not in last
    assert "The most important thing: Make your leg strong again, a little at a time." in last
    spanish = _page1(content, plan, 15, language="es")
    assert "Vuelva a dar fuerza a su pierna, poco a poco." in spanish


def test_the_plans_own_message_wins_at_every_stage(content: HandoutContent) -> None:
    plan = _plan("ankle-fracture-fixation")
    plan.main_message = "Call me before you drive."
    for week in (1, 15):
        page = _page1(content, plan, week)
        assert "The most important thing: Call me before you drive." in page
        assert "Keep your weight off your leg" not in page
    assert plan.message_for(plan.phases[0]) == "Call me before you drive."
    plan.main_message = ""
    assert plan.message_for(plan.phases[0]).startswith("Keep your weight off your leg.")
    assert plan.message_for(None) == ""


def test_a_conditions_words_give_the_stage_its_message(content: HandoutContent,
                                                      library: Library) -> None:
    # the accelerated hip line has no hip rules: no "safe positions" and no hip rules goals
    plan = _plan("total-hip-replacement", "hip-no-precautions")
    page = _page1(content, plan, 1)
    assert "The most important thing: Walk a little more each day while your new hip heals." in page
    followed = in_effect(plan)
    text = text_for_patient(followed, library, shipped_guidance(), shipped_catalogue())
    printed = " ".join(line for _where, line in printed_texts(followed, library, text))
    assert "hip rules" not in printed and "safe positions" not in printed
    assert "right angle" not in printed  # the heel slide's note is for the back approach
    posterior = _page1(content, _plan("total-hip-replacement"), 1)
    assert "safe positions" in posterior


def test_stage_messages_are_saved_only_when_set() -> None:
    phase = Phase(name="Protect", weeks_from=0, weeks_to=6)
    assert "main_message" not in json.loads(phase.model_dump_json())  # an older version opens it
    words = PhaseWords(condition="graft-hamstring", goals=["Walk."])
    assert "main_message" not in json.loads(words.model_dump_json())
    phase = Phase(name="Protect", weeks_from=0, weeks_to=6, main_message="Rest.",
                  by_condition=[PhaseWords(condition="graft-hamstring", main_message="Walk.")])
    assert json.loads(phase.model_dump_json())["main_message"] == "Rest."
    assert phase.as_followed(["graft-hamstring"]).main_message == "Walk."
    assert phase.as_followed([]).main_message == "Rest."
    assert Phase.model_validate_json(phase.model_dump_json()) == phase


def test_a_main_message_hard_to_read_is_found_for_the_stage_too(library: Library) -> None:
    plan = _plan("ankle-fracture-fixation")
    plan.phases[2].main_message = ("Notwithstanding considerable postoperative discomfort, "
                                   "progressively incorporate ambulation incrementally.")
    found = [f for f in check_plan(plan, library) if f.code == Code.NOTE_READING_LEVEL
             and f.subject == "main-message"]
    assert [f.phase_id for f in found] == [plan.phases[2].id]


def test_a_caution_that_waits_on_an_order_ends_with_it(library: Library) -> None:
    plan = in_effect(_plan("rotator-cuff-repair"))
    guidance = shipped_guidance()
    wait = "After a rotator cuff repair: do not lift this arm on its own."
    early = exercise_notes(plan, library, guidance, 1)
    assert any(wait in note for note in early["cane-forward-raise"])
    late = exercise_notes(plan, library, guidance, 13)  # no-active ended at week 6
    assert not any(wait in note for notes in late.values() for note in notes)
    assert "shoulder-no-active" not in plan_tags(plan, guidance, 13)


def test_a_caution_for_a_cuff_repair_is_not_printed_after_a_replacement(library: Library) -> None:
    front = "If the front part of your cuff was repaired"
    plan = in_effect(_plan("anatomic-total-shoulder"))
    notes = exercise_notes(plan, library, shipped_guidance(), 13)
    assert not any(front in note for note in notes.get("band-inward-turn", []))
    cuff = exercise_notes(in_effect(_plan("rotator-cuff-repair")), library, shipped_guidance(), 13)
    assert any(front in note for note in cuff["band-inward-turn"])


def test_the_walking_steps_name_no_aid_a_patient_may_not_use(library: Library) -> None:
    steps = " ".join(library.get("walking-program").steps)
    assert "walker or cane if you have one" not in steps
    assert "Use the walking aid you were given, if any." in steps
    # the conservative hip line walks with a walker only
    plan = in_effect(_plan("total-hip-replacement", "hip-precautions-12-weeks",
                           "hip-protected-weight-bearing"))
    notes = [rx.note for rx in plan.phases[0].prescriptions if rx.exercise_id == "walking-program"]
    assert notes and all("cane" not in n for n in notes)
    goals = " ".join(plan.phases[0].goals + plan.phases[0].criteria)
    assert "cane" not in goals


def test_a_stage_of_one_exercise_says_exercise(content: HandoutContent) -> None:
    plan = _plan("lumbar-fusion")
    plan.phases[0].prescriptions = [Prescription(exercise_id="ankle-pumps")]
    page = " ".join(page_texts(render_handout(
        plan, HandoutOptions(printed_on=SURGERY + dt.timedelta(days=3)), content=content).pdf)[:3])
    assert "Do your exercise." in page
    assert "Do your 1 exercises" not in page


def test_the_brace_advice_ends_with_the_brace(content: HandoutContent) -> None:
    plan = _plan("lumbar-fusion", "lumbar-brace", "lift-limit-5-lb")  # brace to week 6
    assert "brace" in plan.guidance

    def text(week: float) -> str:
        day = SURGERY + dt.timedelta(weeks=week, days=3)
        return " ".join(page_texts(render_handout(plan, HandoutOptions(printed_on=day),
                                                  content=content).pdf))
    assert "Wear a thin shirt under your brace" in text(1)
    later = text(8)
    assert "Your brace" not in later and "thin shirt" not in later
    assert "on the toilet" not in text(1)


@pytest.mark.parametrize("template_id", ["ankle-fracture-fixation", "achilles-repair",
                                         "meniscus-repair", "hip-arthroscopy"])
def test_limb_surgery_warning_signs_name_blood_flow(content: HandoutContent,
                                                    template_id: str) -> None:
    page = _page1(content, _plan(template_id), 1)
    assert "turns cold, pale or blue" in page



def test_the_spanish_caution_ends_with_its_order_too(content: HandoutContent) -> None:
    # the translated exercise kept the note's text and surgeries but lost the order it waits on
    plan = _plan("rotator-cuff-repair")
    wait = "Espere el sí de su cirujano."

    def spanish(week: float) -> str:
        day = SURGERY + dt.timedelta(weeks=week, days=3)
        options = HandoutOptions(printed_on=day, language="es")  # type: ignore[arg-type]
        return " ".join(page_texts(render_handout(plan, options, content=content).pdf))
    assert wait in spanish(4)  # the helped raises, while the arm may not lift itself
    assert wait not in spanish(13)  # the band work, weeks after that order ended
