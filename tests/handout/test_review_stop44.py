"""A fourth handout review of every template (stop 44): sentences that were not true for the
patient in front of them. A nerve caution names the limb of the spine that had surgery, and no
limb after knee or hip surgery; "stay under your lifting limit" prints only while there is one; a
splint is not taken off to look at the cut; a joint replacement hears that low impact is for
life; an Achilles or ankle patient stands on the leg only in the boot; the wall push asks for no
push in that a shoulder replacement must skip; the Spanish uses words every region reads."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.library import Library
from rehab_planner.model import Plan
from rehab_planner.paths import i18n_dir
from rehab_planner.patient_text import printed_texts, text_for_patient
from rehab_planner.safety.check import shipped_catalogue, shipped_guidance
from rehab_planner.templates.loader import load_templates
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, every_line, review_plan

TEMPLATES = load_templates()

_plan = review_plan


def _printed(plan: Plan, library: Library, weeks: float | None = None) -> list[str]:
    text = text_for_patient(plan, library, shipped_guidance(), shipped_catalogue(), weeks)
    return [line for _, line in printed_texts(plan, library, text)]


def _pages(content: HandoutContent, plan: Plan, weeks: float, language: str | None = None
           ) -> str:
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3),
                             language=language)  # type: ignore[arg-type]
    return " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())


@pytest.mark.parametrize(("template_id", "limb"), [
    ("lumbar-fusion", "leg"), ("lumbar-laminectomy", "leg"), ("lumbar-microdiscectomy", "leg"),
    ("cervical-fusion", "arm"), ("total-knee-replacement", None), ("total-hip-replacement", None),
    ("acl-reconstruction", None)])
def test_the_nerve_caution_names_the_limb_of_the_spine_that_had_surgery(
        library: Library, template_id: str, limb: str | None) -> None:
    lines = _printed(_plan(template_id), library)
    nerve = {line for line in lines if "numbness or tingling goes down" in line}
    assert not any("arm or leg" in line for line in nerve)
    if limb is None:  # a knee or hip patient reads no spine caution
        assert not nerve
    else:
        assert nerve == {f"Stop if pain, numbness or tingling goes down your {limb}. "
                         "Tell your therapist."} or not nerve


def test_a_back_plans_bridge_names_the_leg(library: Library) -> None:
    plan = _plan("lumbar-laminectomy")
    assert "bridge" in plan.exercise_ids()
    assert ("Stop if pain, numbness or tingling goes down your leg. Tell your therapist."
            in _printed(plan, library))


def test_stay_under_your_lifting_limit_prints_only_while_there_is_one(library: Library) -> None:
    plan = _plan("lumbar-laminectomy", "laminectomy-lift-10-lb-6-weeks")
    assert "safe-lifting" in plan.exercise_ids() or "lifting-from-table" in plan.exercise_ids()
    line = "Stay under your lifting limit. It is listed under Your precautions."
    assert line in _printed(plan, library, weeks=1)
    late = max(p.weeks_to or 0 for p in plan.precautions if "lift" in p.id) + 1
    assert line not in _printed(plan, library, weeks=late)
    assert not any("lifting limit your surgeon gave you" in x for x in _printed(plan, library))


def test_a_splint_is_not_taken_off_to_look_at_the_cut(library: Library) -> None:
    achilles = _printed(_plan("achilles-repair"), library)
    assert any(line.startswith("Do not take off your splint to look at your cut.")
               for line in achilles)
    assert not any(line.startswith("Look at your cut each day.") for line in achilles)
    knee = _printed(_plan("total-knee-replacement"), library)
    assert any(line.startswith("Look at your cut each day.") for line in knee)
    assert not any("splint" in line for line in knee)


@pytest.mark.parametrize(("template_id", "told"), [
    ("total-knee-replacement", True), ("total-hip-replacement", True),
    ("acl-reconstruction", False)])
def test_a_joint_replacement_hears_that_low_impact_is_for_life(
        library: Library, template_id: str, told: bool) -> None:
    line = ("Walking, swimming and biking are best for a new joint, for life. Ask your surgeon "
            "before you run or play jumping sports.")
    assert (line in _printed(_plan(template_id), library)) is told


def test_acl_running_waits_for_the_last_stage_and_sport_for_the_surgeon(library: Library) -> None:
    plan = _plan("acl-reconstruction")
    (rule,) = [p for p in plan.precautions if p.id == "no-pivoting"]
    assert rule.weeks_to == plan.phases[-1].weeks_to == 24  # the stage that readies running
    assert ("Sports where you jump, cut or twist wait until your surgeon clears you. This is "
            "often 9 months or more after surgery.") in _printed(plan, library)
    assert not any("jump, cut or twist" in line
                   for line in _printed(_plan("total-knee-replacement"), library))


LINES = every_line()


@pytest.mark.parametrize(("template_id", "conditions"), LINES)
def test_the_walking_dose_never_drops_from_one_stage_to_the_next(
        library: Library, template_id: str, conditions: list[str]) -> None:
    # "Walk 10 minutes once a day" at week 7 after "5 minutes 3 times a day" at week 1 capped a
    # hip replacement below what it already did (handout review, stop 44)
    from rehab_planner.plans.conditions import in_effect

    plan = in_effect(_plan(template_id, *conditions))
    walk = library.get("walking-program").dosage
    doses = [walk.merged(rx.dosage) for phase in plan.phases
             for rx in phase.prescriptions if rx.exercise_id == "walking-program"]
    daily = [(d.minutes or 0) * (d.times_a_day or 1) for d in doses]  # at the least
    assert all(b >= a for a, b in itertools.pairwise(daily)), daily


def test_standing_work_in_the_boot_stage_waits_for_the_stage_without_it() -> None:
    from rehab_planner.plans.conditions import in_effect

    def stage_three(*conditions: str) -> set[str]:
        plan = in_effect(_plan("ankle-fracture-fixation", *conditions))
        return {rx.exercise_id for rx in plan.phases[2].prescriptions}

    standing = {"heel-raises", "mini-squat", "one-leg-stand"}
    assert standing <= stage_three()
    assert not standing & stage_three("ankle-syndesmosis-fixation")  # its boot stays on


@pytest.mark.parametrize("template_id", ["achilles-repair", "ankle-fracture-fixation"])
def test_the_one_leg_heel_raise_builds_up_to_the_stages_goal(template_id: str) -> None:
    (rx,) = [rx for phase in _plan(template_id).phases for rx in phase.prescriptions
             if rx.exercise_id == "single-leg-heel-raise"]
    assert rx.dosage is not None and rx.dosage.reps == 5
    assert rx.dosage.build_up_to is not None and rx.dosage.build_up_to.reps == 10
    assert "go up on both feet and come down on the leg that had surgery" in rx.note


def test_a_knee_brace_is_not_worn_over_a_shirt(library: Library) -> None:
    line = "Wear a thin shirt under your brace to protect your skin."  # after its dates
    assert not any(line in x for x in _printed(_plan("meniscus-repair"), library))
    assert any(x.endswith(line) for x in _printed(_plan("lumbar-fusion", "lumbar-brace"), library))


@pytest.mark.parametrize(("template_id", "conditions", "weeks"), [
    ("achilles-repair", (), 3), ("achilles-repair", ("achilles-delayed-weight-bearing",), 5),
    ("ankle-fracture-fixation", (), 7), ("ankle-fracture-fixation", ("ankle-early-weight-bearing",), 4)])
def test_weight_goes_on_the_leg_only_in_the_boot(content: HandoutContent, template_id: str,
                                                 conditions: tuple[str, ...], weeks: int) -> None:
    text = _pages(content, _plan(template_id, *conditions), weeks)
    assert "Put weight on your leg only with your boot on. Do not stand on your bare foot." in text
    spanish = _pages(content, _plan(template_id, *conditions), weeks, language="es")
    assert "Apoye peso en la pierna solo con la bota puesta." in spanish


def test_the_wall_push_asks_no_push_in_of_a_shoulder_replacement(content: HandoutContent) -> None:
    text = _pages(content, _plan("anatomic-total-shoulder"), 7)
    assert "Do the same pushing out and forward. Push in or back only if your therapist says so." \
        in text
    assert "pushing out, in and forward" not in text
    assert "Note from your therapist: Push gently. Do not push in yet." in text


def test_the_shoulder_replacement_may_do_desk_work_before_heavy_work(library: Library) -> None:
    lines = _printed(_plan("anatomic-total-shoulder"), library)
    (step,) = [m for m in _plan("anatomic-total-shoulder").milestones if m.weeks == 16]
    assert step.kind is None and step.criterion == ""
    assert step.text == "You may go back to hands-on or heavy work if your surgeon agrees."
    assert "Desk work often comes first. Jobs with heavy lifting take longer." in lines


def test_the_spanish_uses_words_every_region_reads() -> None:
    # "liga" is a garter in much of South America, "bicho" and "en cuatro patas" are rude in
    # some countries, "lagartija" is a lizard outside Mexico, "dolor fuerte" is not sharp pain
    words = re.compile(r"\bligas?\b|\bbicho\b|cuatro patas|\blagartija\b|dolor fuerte", re.I)
    for path in sorted(i18n_dir("es").rglob("*.yaml")):
        found = words.findall(path.read_text("utf-8"))
        assert not found, (path.name, found)


@pytest.mark.parametrize(("template_id", "limb", "other"), [
    ("total-knee-replacement", "leg", "arm"), ("achilles-repair", "leg", "arm"),
    ("rotator-cuff-repair", "arm or hand", "leg")])
def test_the_warning_signs_name_the_limb_that_had_surgery(
        library: Library, template_id: str, limb: str, other: str) -> None:
    lines = _printed(_plan(template_id), library)
    assert f"Numbness or tingling in your {limb} that does not go away." in lines
    assert not any(f"in your {other}" in line and "does not go away" in line for line in lines)
    assert not any("arm or leg" in line for line in lines)


@pytest.mark.parametrize(("template_id", "line"), [
    ("cervical-fusion", "Do not drive until you can turn your head to check traffic, or while "
                        "you wear a collar."),
    ("cervical-disc-replacement", "Do not drive until you can turn your head to check traffic, "
                                  "or while you wear a collar."),
    ("rotator-cuff-repair", "Do not drive while you wear a sling."),
    ("reverse-total-shoulder", "Do not drive while you wear a sling.")])
def test_driving_waits_for_the_neck_to_turn_and_the_sling_to_come_off(
        library: Library, template_id: str, line: str) -> None:
    plan = _plan(template_id)
    assert "sitting" in plan.guidance
    assert line in _printed(plan, library)
    assert line not in _printed(_plan("total-knee-replacement"), library)


def test_the_neck_fusion_keeps_a_lifting_limit_while_the_bones_join() -> None:
    plan = _plan("cervical-fusion")
    limits = sorted((p.weeks_from, p.weeks_to, p.params["lift_limit_lb"])
                    for p in plan.precautions if p.id == "lift-limit")
    assert limits == [(0, 6, 10), (6, 12, 20)]  # the stage's goal: lift 20 pounds by week 12


def test_the_spanish_footer_keeps_the_print_date(content: HandoutContent) -> None:
    # "Impreso el 5 de noviembre de 2026" did not fit beside the phone and the name, so every
    # Spanish page lost the date that tells an old sheet from a new one
    plan = _plan("rotator-cuff-repair")
    options = HandoutOptions(printed_on=dt.date(2026, 11, 5), language="es")
    pages = page_texts(render_handout(plan, options, content=content).pdf)
    assert all("Llame al 555-0100 · Ana Ruiz · Impreso el 5 nov 2026" in page for page in pages)
