"""Plan format 7 (an exercise that starts later than its stage): a format-6 file opens unchanged,
shows and checks as the format-6 app did; a start week survives a save, which writes format 7 so
an app that reads up to format 6 refuses it clearly; a newer file is refused.

data/plan-format-6-ankle.json, -show.txt and -check.json were made by the previous version
(plan format 6, commit ddb6cf0): an ankle fracture plan whose towel calf stretch still says
"Start this in week 4" in its note, as the template then did.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.errors import DataFileError, PlanFileError
from rehab_planner.model import SCHEMA_VERSION
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.planfile import load_plan, plan_to_json, save_plan
from tests.storage.start_notes import shown_as_before, undo_start_notes

DATA = Path(__file__).parent / "data"
FORMAT_6 = DATA / "plan-format-6-ankle.json"


def test_a_format_6_file_opens_unchanged(tmp_path: Path) -> None:
    path = shutil.copy(FORMAT_6, tmp_path / "old.json")
    before = json.loads(Path(path).read_text("utf-8"))
    assert before["schema_version"] == 6
    plan = load_plan(path)
    assert plan.schema_version == SCHEMA_VERSION >= 7
    after = json.loads(plan_to_json(plan))
    # the template's old note "Start this in week 4. ..." is the stretch's start week now; no
    # start_week is written for the other exercises
    assert undo_start_notes(after) == [("towel-calf-stretch", 4)]
    for key, value in before.items():
        if key != "schema_version":
            assert after[key] == value, key
    assert json.loads(Path(path).read_text("utf-8")) == before  # untouched on disk
    assert migrate_plan_data(json.loads(json.dumps(before)))["schema_version"] == SCHEMA_VERSION


def test_a_format_6_file_shows_and_checks_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["show", str(FORMAT_6)]) == 0
    shown = capsys.readouterr().out.splitlines(keepends=True)
    assert "      Starts: week 4 (30 Mar 2026)\n" in shown
    assert shown_as_before(shown) == (DATA / "plan-format-6-show.txt").read_text(
        "utf-8").splitlines(keepends=True)
    main(["check", str(FORMAT_6), "--json", "--date", "2026-04-01"])
    assert json.loads(capsys.readouterr().out) == json.loads(
        (DATA / "plan-format-6-check.json").read_text("utf-8"))


def test_a_start_week_survives_a_save_as_format_7(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    plan = load_plan(FORMAT_6)
    stretch = next(rx for rx in plan.phases[1].prescriptions
                   if rx.exercise_id == "towel-calf-stretch")
    assert (stretch.start_week, stretch.note) == (4, "Pull gently. Stop at a light stretch.")
    save_plan(plan, tmp_path / "new.json")
    raw = json.loads((tmp_path / "new.json").read_text("utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION >= 7  # an app that reads up to 6 refuses it
    saved = [rx for rx in raw["phases"][1]["prescriptions"] if "start_week" in rx]
    assert [(rx["exercise_id"], rx["start_week"]) for rx in saved] == [("towel-calf-stretch", 4)]
    assert load_plan(tmp_path / "new.json").phases == plan.phases
    capsys.readouterr()
    assert main(["show", str(tmp_path / "new.json")]) == 0
    assert "      Starts: week 4 (30 Mar 2026)\n" in capsys.readouterr().out


def test_a_bad_start_week_in_a_file_names_the_field(tmp_path: Path) -> None:
    data = json.loads(FORMAT_6.read_text("utf-8"))
    data["schema_version"] = SCHEMA_VERSION
    data["phases"][1]["prescriptions"][0]["start_week"] = "next week"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(Exception, match=r"prescriptions.*start_week"):
        load_plan(path)


SAMPLES = sorted(p for p in DATA.glob("plan-format-*.json") if not p.stem.endswith("-check"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_a_newer_file_is_refused_clearly(tmp_path: Path, sample: Path) -> None:
    data = json.loads(sample.read_text("utf-8"))  # each older format's sample, made newer
    data["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PlanFileError,
                       match=rf"newer version of Rehab Planner \(plan format {SCHEMA_VERSION + 1}"):
        load_plan(path)
    assert json.loads(path.read_text("utf-8")) == data  # left untouched


def test_the_old_start_note_is_translated_again_and_held_back(tmp_path: Path) -> None:
    # at ddb6cf0 the Spanish handout translated the template's note; with the sentence gone from
    # the template it would print in English, had the migration not made it a start week
    from rehab_planner.handout import HandoutOptions, render_handout
    from tests.handout.pdfread import page_texts

    plan = load_plan(FORMAT_6)
    options = HandoutOptions(printed_on=plan.surgery_date.replace(day=20), language="es")
    text = "\n".join(page_texts(render_handout(plan, options).pdf))  # week 2 of weeks 2 to 6
    assert "Start this in week" not in text
    assert "Jale con suavidad" in text and "Empiece este ejercicio el 30 de marzo de 2026" in text


def test_only_the_templates_sentence_inside_its_stage_becomes_a_start_week() -> None:
    data = json.loads(FORMAT_6.read_text("utf-8"))
    rxs = data["phases"][1]["prescriptions"]  # weeks 2 to 6
    rxs[0]["note"] = "Start this in week 9. Then go slowly."  # past the stage's end: left
    rxs[1]["note"] = "Please start this in week 4."  # not the template's sentence: left
    migrated = migrate_plan_data(json.loads(json.dumps(data)))["phases"][1]["prescriptions"]
    assert "start_week" not in migrated[0] and "start_week" not in migrated[1]
    assert migrated[0]["note"] == "Start this in week 9. Then go slowly."


@pytest.mark.parametrize("broken", [{"phases": 5}, {"phases": [{"weeks_from": 0,
                                                                "prescriptions": 3}]},
                                    {"phases": [{"weeks_from": "0", "prescriptions": [
                                        {"note": "Start this in week 2."}]}]}])
def test_a_broken_format_6_file_is_named_not_a_traceback(tmp_path: Path,
                                                        broken: dict[str, object]) -> None:
    data = json.loads(FORMAT_6.read_text("utf-8")) | broken
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(DataFileError, match=r"broken\.json: plan: phases"):  # file and field
        load_plan(path)
