"""Every template's handout prints text for its own surgery only (read back from the PDF)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from rehab_planner.guidance import load_guidance
from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.model import Patient, Plan, Precaution, PrecautionSetting, Surgeon
from rehab_planner.patient_text import text_for_patient
from rehab_planner.plans.conditions import in_effect
from rehab_planner.precaution_text import page_rules
from rehab_planner.procedure_words import load_procedure_words
from rehab_planner.safety.catalogue import shown_sentences
from rehab_planner.safety.check import shipped_catalogue
from rehab_planner.templates.loader import instantiate, load_templates
from tests.handout.pdfread import all_text

TEMPLATES = load_templates()
WORDS = load_procedure_words()


def _plan(template_id: str, conditions: list[str] | None = None) -> Plan:
    plan = instantiate(TEMPLATES[template_id], Patient(name="Ann Lee"), dt.date(2026, 9, 7),
                       conditions=conditions or [])
    plan.surgeon = Surgeon(name="Dr Ruiz", phone="555-0199")
    return plan


@pytest.fixture(scope="module")
def handouts(content: HandoutContent) -> dict[str, str]:
    """The whole program's text of every shipped template (letter, with its log)."""
    out = {}
    for template_id in TEMPLATES:
        options = HandoutOptions(printed_on=dt.date(2026, 10, 12), whole_program=True)
        result = render_handout(_plan(template_id), options, content=content)
        out[template_id] = all_text(result.pdf)
    return out


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_no_text_for_another_surgery(handouts: dict[str, str], content: HandoutContent,
                                     template_id: str) -> None:
    plan = _plan(template_id)
    tags = text_for_patient(plan, content.library, content.guidance, content.catalogue).tags
    # The footer and page 1 print the procedure's own name; the phrases come from the body.
    assert WORDS.foreign(handouts[template_id].replace(plan.procedure, ""), tags) == []


@pytest.mark.parametrize(("template_id", "absent"), [
    ("total-knee-replacement", ["fusion", "bones will not join", "hamstring graft"]),
    ("total-hip-replacement", ["fusion", "bones will not join", "knee replacement"]),
    ("acl-reconstruction", ["knee replacement", "hamstring graft", "fusion", "bones will not join"]),
    ("rotator-cuff-repair", ["biceps repair", "fusion", "bones will not join"]),
    ("lumbar-microdiscectomy", ["fusion", "bones will not join"]),
    ("lumbar-fusion", ["full weight on the leg", "sore leg", "knee replacement"]),
    ("cervical-fusion", ["low back fusion", "knee replacement"]),
])
def test_the_examples_of_issue_12_are_gone(handouts: dict[str, str], template_id: str,
                                            absent: list[str]) -> None:
    text = handouts[template_id].lower()
    for phrase in absent:
        assert phrase not in text, (template_id, phrase)


def test_fusion_texts_still_print_for_a_fusion(handouts: dict[str, str]) -> None:
    lumbar = handouts["lumbar-fusion"]
    assert "bones will not join" in lumbar  # smoking and healing, for a fusion only
    assert "After a low back fusion" in lumbar


def test_the_graft_picks_the_graft_notes(content: HandoutContent) -> None:
    def notes(plan: Plan) -> str:
        text = text_for_patient(plan, content.library, load_guidance(), content.catalogue)
        return " ".join(" ".join(n) for n in text.exercise_notes.values())

    assert "hamstring graft" not in notes(_plan("acl-reconstruction"))
    hamstring = _plan("acl-reconstruction", ["graft-hamstring"])
    assert "After knee surgery with a hamstring graft" in notes(hamstring)
    assert "hamstring graft" not in notes(_plan("acl-reconstruction", ["graft-allograft"]))


JARGON = ("arthroplasty", "range of motion", "posture and body mechanics", "arthroscopic")


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_plain_words_instead_of_jargon(handouts: dict[str, str], template_id: str) -> None:
    text = handouts[template_id].lower()
    for word in JARGON:
        assert word not in text, (template_id, word)
    # 'opioid' only right after the plain words it names
    for match in re.finditer("opioid", text):
        before = text[max(0, match.start() - 30):match.start()]
        assert "strong pain" in before, before


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_dosage_lines_never_say_times_twice(handouts: dict[str, str], template_id: str) -> None:
    text = handouts[template_id]
    assert "reps" in text
    for line in text.split("How much:")[1:]:
        dosage = line.split("Be careful:")[0].split("Note from")[0][:120]
        assert not re.search(r"\b\d+ times\b(?! a day)", dosage), dosage


def open_ended(precaution: Precaution, setting: PrecautionSetting) -> bool:
    """A permission (weight as tolerated) whose shown sentences limit nothing: page 1 gives it
    no end date."""
    return precaution.permission and not any(
        s.restricts for s in shown_sentences(precaution, setting))


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_precautions_end_on_calendar_dates(handouts: dict[str, str], template_id: str) -> None:
    text = handouts[template_id]
    box = text[text.index("Your precautions"):text.index("Warning signs")]
    plan = _plan(template_id)
    assert "weeks after surgery" not in box and "first " not in box
    catalogue = shipped_catalogue()
    # A permission (weight as tolerated) prints its start only: its end is no end of what it allows.
    dated = [p for p in in_effect(plan).precautions
             if p.weeks_to is not None and not open_ended(catalogue[p.id], p)]
    # a lift limit and a push and pull limit that say the same share one line (page_rules)
    shared = len(in_effect(plan).precautions) - len(page_rules(in_effect(plan), catalogue))
    assert box.count("Until ") + box.count("From ") >= len(dated) - shared
    for setting in dated:  # the end date computed from the surgery date (7 Sep 2026)
        end = dt.date(2026, 9, 7) + dt.timedelta(days=round(setting.weeks_to * 7))
        assert f"{end.day} {end:%b} {end.year}" in box, (setting.id, end)
