"""Custom exercises shared through the patient database: two therapists, one clinic library."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.figures.photo import photo_path
from rehab_planner.handout.render import HandoutOptions, render_handout
from rehab_planner.library import load_library
from rehab_planner.library.custom import save_custom_exercise
from rehab_planner.library.loader import Library
from rehab_planner.library.shared import (
    merge_database_exercises,
    push_custom_exercises,
    share_exercise,
    without_exercises,
)
from rehab_planner.model import Category, Dosage, Exercise, Position, Prescription, Region
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.pictures import load_picture
from tests.storage.test_database import BACKENDS, backend_url, make_plan


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, once per backend."""
    return backend_url(request.param, tmp_path)


def towel_squeeze(photo: str | None = None, name: str = "Towel squeeze") -> Exercise:
    return Exercise(
        id="custom-towel-squeeze", name=name, region=Region.KNEE,
        category=Category.STRENGTHENING, position=Position.SITTING,
        steps=["Put a rolled towel between your knees.", "Squeeze it for 5 seconds."],
        dosage=Dosage(reps=10, times_a_day=2), photo=photo, custom=True,
    )


def png(path: Path, colour: str = "red") -> bytes:
    Image.new("RGB", (40, 30), colour).save(path)
    return path.read_bytes()


def test_one_therapist_shares_an_exercise_the_other_sees_it_with_its_photo(
    url: str, tmp_path: Path
) -> None:
    # Kim writes a custom exercise with a photo on her computer.
    png(paths.custom_exercises_dir() / "custom-towel-squeeze.png")
    # only re-encoded pixels are shared, never the file's own bytes
    photo = load_picture(paths.custom_exercises_dir() / "custom-towel-squeeze.png").data
    exercise = towel_squeeze("custom-towel-squeeze.png")
    save_custom_exercise(exercise)
    kim, sam = PatientDatabase.open(url), PatientDatabase.open(url)
    try:
        assert share_exercise(kim, exercise, by="PT Kim") is True

        # Sam, on another connection, merges the clinic's exercises into his library.
        cache = paths.shared_photos_dir()
        base = Library()
        library = merge_database_exercises(base, sam, cache)
        got = library.get("custom-towel-squeeze")
        assert got.name == "Towel squeeze" and got.custom
        assert got.photo is not None and Path(got.photo).parent == cache
        assert Path(got.photo).read_bytes() == photo
        # The figures and the handout both find the photo by the exercise alone.
        assert photo_path(got) == Path(got.photo)
        assert "custom-towel-squeeze" not in base  # the base library is left alone

        # The database keeps a file name, never Kim's folder.
        stored = sam.shared_exercises()[0]
        assert stored.exercise.photo == "custom-towel-squeeze.png"
        assert stored.saved_by == "PT Kim" and stored.photo == photo

        # Kim renames it; Sam's next merge shows the new name and rewrites nothing else.
        before = Path(got.photo).stat().st_mtime_ns
        share_exercise(kim, towel_squeeze("custom-towel-squeeze.png", "Towel squeeze (soft)"),
                       by="PT Kim")
        again = merge_database_exercises(library, sam, cache)
        assert again.get("custom-towel-squeeze").name == "Towel squeeze (soft)"
        assert Path(got.photo).stat().st_mtime_ns == before
    finally:
        kim.close()
        sam.close()


def test_shared_exercises_replace_own_copies_but_never_shipped_ones(
    url: str, tmp_path: Path
) -> None:
    shipped = load_library(include_custom=False)
    bridge = shipped.get("bridge")
    with PatientDatabase.open(url) as db:
        # Someone stored an exercise with a shipped id: the shipped one stays.
        db.save_custom_exercise(bridge.model_copy(update={"name": "Not the bridge"}), by="X")
        db.save_custom_exercise(towel_squeeze(), by="PT Kim")
        mine = shipped.with_exercise(towel_squeeze(name="My old towel squeeze"))
        merged = merge_database_exercises(mine, db, tmp_path)
    assert merged.get("bridge").name == bridge.name
    assert merged.get("custom-towel-squeeze").name == "Towel squeeze"
    assert len(merged) == len(shipped) + 1
    assert "custom-towel-squeeze" not in without_exercises(merged, ["custom-towel-squeeze"])


def test_a_photo_removed_from_an_exercise_is_not_shown_again(url: str, tmp_path: Path) -> None:
    with PatientDatabase.open(url) as db:
        db.save_custom_exercise(towel_squeeze("t.png"), b"\x89PNG old", by="PT Kim")
        db.save_custom_exercise(towel_squeeze(None), None, by="PT Kim")  # photo taken off
        cache = tmp_path / "cache"
        cache.mkdir()
        merged = merge_database_exercises(Library(), db, cache)
    assert merged.get("custom-towel-squeeze").photo is None
    assert not list(cache.iterdir())


def test_the_handout_prints_a_shared_photo(url: str, tmp_path: Path) -> None:
    photo = png(tmp_path / "source.png", "blue")
    with PatientDatabase.open(url) as db:
        db.save_custom_exercise(towel_squeeze("towel.png"), photo, by="PT Kim")
        library = merge_database_exercises(load_library(include_custom=False), db)
    exercise = library.get("custom-towel-squeeze")
    assert exercise.photo is not None
    assert Path(exercise.photo).parent == paths.shared_photos_dir()
    plan = make_plan().model_copy(deep=True)
    plan.phases[0].prescriptions.append(Prescription(exercise_id="custom-towel-squeeze"))
    result = render_handout(plan, HandoutOptions(), library=library)
    assert not [w for w in result.warnings if "photo" in w.lower()]
    images = [image for page in PdfReader(io.BytesIO(result.pdf)).pages for image in page.images]
    assert any(image.image.size == (40, 30) for image in images)


def test_push_exercises_uploads_files_and_photos(url: str) -> None:
    folder = paths.custom_exercises_dir()
    photo = png(folder / "custom-towel-squeeze.png")
    save_custom_exercise(towel_squeeze("custom-towel-squeeze.png"))
    save_custom_exercise(towel_squeeze(name="Chair march").model_copy(
        update={"id": "custom-chair-march"}))
    (folder / "custom-broken.yaml").write_text("schema_version: 1\nexercises: [{name: 3}]\n")
    with PatientDatabase.open(url) as db:
        result = push_custom_exercises(db, by="PT Kim")
        shared = {s.exercise.id: s for s in db.shared_exercises()}
    assert sorted(e.id for e in result.saved) == ["custom-chair-march", "custom-towel-squeeze"]
    assert result.photos == 1
    assert any("custom-broken.yaml" in line for line in result.problems)
    assert shared["custom-towel-squeeze"].photo == load_picture(folder / "custom-towel-squeeze.png").data
    assert photo.startswith(b"\x89PNG")
    assert shared["custom-chair-march"].photo is None and not shared["custom-chair-march"].has_photo


def test_cli_lists_and_pushes_exercises(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "db", "exercises"]) == 0
    assert "no shared custom exercises" in capsys.readouterr().err

    png(paths.custom_exercises_dir() / "custom-towel-squeeze.png")
    save_custom_exercise(towel_squeeze("custom-towel-squeeze.png"))
    assert main(["--db", url, "db", "push-exercises", "--by", "PT Kim"]) == 0
    captured = capsys.readouterr()
    assert captured.out.split() == ["custom-towel-squeeze"]
    assert "Saved 1 custom exercise (1 with a photo)" in captured.err

    assert main(["--db", url, "db", "exercises"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("custom-towel-squeeze ") and "PT Kim: Towel squeeze  (photo)" in line

    assert main(["--db", url, "db", "exercises", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{
        "id": "custom-towel-squeeze", "name": "Towel squeeze", "region": "knee",
        "category": "strengthening", "photo": "custom-towel-squeeze.png", "saved_by": "PT Kim",
        "saved_at": rows[0]["saved_at"],
    }]
    assert rows[0]["saved_at"].endswith("+00:00")

    # A broken file is named and the command says so with its exit code.
    (paths.custom_exercises_dir() / "custom-bad.yaml").write_text("exercises: nope\n")
    assert main(["--db", url, "db", "push-exercises"]) == 1
    assert "skipped:" in capsys.readouterr().err
