"""Importing photos: checked, scaled down, saved beside custom exercises; broken files refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from rehab_planner import paths
from rehab_planner.errors import RenderError
from rehab_planner.figures.photo import MAX_SIDE, import_photo, photo_path
from rehab_planner.model import Exercise


def test_a_large_photo_is_scaled_down_and_saved_in_the_custom_folder(tmp_path: Path) -> None:
    source = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), "blue").save(source, quality=90)
    name = import_photo(source, "custom-my-stretch")
    saved = paths.custom_exercises_dir() / name
    assert name == "custom-my-stretch.jpg"
    with Image.open(saved) as image:
        assert image.format == "JPEG"
        assert image.size == (MAX_SIDE, 1200)


def test_a_small_png_stays_a_png_of_the_same_size(tmp_path: Path) -> None:
    source = tmp_path / "small.png"
    Image.new("RGBA", (300, 200), (0, 255, 0, 128)).save(source)
    name = import_photo(source, "custom-a", folder=tmp_path)
    with Image.open(tmp_path / name) as image:
        assert (image.format, image.size) == ("PNG", (300, 200))


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"this is not a picture", "not a picture that can be used"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "not a picture that can be used"),
    ],
)
def test_a_broken_file_is_a_clear_error(tmp_path: Path, content: bytes, words: str) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(content)
    with pytest.raises(RenderError, match=words):
        import_photo(source, "custom-a", folder=tmp_path)
    assert not (tmp_path / "custom-a.png").exists()


def test_other_picture_types_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "anim.gif"
    Image.new("RGB", (10, 10)).save(source, format="GIF")
    with pytest.raises(RenderError, match="use a PNG or JPEG"):
        import_photo(source, "custom-a", folder=tmp_path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="cannot be read"):
        import_photo(tmp_path / "nope.jpg", "custom-a", folder=tmp_path)


def test_photo_path_finds_a_custom_exercise_photo(tmp_path: Path) -> None:
    source = tmp_path / "p.png"
    Image.new("RGB", (20, 20)).save(source)
    name = import_photo(source, "custom-b")
    exercise = Exercise.model_validate(
        {
            "id": "custom-b",
            "name": "Mine",
            "region": "knee",
            "category": "strengthening",
            "position": "sitting",
            "steps": ["Do it."],
            "dosage": {"reps": 5},
            "photo": name,
            "custom": True,
        }
    )
    assert photo_path(exercise) == paths.custom_exercises_dir() / name
    assert photo_path(exercise.model_copy(update={"photo": "gone.png"})) is None
