"""Tests of the protocol templates: the shipped files, the loader's errors and instantiation."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_planner import paths
from rehab_planner.errors import DataFileError, UnknownExerciseError
from rehab_planner.guidance import load_guidance
from rehab_planner.model import (
    Clinic,
    Exercise,
    Movement,
    Patient,
    PrecautionSetting,
    Prescription,
    Template,
)
from rehab_planner.plans.conditions import holds
from rehab_planner.readability import PATIENT_GRADE_LIMIT, grade
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.index import ExerciseFacts
from rehab_planner.safety.rules import daily_minutes
from rehab_planner.templates import check_exercise_ids, instantiate, load_templates

EXPECTED = {
    "lumbar-fusion",
    "cervical-fusion",
    "total-knee-replacement",
    "total-hip-replacement",
    "acl-reconstruction",
    "rotator-cuff-repair",
    "lumbar-microdiscectomy",
    # added by tmpl-a
    "reverse-total-shoulder",
    "anatomic-total-shoulder",
    "hip-arthroscopy",
    "meniscus-repair",
    # issue 14, item 7 (branch tmpl-b)
    "achilles-repair",
    "ankle-fracture-fixation",
    "lumbar-laminectomy",
    "cervical-disc-replacement",
}
CATALOGUE = load_catalogue()
TEMPLATES = load_templates(catalogue=CATALOGUE)


def _library() -> dict[str, Exercise]:
    """The shipped exercise library, read straight from exercises/*.yaml."""
    library: dict[str, Exercise] = {}
    for path in sorted(paths.exercises_dir().glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for raw in data.get("exercises", []):
            exercise = Exercise.model_validate(raw)
            library[exercise.id] = exercise
    return library


LIBRARY = _library()
TEMPLATE_IDS = sorted(EXPECTED)


def test_all_shipped_templates_load() -> None:
    assert set(TEMPLATES) == EXPECTED
    for template in TEMPLATES.values():
        assert template.sources and template.description
        assert template.main_message or all(p.main_message for p in template.phases), template.id


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_exercise_exists_in_the_library(template_id: str) -> None:
    check_exercise_ids(TEMPLATES[template_id], set(LIBRARY))


def _can_hold_together(*entries: PrecautionSetting | Prescription) -> bool:
    """True when some set of conditions switches all the entries on (only_if met, no unless)."""
    off = set().union(*(e.unless for e in entries))
    return all(not e.only_if or set(e.only_if) - off for e in entries)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_no_exercise_breaks_an_active_precaution(template_id: str) -> None:
    template = TEMPLATES[template_id]
    for phase in template.phases:
        for setting in template.precautions:
            if not setting.active_during(phase.weeks_from, phase.weeks_to):
                continue
            forbidden = set(CATALOGUE[setting.id].forbids)
            for rx in phase.prescriptions:
                if not _can_hold_together(setting, rx) or rx.exercise_id in \
                        CATALOGUE[setting.id].allows:
                    continue  # conditions (a template variant) never switch both on, or allowed
                clash = forbidden & set(LIBRARY[rx.exercise_id].movements)
                assert not clash, f"{phase.name}: {rx.exercise_id} breaks {setting.id}: {clash}"


def test_lumbar_fusion_first_phase_never_bends_twists_or_lifts() -> None:
    first = TEMPLATES["lumbar-fusion"].phases[0]
    assert first.weeks_from == 0 and first.prescriptions
    banned = {Movement.LUMBAR_FLEXION, Movement.LUMBAR_ROTATION, Movement.LIFTING}
    for rx in first.prescriptions:
        assert not banned & set(LIBRARY[rx.exercise_id].movements), rx.exercise_id
    ids = {p.id for p in TEMPLATES["lumbar-fusion"].precautions}
    assert {"spinal-blt", "no-overhead-reach"} <= ids


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_phases_are_ordered_contiguous_and_within_budget(template_id: str) -> None:
    template = TEMPLATES[template_id]
    assert template.phases[0].weeks_from == 0
    for before, after in zip(template.phases, template.phases[1:], strict=False):
        assert before.weeks_to == after.weeks_from
    # Each line of the protocol (as written, and each variant's conditions) as its patient gets
    # it: one exercise may come twice in a stage, once per line (the conservative Achilles line
    # starts its standing work two weeks later).
    lines = [[], *(list(v.conditions) for v in template.variants)]
    for phase, conditions in ((p, c) for p in template.phases for c in lines):
        given = [rx for rx in phase.prescriptions if holds(rx, conditions)]
        limit = template.settings.max_exercises_per_phase
        assert 0 < len(given) <= min(limit, 10), phase.name
        # counted as the time-budget rule counts: walking and posture kept for minutes are
        # daily life, not program time (a walking dose must reach the stage's walking goal)
        minutes = sum(
            daily_minutes(ExerciseFacts(LIBRARY[rx.exercise_id], frozenset(), (), True),
                          LIBRARY[rx.exercise_id].dosage.merged(rx.dosage))
            for rx in given
        )
        assert minutes <= template.settings.max_minutes_a_day, f"{phase.name}: {minutes:.1f} min"
        assert len({rx.exercise_id for rx in given}) == len(given), (phase.name, conditions)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_patient_words_read_at_grade_six(template_id: str) -> None:
    template = TEMPLATES[template_id]
    lines = [template.main_message]
    for phase in template.phases:
        assert phase.goals and phase.criteria, phase.name
        lines += [phase.main_message, *phase.goals, *phase.criteria,
                  *(rx.note for rx in phase.prescriptions if rx.note)]
        for words in phase.by_condition:
            lines += [words.main_message or "", *words.goals, *words.criteria]
    for line in lines:
        assert grade(line) <= PATIENT_GRADE_LIMIT, line


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_guidance_topics_exist(template_id: str) -> None:
    topics = load_guidance().topics
    assert TEMPLATES[template_id].guidance
    assert set(TEMPLATES[template_id].guidance) <= set(topics)


def test_instantiate_makes_a_fresh_plan() -> None:
    template = TEMPLATES["lumbar-fusion"]
    patient = Patient(name="Ada Example", record_number="MRN-1")
    clinic = Clinic(name="Riverside PT", phone="555-0100")
    plan = instantiate(template, patient, dt.date(2024, 5, 6), therapist="Sam", clinic=clinic)
    assert plan.patient == patient and plan.surgery_date == dt.date(2024, 5, 6)
    assert plan.template_id == "lumbar-fusion" and plan.procedure == template.procedure
    assert plan.main_message == template.main_message and plan.therapist == "Sam"
    assert plan.clinic.phone == "555-0100"
    assert plan.precautions == template.precautions
    assert plan.guidance == template.guidance and plan.settings == template.settings
    assert [p.name for p in plan.phases] == [p.name for p in template.phases]
    assert plan.exercise_ids()
    template_ids = {p.id for p in template.phases} | {
        rx.id for p in template.phases for rx in p.prescriptions
    }
    plan_ids = [p.id for p in plan.phases] + [rx.id for p in plan.phases for rx in p.prescriptions]
    assert len(plan_ids) == len(set(plan_ids))
    assert not template_ids & set(plan_ids)
    again = instantiate(template, patient, dt.date(2024, 5, 6))
    assert not {p.id for p in again.phases} & {p.id for p in plan.phases}
    # Editing the plan leaves the template alone.
    plan.phases[0].goals.append("Extra goal.")
    plan.precautions[0].params["lift_limit_lb"] = 5
    plan.guidance.append("extra")
    assert "Extra goal." not in template.phases[0].goals
    assert template.precautions[0].params["lift_limit_lb"] == 10
    assert "extra" not in template.guidance


def test_unknown_exercise_ids_are_named_with_their_phase() -> None:
    template = TEMPLATES["lumbar-fusion"]
    known = set(template.phases[0].prescriptions[0].exercise_id for _ in [0])
    plan = instantiate(template, Patient(name="X"), dt.date(2024, 1, 1))
    with pytest.raises(UnknownExerciseError) as info:
        check_exercise_ids(plan, known)
    message = str(info.value)
    assert f"phase '{template.phases[1].name}'" in message
    assert template.phases[2].prescriptions[0].exercise_id in info.value.ids
    assert "X" not in message.split(":")[0]


def _copy_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    shutil.copytree(paths.templates_dir(), folder)
    return folder


def _edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")


def test_broken_field_names_file_template_and_field(tmp_path: Path) -> None:
    folder = _copy_templates(tmp_path)
    path = folder / "lumbar-fusion.yaml"
    _edit(path, lambda d: d["phases"][1]["prescriptions"][0].update(exercise_id="Not An Id"))
    with pytest.raises(DataFileError) as info:
        load_templates(folder, CATALOGUE)
    assert info.value.path == path
    assert info.value.lines()[0].startswith(
        f"{path}: lumbar-fusion: phases[1].prescriptions[0].exercise_id: "
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["phases"][1].update(weeks_from=7), "phases[1].weeks_from: phase"),
        (lambda d: d["phases"][0].update(weeks_to=None), "phases[0].weeks_to: only the last"),
        (lambda d: d.update(id="other"), "id: must match the file name"),
        (lambda d: d["precautions"].append({"id": "lift-limit"}), "cannot be combined"),
        (lambda d: d["precautions"][0]["params"].update(lift_limit_lb=99), "above the maximum"),
        (lambda d: d["precautions"].append({"id": "no-such"}), "'no-such' is not in the catalogue"),
        (lambda d: d["settings"].update(sitting_limit_minutes=1), "settings.sitting_limit_minutes"),
        (lambda d: d.update(colour="blue"), "colour: Extra inputs are not permitted"),
    ],
)
def test_template_problems_are_reported(tmp_path: Path, change: object, expected: str) -> None:
    folder = _copy_templates(tmp_path)
    _edit(folder / "lumbar-fusion.yaml", change)
    with pytest.raises(DataFileError, match="lumbar-fusion") as info:
        load_templates(folder, CATALOGUE)
    assert expected in str(info.value)


def test_not_yaml_is_a_data_file_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: [unclosed\n", "utf-8")
    with pytest.raises(DataFileError, match=r"bad\.yaml: line .*not valid YAML"):
        load_templates(tmp_path, CATALOGUE)


yaml_leaf = st.none() | st.booleans() | st.integers(-5, 200) | st.text(max_size=12)
yaml_like = st.recursive(
    yaml_leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
template_keys = st.sampled_from(
    ["id", "name", "procedure", "phases", "precautions", "guidance", "settings", "schema_version"]
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.dictionaries(template_keys, yaml_like, max_size=3),
    drop=st.lists(template_keys, max_size=2),
)
def test_random_template_data_loads_or_fails_cleanly(
    tmp_path: Path, changes: dict[str, object], drop: list[str]
) -> None:
    data = yaml.safe_load((paths.templates_dir() / "lumbar-fusion.yaml").read_text("utf-8"))
    data.update(changes)
    for key in drop:
        data.pop(key, None)
    folder = tmp_path / "random"
    folder.mkdir(exist_ok=True)
    path = folder / "lumbar-fusion.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    try:
        result = load_templates(folder, CATALOGUE)
    except DataFileError as err:
        assert err.path == path and err.problems
    else:
        assert isinstance(result["lumbar-fusion"], Template)
