"""Plans carry their custom exercises (issue 19, item 5): saved in the file and the database,
used on a computer without them, the plan's copy winning over a different local one."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.errors import DataFileError
from rehab_planner.library import load_library
from rehab_planner.library.custom import save_custom_exercise
from rehab_planner.library.embedded import embed_custom_exercises, library_for_plan
from rehab_planner.model import SCHEMA_VERSION, Exercise, Prescription
from rehab_planner.model.embedded import MAX_PHOTO_CHUNKS
from rehab_planner.storage.planfile import load_plan, plan_from_json, plan_to_json, save_plan

CUSTOM_ID = "custom-towel-knee-press"


def exercise(name: str = "Kneecap towel squash") -> Exercise:
    return Exercise.model_validate({
        "id": CUSTOM_ID, "name": name, "region": "knee", "category": "strengthening",
        "position": "sitting", "steps": ["Sit with a rolled towel under your knee.",
                                         "Press the knee down into the towel."],
        "dosage": {"reps": 10, "times_a_day": 2}, "custom": True, "photo": f"{CUSTOM_ID}.png",
    })


def write_photo(colour: tuple[int, int, int] = (200, 40, 40), size: int = 1400) -> None:
    Image.new("RGB", (size, size // 2), colour).save(paths.custom_exercises_dir()
                                                     / f"{CUSTOM_ID}.png")


def other_computer(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    os.environ["REHAB_PLANNER_DATA"] = str(folder)
    return folder


def plan_using_custom(tmp_path: Path) -> Path:
    """A knee plan saved on this computer with the custom exercise in its first phase."""
    save_custom_exercise(exercise())
    write_photo()
    made = tmp_path / "made.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "-o", str(made)]) == 0
    plan = load_plan(made)
    plan.phases[0].prescriptions.append(Prescription(exercise_id=CUSTOM_ID))
    saved = tmp_path / "ann.json"
    save_plan(embed_custom_exercises(plan, load_library()).plan, saved)
    return saved


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_saving_embeds_the_definition_and_a_scaled_re_encoded_photo(tmp_path: Path) -> None:
    plan = load_plan(plan_using_custom(tmp_path))
    assert [e.exercise.id for e in plan.custom_exercises] == [CUSTOM_ID]
    carried = plan.custom_exercises[0]
    assert carried.exercise.name == "Kneecap towel squash"
    assert carried.exercise.photo == f"{CUSTOM_ID}.png"  # a file name only, no folder
    assert carried.photo is not None and carried.photo.format == "PNG"
    data = base64.b64decode("".join(carried.photo.base64))
    with Image.open(__import__("io").BytesIO(data)) as image:
        assert max(image.size) == 900  # scaled down from 1400


def test_another_computer_checks_shows_and_prints_it(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    saved = plan_using_custom(tmp_path)
    other_computer(tmp_path, "other")
    assert CUSTOM_ID not in load_library()
    assert main(["check", str(saved)]) in (0, 1)
    _, err = capsys.readouterr()
    assert "Unknown exercise" not in err
    assert main(["show", str(saved)]) == 0
    assert "Kneecap towel squash" in capsys.readouterr().out
    pdf = tmp_path / "ann.pdf"
    assert main(["render", str(saved), "-o", str(pdf), "--accept-findings",
                 "--whole-program"]) == 0
    assert "Kneecap towel squash" in pdf_text(pdf)
    # The photo came from the plan into this computer's photo cache.
    found = library_for_plan(load_library(), load_plan(saved))
    photo = found.library.get(CUSTOM_ID).photo
    assert found.added == [CUSTOM_ID] and photo and Path(photo).is_file()
    assert Path(photo).parent == paths.shared_photos_dir()


def test_an_identical_local_copy_is_used_and_a_different_one_loses(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = plan_using_custom(tmp_path)
    plan = load_plan(saved)
    same = library_for_plan(load_library(), plan)
    assert same.differing == [] and same.added == []
    assert same.library.sources.get(CUSTOM_ID) is not None  # still the local file

    other_computer(tmp_path, "renamed")
    save_custom_exercise(exercise("Towel press, my way"))
    write_photo()
    found = library_for_plan(load_library(), plan)
    assert found.differing == [CUSTOM_ID]
    assert found.library.get(CUSTOM_ID).name == "Kneecap towel squash"
    capsys.readouterr()
    assert main(["check", str(saved), "--json"]) == 1
    out, err = capsys.readouterr()
    differs = [f for f in json.loads(out) if f["code"] == "embedded-copy-differs"]
    assert len(differs) == 1 and differs[0]["severity"] == "warning"
    assert "plan's copy of the exercise 'Kneecap towel squash'" in differs[0]["message"]
    assert "warning:" not in err  # a finding now, not only a line on stderr
    assert main(["check", str(saved)]) == 1
    assert "plan's copy of the exercise 'Kneecap towel squash'" in capsys.readouterr().out
    pdf = tmp_path / "ann.pdf"
    assert main(["render", str(saved), "-o", str(pdf), "--accept-findings",
                 "--whole-program"]) == 0
    text = pdf_text(pdf)
    assert "Kneecap towel squash" in text and "my way" not in text

    # Same words, another photo: also the plan's copy.
    other_computer(tmp_path, "rephotographed")
    save_custom_exercise(exercise())
    write_photo((20, 200, 20))
    assert library_for_plan(load_library(), plan).differing == [CUSTOM_ID]


def test_an_exercise_the_plan_stops_using_is_dropped_and_a_missing_one_kept(tmp_path: Path) -> None:
    plan = load_plan(plan_using_custom(tmp_path))
    other_computer(tmp_path, "other")
    kept = embed_custom_exercises(plan, load_library()).plan
    assert kept.custom_exercises == plan.custom_exercises
    plan.phases[0].prescriptions = [rx for rx in plan.phases[0].prescriptions
                                    if rx.exercise_id != CUSTOM_ID]
    assert embed_custom_exercises(plan, load_library()).plan.custom_exercises == []


def test_database_import_and_export_keep_the_carried_exercises(tmp_path: Path) -> None:
    saved = plan_using_custom(tmp_path)
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    plan = load_plan(saved)
    assert main(["--db", url, "db", "import", str(saved)]) == 0
    out = tmp_path / "back.json"
    assert main(["--db", url, "db", "export", plan.id, "-o", str(out)]) == 0
    back = load_plan(out)
    assert back.custom_exercises == plan.custom_exercises


def test_a_format_2_plan_opens_unchanged(tmp_path: Path) -> None:
    made = tmp_path / "made.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "-o", str(made)]) == 0
    data = json.loads(made.read_text("utf-8"))
    data["schema_version"] = 2
    del data["custom_exercises"]
    old = plan_from_json(json.dumps(data))
    assert old.schema_version == SCHEMA_VERSION and old.custom_exercises == []
    assert old.model_dump(exclude={"schema_version"}) == \
        load_plan(made).model_dump(exclude={"schema_version"})


def _hostile(tmp_path: Path, change: dict) -> str:
    tmp_path.mkdir(exist_ok=True)
    plan = load_plan(plan_using_custom(tmp_path))
    data = json.loads(plan_to_json(plan))
    data["custom_exercises"][0].update(change)
    with pytest.raises(DataFileError) as caught:
        plan_from_json(json.dumps(data), tmp_path / "hostile.json")
    return str(caught.value)


def test_a_broken_carried_exercise_names_file_entry_and_field(tmp_path: Path) -> None:
    bad = exercise().model_dump(mode="json") | {"category": "juggling"}
    message = _hostile(tmp_path, {"exercise": bad})
    assert "hostile.json" in message and "custom_exercises" in message and "category" in message


def test_carried_photos_are_bounded_and_checked(tmp_path: Path) -> None:
    message = _hostile(tmp_path, {"photo": {"format": "PNG",
                                            "base64": ["AAAA"] * (MAX_PHOTO_CHUNKS + 1)}})
    assert "custom_exercises" in message and "base64" in message
    assert "not base64" in _hostile(tmp_path / "b", {"photo": {"format": "PNG",
                                                               "base64": ["<script>"]}})


def test_a_carried_photo_that_is_not_a_picture_is_left_out(tmp_path: Path) -> None:
    plan = load_plan(plan_using_custom(tmp_path))
    data = json.loads(plan_to_json(plan))
    data["custom_exercises"][0]["photo"]["base64"] = [base64.b64encode(b"not a png").decode()]
    hostile = plan_from_json(json.dumps(data))
    other_computer(tmp_path, "other")
    found = library_for_plan(load_library(), hostile)
    assert found.added == [CUSTOM_ID]
    assert found.library.get(CUSTOM_ID).photo == f"{CUSTOM_ID}.png"  # no file: no photo shown
    assert not any(paths.shared_photos_dir().iterdir())


def test_a_clinic_shared_exercise_is_carried_with_its_photo(tmp_path: Path) -> None:
    import io

    from rehab_planner.library.shared import merge_database_exercises
    from rehab_planner.storage.database import PatientDatabase

    photo = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 90, 200)).save(photo, format="PNG")
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    with PatientDatabase.open(url) as db:
        db.save_custom_exercise(exercise(), photo.getvalue(), by="Sam")
        library = merge_database_exercises(load_library(), db)
    made = tmp_path / "made.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "-o", str(made)]) == 0
    plan = load_plan(made)
    plan.phases[0].prescriptions.append(Prescription(exercise_id=CUSTOM_ID))
    embedding = embed_custom_exercises(plan, library)
    assert embedding.warnings == []
    [carried] = embedding.plan.custom_exercises
    assert carried.photo is not None and carried.exercise.photo == f"{CUSTOM_ID}.png"
    other_computer(tmp_path, "no-database")
    found = library_for_plan(load_library(), embedding.plan)
    assert found.added == [CUSTOM_ID] and Path(found.library.get(CUSTOM_ID).photo or "").is_file()
