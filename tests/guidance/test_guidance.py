"""Tests of patient guidance: topics, warning signs and precaution lines filled from a plan."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rehab_planner import paths
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.guidance import (
    Guidance,
    context,
    load_guidance,
    precaution_lines,
    topics_for,
    warning_signs_for,
)
from rehab_planner.labels import labels
from rehab_planner.model import (
    Category,
    Clinic,
    Equipment,
    Patient,
    Plan,
    PlanSettings,
    PrecautionSetting,
    Surgeon,
)
from rehab_planner.model.precaution import Precaution
from rehab_planner.readability import PATIENT_GRADE_LIMIT, grade
from rehab_planner.safety.catalogue import load_catalogue

GUIDANCE = load_guidance()
CATALOGUE = load_catalogue()
ALL_TOPICS = list(GUIDANCE.topics)


def make_plan(**changes: object) -> Plan:
    data: dict[str, object] = {
        "patient": Patient(name="Test Patient"),
        "procedure": "Lumbar spinal fusion",
        "surgery_date": dt.date(2024, 3, 1),
        "template_id": "lumbar-fusion",
        "precautions": [PrecautionSetting(id="spinal-blt", weeks_to=12)],
        "guidance": ALL_TOPICS,
    }
    data.update(changes)
    return Plan.model_validate(data)


def all_text(plan: Plan, guidance: Guidance = GUIDANCE) -> list[str]:
    out: list[str] = []
    for topic in topics_for(plan, guidance, CATALOGUE):
        out += [topic.title, *topic.bullets]
    signs = warning_signs_for(plan, guidance, CATALOGUE)
    out += [
        signs.call_911_heading,
        *signs.call_911,
        signs.call_surgeon_heading,
        *signs.call_surgeon,
    ]
    return out + precaution_lines(plan, CATALOGUE)


def assert_clean(lines: list[str]) -> None:
    for line in lines:
        assert "{" not in line and "}" not in line, line
        assert "None" not in line, line
        assert line.strip(), "an empty line"


def test_every_required_topic_exists() -> None:
    expected = {"weight", "walking", "lifting", "sitting", "sleep", "smoking", "medicines"}
    assert expected | {"brace", "wound", "work"} <= set(GUIDANCE.topics)
    assert GUIDANCE.topics["walking"].title == "Walking and staying active"


def test_sitting_limit_comes_from_the_plan() -> None:
    def sitting(minutes: int) -> str:
        plan = make_plan(settings=PlanSettings(sitting_limit_minutes=minutes), guidance=["sitting"])
        return " ".join(topics_for(plan, GUIDANCE, CATALOGUE)[0].bullets)

    assert "more than 30 minutes" in sitting(30)
    assert "more than 15 minutes" in sitting(15)
    assert "30 minutes" not in sitting(15)


def test_driving_sentence_follows_the_setting() -> None:
    plan = make_plan(settings=PlanSettings(driving_weeks=4), guidance=["sitting"])
    bullets = topics_for(plan, GUIDANCE, CATALOGUE)[0].bullets
    # surgery on 1 Mar 2024: 4 weeks later is 29 Mar 2024 (a date, never a count of weeks)
    assert "Do not drive before 29 Mar 2024. Your surgeon must also say it is OK." in bullets
    assert "Ask your surgeon when you may drive again." not in bullets
    assert any("opioid" in b for b in bullets)
    plan = make_plan(settings=PlanSettings(driving_weeks=None), guidance=["sitting"])
    bullets = topics_for(plan, GUIDANCE, CATALOGUE)[0].bullets
    assert "Ask your surgeon when you may drive again." in bullets
    assert not any("Do not drive before" in b for b in bullets)


def test_lift_limit_comes_from_the_spinal_precaution() -> None:
    plan = make_plan(
        precautions=[PrecautionSetting(id="spinal-blt", weeks_to=12, params={"lift_limit_lb": 5})],
        guidance=["lifting"],
    )
    assert context(plan, CATALOGUE)["lift_limit_kg"] == "2.3"
    bullets = topics_for(plan, GUIDANCE, CATALOGUE)[0].bullets
    # the limit lasts as long as the precaution, and says so with its end date
    assert "Until 24 May 2024: Do not lift anything heavier than 5 pounds (2.3 kg)." in bullets
    assert "Until 24 May 2024: Use a grabber to pick things up from the floor." in bullets
    plan = make_plan(precautions=[], guidance=["lifting"])
    bullets = topics_for(plan, GUIDANCE, CATALOGUE)[0].bullets
    assert "Do not lift anything heavy. Ask your surgeon how much you may lift." in bullets
    assert not any("pounds" in b for b in bullets)
    assert not any("grabber" in b for b in bullets)  # a rule of the spinal or hip precautions


def test_fever_brace_nsaid_and_phones_fill_in() -> None:
    plan = make_plan(
        settings=PlanSettings(fever_f=100.4, brace=True, brace_weeks=6, no_nsaid_weeks=2),
        surgeon=Surgeon(name="Dr Bones", phone="555-0100"),
    )
    text = "\n".join(all_text(plan))
    assert "100.4°F (38°C)" in text
    assert "Wear your brace until 12 Apr 2024" in text
    assert "ibuprofen, naproxen or aspirin before 15 Mar 2024" in text
    assert "Call your surgeon today at 555-0100 for any of these:" in text
    plan = make_plan(clinic=Clinic(phone="555-0199"))
    signs = warning_signs_for(plan, GUIDANCE, CATALOGUE)
    assert signs.call_surgeon_heading == "Call your clinic today at 555-0199 for any of these:"
    assert signs.call_911_heading.startswith("Call 911 ")


def test_warning_signs_depend_on_the_procedure() -> None:
    lumbar = warning_signs_for(make_plan(), GUIDANCE, CATALOGUE)
    neck = warning_signs_for(
        make_plan(template_id="cervical-fusion", precautions=[]), GUIDANCE, CATALOGUE
    )
    knee = warning_signs_for(
        make_plan(template_id="total-knee-replacement", precautions=[]), GUIDANCE, CATALOGUE
    )
    assert any("groin" in s for s in lumbar.call_911)
    assert not any("Neck swelling" in s for s in lumbar.call_911)
    assert any("Neck swelling" in s for s in neck.call_911)
    assert not any("groin" in s for s in neck.call_911 + knee.call_911)
    assert any("calf" in s for s in knee.call_surgeon)
    assert any("Sudden shortness of breath" in s for s in knee.call_911)
    # A plan made without a template still gets the back signs through its precaution.
    custom = warning_signs_for(make_plan(template_id=None), GUIDANCE, CATALOGUE)
    assert any("groin" in s for s in custom.call_911)


def test_precaution_lines_say_when_in_plain_words() -> None:
    plan = make_plan(
        precautions=[
            PrecautionSetting(id="spinal-blt", weeks_to=12, params={"lift_limit_lb": 8}),
            PrecautionSetting(id="no-lying-on-stomach", weeks_from=0, weeks_to=1),
            PrecautionSetting(id="no-overhead-reach", weeks_from=6, weeks_to=12),
            PrecautionSetting(id="no-pivoting", weeks_from=0, weeks_to=None),
        ]
    )
    lines = precaution_lines(plan, CATALOGUE)
    # surgery on 1 Mar 2024: each end is a calendar date, the day the rule stops
    assert lines[0] == (
        "Until 24 May 2024: Do not bend at the waist, lift more than 8 pounds "
        "(3.6 kg), or twist your back."
    )
    assert lines[1].startswith("Until 8 Mar 2024: ")
    assert lines[2].startswith("From 12 Apr to 24 May 2024: ")
    assert lines[3].startswith("Until your surgeon says you may stop: ")
    assert not any("weeks" in line for line in lines)
    with pytest.raises(RehabError, match="'nope' is not in the catalogue"):
        precaution_lines(make_plan(precautions=[PrecautionSetting(id="nope")]), CATALOGUE)


def test_unknown_topic_is_a_clear_error() -> None:
    with pytest.raises(RehabError, match="Unknown guidance topic 'dancing'"):
        topics_for(make_plan(guidance=["walking", "dancing"]), GUIDANCE, CATALOGUE)


def test_topics_keep_the_plan_order() -> None:
    plan = make_plan(guidance=["work", "walking", "smoking"])
    assert [t.id for t in topics_for(plan, GUIDANCE, CATALOGUE)] == ["work", "walking", "smoking"]


@pytest.mark.parametrize(
    "template_id",
    [
        "lumbar-fusion",
        "cervical-fusion",
        "total-knee-replacement",
        "total-hip-replacement",
        "acl-reconstruction",
        "rotator-cuff-repair",
        "lumbar-microdiscectomy",
        None,
    ],
)
def test_every_topic_and_warning_sign_reads_at_grade_six(template_id: str | None) -> None:
    plan = make_plan(template_id=template_id, precautions=[])
    for topic in topics_for(plan, GUIDANCE, CATALOGUE):
        assert topic.bullets, f"topic {topic.id} has nothing to say"
        assert grade("\n".join([topic.title, *topic.bullets])) <= PATIENT_GRADE_LIMIT, topic.id
        for bullet in topic.bullets:
            assert grade(bullet) <= PATIENT_GRADE_LIMIT, bullet
    signs = warning_signs_for(plan, GUIDANCE, CATALOGUE)
    assert signs.call_911 and signs.call_surgeon
    for line in [
        signs.call_911_heading,
        *signs.call_911,
        signs.call_surgeon_heading,
        *signs.call_surgeon,
    ]:
        assert grade(line) <= PATIENT_GRADE_LIMIT, line


def test_every_raw_guidance_line_reads_at_grade_six() -> None:
    lines = [b.text for t in GUIDANCE.topics.values() for b in t.bullets]
    signs = GUIDANCE.warning_signs
    lines += [s.text for s in signs.call_911 + signs.call_surgeon]
    lines += [h.text for h in signs.headings.call_911 + signs.headings.call_surgeon]
    for line in lines:
        assert grade(line) <= PATIENT_GRADE_LIMIT, line


weeks = st.none() | st.integers(min_value=0, max_value=52)
positive_weeks = st.none() | st.integers(min_value=1, max_value=52)
phones = st.text(alphabet="0123456789 +-()", max_size=20)


@settings(max_examples=75, deadline=None)
@given(
    sitting=st.integers(min_value=5, max_value=240),
    fever=st.floats(min_value=99.0, max_value=104.0, allow_nan=False),
    driving=weeks,
    work=weeks,
    brace=st.booleans(),
    brace_weeks=positive_weeks,
    nsaid=positive_weeks,
    walking=st.integers(min_value=5, max_value=120),
    emergency=st.sampled_from(["911", "112", "999", "", "  "]),
    surgeon_phone=phones,
    clinic_phone=phones,
    lift=st.none() | st.integers(min_value=0, max_value=50),
    template_id=st.sampled_from(
        [None, "lumbar-fusion", "cervical-fusion", "total-hip-replacement", "rotator-cuff-repair"]
    ),
)
def test_no_setting_ever_leaves_a_placeholder(
    sitting: int,
    fever: float,
    driving: int | None,
    work: int | None,
    brace: bool,
    brace_weeks: int | None,
    nsaid: int | None,
    walking: int,
    emergency: str,
    surgeon_phone: str,
    clinic_phone: str,
    lift: int | None,
    template_id: str | None,
) -> None:
    plan_settings = PlanSettings(
        sitting_limit_minutes=sitting,
        fever_f=fever,
        driving_weeks=driving,
        return_to_work_weeks=work,
        brace=brace,
        brace_weeks=brace_weeks,
        no_nsaid_weeks=nsaid,
        walking_goal_minutes=walking,
        emergency_number=emergency,
    )
    precautions = []
    if lift is not None:
        precautions.append(
            PrecautionSetting(id="spinal-blt", weeks_to=12, params={"lift_limit_lb": lift})
        )
    plan = make_plan(
        settings=plan_settings,
        precautions=precautions,
        template_id=template_id,
        surgeon=Surgeon(phone=surgeon_phone),
        clinic=Clinic(phone=clinic_phone),
    )
    lines = all_text(plan)
    assert_clean(lines)
    assert f"more than {sitting} minutes" in "\n".join(lines)


def _copy_guidance(tmp_path: Path) -> Path:
    folder = tmp_path / "guidance"
    shutil.copytree(paths.guidance_dir(), folder)
    return folder


def _edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")


def test_unknown_placeholder_names_file_topic_and_field(tmp_path: Path) -> None:
    folder = _copy_guidance(tmp_path)
    path = folder / "topics.yaml"
    _edit(path, lambda d: d["topics"][1]["bullets"][2].update(text="Walk {walk_minutes} minutes."))
    with pytest.raises(DataFileError) as info:
        load_guidance(folder)
    assert info.value.lines() == [
        f"{path}: walking: bullets[2].text: unknown placeholder {{walk_minutes}}"
    ]


def test_unknown_condition_and_group_are_reported(tmp_path: Path) -> None:
    folder = _copy_guidance(tmp_path)
    _edit(folder / "topics.yaml", lambda d: d["topics"][0]["bullets"][0].update(when="moon"))
    with pytest.raises(
        DataFileError, match=r"weight: bullets\[0\]\.when: .*'moon' is not a plan value"
    ):
        load_guidance(folder)
    folder = _copy_guidance(tmp_path / "again")
    _edit(folder / "warning-signs.yaml", lambda d: d["call_911"][0].update(only_for=["elbow"]))
    with pytest.raises(DataFileError, match=r"call_911: \[0\]\.only_for: 'elbow' is not a group"):
        load_guidance(folder)


def test_labels_cover_every_vocabulary_word(tmp_path: Path) -> None:
    result = labels()
    assert result.categories[Category.AEROBIC] == "Walking and fitness"
    assert result.categories[Category.POSTURE_BODY_MECHANICS] == "Sitting, standing and moving safely"
    assert set(result.equipment) == set(Equipment)
    folder = _copy_guidance(tmp_path)
    _edit(folder / "labels.yaml", lambda d: d["equipment"].pop("walker"))
    with pytest.raises(DataFileError, match="equipment: walker: no label"):
        labels(folder)


def test_catalogue_type_is_a_mapping_of_precautions() -> None:
    assert all(isinstance(p, Precaution) for p in CATALOGUE.values())


def test_topic_bullets_follow_the_procedure() -> None:
    def sleep(template_id: str, *orders: str) -> str:
        plan = make_plan(template_id=template_id, guidance=["sleep"],
                         precautions=[PrecautionSetting(id=o, weeks_to=6) for o in orders])
        return " ".join(topics_for(plan, GUIDANCE, CATALOGUE)[0].bullets)

    # the log roll and the straight knee are the surgeon's rules' (dated by them since stop 46)
    assert "log roll" in sleep("lumbar-fusion", "spinal-blt")
    assert "log roll" not in sleep("lumbar-fusion")
    assert "log roll" not in sleep("total-knee-replacement", "knee-straight-rest")
    assert "Do not put a pillow under your knee." in sleep("total-knee-replacement",
                                                           "knee-straight-rest")
    assert "Do not put a pillow under your knee." not in sleep("total-knee-replacement")
    assert "recliner" in sleep("rotator-cuff-repair")


UNDER = {"lift_rule": "less than the limit"}


def test_a_limit_to_stay_under_says_lighter_than_the_surgeons_number() -> None:
    # A surgeon's "nothing of 20 lb or more" was entered as 19 lb "up to" and printed "Do not
    # lift more than 19 pounds". The order now keeps 20 and says the patient stays under it.
    plan = make_plan(
        precautions=[PrecautionSetting(id="spinal-blt", weeks_to=2,
                                       params={"lift_limit_lb": 20, **UNDER})],
        guidance=["lifting"],
    )
    (line,) = [p for p in precaution_lines(plan, CATALOGUE) if "twist" in p]
    assert line.endswith("Do not bend at the waist or twist your back. Lift only things lighter "
                         "than 20 pounds (9.1 kg).")
    bullets = topics_for(plan, GUIDANCE, CATALOGUE)[0].bullets
    assert "Until 15 Mar 2024: Lift only things lighter than 20 pounds (9.1 kg)." in bullets
    assert not any("heavier than" in b or "19" in b for b in bullets)
    assert any("gallon of milk" in b for b in bullets)  # the weight guide still prints
    assert not any("Ask your surgeon how much" in b for b in bullets)


@pytest.mark.parametrize(("pid", "param", "under_text", "up_to_text"), [
    ("lift-limit", "lift_limit_lb", "Lift only things lighter than 30 pounds",
     "Do not lift anything heavier than 30 pounds"),
    ("push-pull-limit", "push_pull_limit_lb", "Push or pull only things lighter than 30 pounds",
     "Do not push or pull anything heavier than 30 pounds"),
])
def test_the_lift_and_push_limits_say_up_to_or_less_than(
        pid: str, param: str, under_text: str, up_to_text: str) -> None:
    rule = "lift_rule" if pid == "lift-limit" else "push_pull_rule"

    def line(params: dict[str, object]) -> str:
        plan = make_plan(precautions=[PrecautionSetting(id=pid, weeks_to=6, params=params)])
        (text,) = precaution_lines(plan, CATALOGUE)
        return text

    under = line({param: 30, rule: "less than the limit"})
    assert under_text in under and "heavier" not in under
    up_to = line({param: 30})
    assert up_to_text in up_to and "lighter" not in up_to
    # no lifting at all stays "Do not ... anything", whichever way the limit reads
    assert "Do not" in line({param: 0, rule: "less than the limit"})
    assert "lighter" not in line({param: 0, rule: "less than the limit"})
