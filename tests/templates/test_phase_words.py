"""A stage's own words for a condition (by_condition): the large rotator cuff tear prints goals
and criteria its orders allow, the usual line keeps its own; they load, save, translate and switch
with the plan's conditions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_planner.cli import main
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.content import language_lookup, template_texts, translate_plan
from rehab_planner.model import Patient, Phase, PhaseWords
from rehab_planner.plans.changes import plan_changes
from rehab_planner.plans.conditions import in_effect, set_conditions
from rehab_planner.plans.course_edits import set_criterion_met
from rehab_planner.plans.criteria import criteria_status
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.storage.planfile import load_plan, plan_from_json, plan_to_json, save_plan
from rehab_planner.templates.loader import instantiate, load_template, load_templates
from tests.handout.pdfread import all_text

TEMPLATES = load_templates()
CUFF = TEMPLATES["rotator-cuff-repair"]
SURGERY = dt.date(2026, 3, 2)  # a Monday
HELPED = "Raise your arm with help from your other arm."
STANDARD_CRITERIA = ["You can raise your arm with help to shoulder height.",
                     "You can lift your arm on your own without shrugging.",
                     "You can reach a shelf at eye level with no weight in your hand."]
LARGE_WEEKS_3_6 = "Your therapist may move your arm, but only if your surgeon says so."
LARGE_WEEKS_6_12 = "Let your therapist move your arm. Stay within the limits your surgeon set."


def _handout(tmp_path: Path, variant: str | None, printed: dt.date, language: str = "en") -> str:
    plan_file = tmp_path / f"{variant}.json"
    if not plan_file.exists():
        extra = ["--variant", variant] if variant else []
        assert main(["new", "--template", "rotator-cuff-repair", "--patient", "Ann Lee",
                     "--surgery-date", SURGERY.isoformat(), "--surgeon-phone", "555-0100",
                     *extra, "-o", str(plan_file)]) == 0
    pdf = tmp_path / f"{variant}-{printed}-{language}.pdf"
    assert main(["render", str(plan_file), "--print-date", printed.isoformat(), "--language",
                 language, "-o", str(pdf)]) == 0
    return all_text(pdf.read_bytes())


def _week(n: float) -> dt.date:
    return SURGERY + dt.timedelta(weeks=n)


def test_the_large_tear_handout_prints_its_own_goals_in_weeks_3_to_6(tmp_path: Path) -> None:
    text = _handout(tmp_path, "large-tear", _week(4))
    assert "Let the repair heal" in text and LARGE_WEEKS_3_6 in text
    assert HELPED not in text and "Helped motion" not in text
    assert not any(c in text for c in STANDARD_CRITERIA)


def test_the_large_tear_handout_prints_its_own_goals_in_weeks_6_to_12(tmp_path: Path) -> None:
    text = _handout(tmp_path, "large-tear", _week(8))
    assert "Gentle motion" in text and LARGE_WEEKS_6_12 in text
    assert ("From 10 weeks after surgery, you may raise your arm with help from your other "
            "arm.") in text
    assert "Use your arm for light daily tasks." not in text
    assert "Lift your arm on your own." not in text
    assert not any(c in text for c in STANDARD_CRITERIA)
    assert "Use your arm again" not in text and "Build shoulder strength" not in text


def test_the_usual_line_prints_its_own_words(tmp_path: Path) -> None:
    text = _handout(tmp_path, None, _week(4))
    assert "Helped motion" in text and HELPED in text and STANDARD_CRITERIA[0] in text
    assert LARGE_WEEKS_3_6 not in text and "Let the repair heal" not in text
    text = _handout(tmp_path, None, _week(8))
    assert "Use your arm again" in text and STANDARD_CRITERIA[2] in text
    assert LARGE_WEEKS_6_12 not in text


def test_the_spanish_large_tear_handout_prints_the_spanish_words(tmp_path: Path) -> None:
    text = _handout(tmp_path, "large-tear", _week(4), "es")
    assert "Deje sanar la reparación" in text
    assert "Su terapeuta puede moverle el brazo, pero solo si su cirujano lo permite." in text
    assert "Suba el brazo con ayuda del otro brazo." not in text and "[EN]" not in text
    text = _handout(tmp_path, "large-tear", _week(8), "es")
    assert "Movimiento suave" in text
    assert ("Desde las 10 semanas después de la cirugía, puede subir el brazo con ayuda del otro "
            "brazo.") in text
    assert "Vuelva a usar el brazo" not in text and "[EN]" not in text


def test_translate_plan_translates_the_words_kept_for_a_condition() -> None:
    plan = instantiate(CUFF, Patient(name="Ann"), SURGERY)
    spanish = translate_plan(plan, template_texts(TEMPLATES, language_lookup("es")))
    words = spanish.phases[1].by_condition[0]
    assert words.name == "Deje sanar la reparación"
    assert spanish.phases[1].name == "Movimiento con ayuda"
    # translated first, then followed: the same words as following first
    chosen, _ = set_conditions(spanish, ["cuff-large-tear"])
    assert in_effect(chosen).phases[1].goals == words.goals


def test_changing_conditions_switches_the_words() -> None:
    plan = instantiate(CUFF, Patient(name="Ann"), SURGERY)
    assert in_effect(plan).phases[1].goals[0] == HELPED
    large, _ = set_conditions(plan, ["cuff-large-tear"])
    shown = in_effect(large)
    assert shown.phases[1].name == "Let the repair heal"
    assert LARGE_WEEKS_3_6 in shown.phases[1].goals
    assert all(not p.by_condition for p in shown.phases)
    assert large.phases[1].goals[0] == HELPED and large.phases[1].by_condition  # kept
    back, _ = set_conditions(large, [])
    assert in_effect(back).phases[1].goals[0] == HELPED
    assert in_effect(in_effect(large)) == in_effect(large)  # following twice changes nothing
    # the history tells the patient the words changed with the condition
    said = plan_changes(plan, large, lang="en")
    assert any("Let the repair heal" in line for line in said)


def test_criteria_met_follow_the_words_the_patient_reads() -> None:
    plan = instantiate(CUFF, Patient(name="Ann"), SURGERY, conditions=["cuff-large-tear"])
    phase = plan.phases[1]
    met, _ = set_criterion_met(plan, phase.id, 2, True, on=SURGERY)
    statuses = criteria_status(met, met.phases[1])
    assert [s.text for s in statuses] == CUFF.phases[1].by_condition[0].criteria
    assert [s.met is not None for s in statuses] == [False, True, False]
    assert met.criteria_met[0].criterion == "You can bend and straighten your elbow, wrist and " \
                                           "fingers."
    # the usual line has other criteria: the record does not count for them
    usual, _ = set_conditions(met, [])
    assert [s.text for s in criteria_status(usual, usual.phases[1])] == CUFF.phases[1].criteria
    assert all(s.met is None for s in criteria_status(usual, usual.phases[1]))
    with pytest.raises(Exception, match="has 3 criteria"):
        set_criterion_met(plan, phase.id, 4, True)


def test_a_plan_with_words_by_condition_saves_and_loads_unchanged(tmp_path: Path) -> None:
    plan = instantiate(CUFF, Patient(name="Ann"), SURGERY, conditions=["cuff-large-tear"])
    assert [len(p.by_condition) for p in plan.phases] == [1, 1, 1, 1]
    saved = save_plan(plan, tmp_path / "plan.json")
    assert load_plan(tmp_path / "plan.json") == saved


def test_a_phase_without_words_by_condition_is_saved_as_before() -> None:
    plan = instantiate(TEMPLATES["total-knee-replacement"], Patient(name="Ann"), SURGERY)
    assert '"by_condition"' not in plan_to_json(plan)
    assert plan_from_json(plan_to_json(plan)) == plan


_line = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                max_size=40)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(words=st.lists(st.builds(
    PhaseWords, condition=st.sampled_from(["cuff-large-tear", "graft-hamstring", "a-b"]),
    name=st.none() | _line.filter(str.strip), goals=st.lists(_line, max_size=3),
    criteria=st.lists(_line, max_size=3)), max_size=3, unique_by=lambda w: w.condition))
def test_words_by_condition_round_trip(words: list[PhaseWords]) -> None:
    plan = instantiate(CUFF, Patient(name="Ann"), SURGERY)
    plan.phases[0] = plan.phases[0].model_copy(update={"by_condition": words})
    again = plan_from_json(plan_to_json(plan))
    assert again == plan and again.phases[0].by_condition == words


def test_two_sets_of_words_for_one_condition_are_refused() -> None:
    words = [PhaseWords(condition="a-b"), PhaseWords(condition="a-b")]
    with pytest.raises(ValueError, match="two sets of words for condition 'a-b'"):
        Phase(name="A", weeks_from=0, by_condition=words)


TEMPLATE = """\
schema_version: 1
id: my-cuff
name: My cuff
procedure: Rotator cuff repair
conditions: [cuff-large-tear]
phases:
  - name: Protect
    weeks_from: 0
    weeks_to: 4
    goals: [Rest your arm.]
    by_condition:
      - condition: cuff-large-tear
        name: Rest longer
        goals: [Rest your arm in the sling.]
  - name: Move
    weeks_from: 4
"""


def test_a_template_carries_its_words_into_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "my-cuff.yaml"
    path.write_text(TEMPLATE, "utf-8")
    template = load_template(path, load_catalogue())
    plan = instantiate(template, Patient(name="Ann"), SURGERY, conditions=["cuff-large-tear"])
    assert plan.phases[0].by_condition == template.phases[0].by_condition
    assert plan.phases[0].by_condition is not template.phases[0].by_condition
    assert in_effect(plan).phases[0].name == "Rest longer"


@pytest.mark.parametrize(("change", "field", "words"), [
    (("- condition: cuff-large-tear", "- condition: graft-hamstring"),
     "phases[0].by_condition[0].condition", "'graft-hamstring' is not one of the template's "
     "conditions"),
    (("- condition: cuff-large-tear", "- condition: Big Tear"),
     "phases[0].by_condition[0].condition", "'Big Tear' is not a valid id"),
    (("        name: Rest longer\n", "        name: ''\n"),
     "phases[0].by_condition[0].name", "at least 1 character"),
])
def test_a_wrong_condition_in_a_templates_words_is_named(tmp_path: Path, change: tuple[str, str],
                                                         field: str, words: str) -> None:
    path = tmp_path / "my-cuff.yaml"
    path.write_text(TEMPLATE.replace(*change), "utf-8")
    with pytest.raises(DataFileError) as info:
        load_template(path, load_catalogue())
    message = str(info.value)
    assert "my-cuff.yaml" in message and field in message and words in message


@pytest.mark.parametrize(("template_id", "conditions", "index", "name", "not_said"), [
    ("acl-reconstruction", ["graft-hamstring"], 1, "Walk with crutches",
     "Walk without crutches and without a limp."),
    ("acl-reconstruction", ["graft-allograft"], 1, "Walk with crutches",
     "You walk without crutches or a limp."),
    ("meniscus-repair", ["meniscus-root-radial-repair"], 1, "Keep weight off your leg",
     "Put more weight on your leg as you are allowed."),
])
def test_other_variants_print_what_their_orders_allow(template_id: str, conditions: list[str],
                                                      index: int, name: str,
                                                      not_said: str) -> None:
    template = TEMPLATES[template_id]
    shown = in_effect(instantiate(template, Patient(name="Ann"), SURGERY, conditions=conditions))
    phase = shown.phases[index]
    assert phase.name == name and not_said not in [*phase.goals, *phase.criteria]
    usual = in_effect(instantiate(template, Patient(name="Ann"), SURGERY))
    assert not_said in [*usual.phases[index].goals, *usual.phases[index].criteria]


def test_edits_and_a_clinic_template_keep_the_words() -> None:
    from rehab_planner.plans.edits import rename_phase, set_phase_weeks
    from rehab_planner.templates.from_plan import template_from_plan

    plan = instantiate(CUFF, Patient(name="Ann"), SURGERY, conditions=["cuff-large-tear"])
    words = plan.phases[1].by_condition
    plan, _ = rename_phase(plan, plan.phases[1].id, "Stage two")
    plan, _ = set_phase_weeks(plan, plan.phases[1].id, 3, 6)
    assert plan.phases[1].by_condition == words
    assert in_effect(plan).phases[1].name == "Let the repair heal"
    again = template_from_plan(plan, "clinic-cuff", "My cuff")
    assert again.phases[1].by_condition == words
