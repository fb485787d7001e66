"""The custom exercise dialog imports its photo; library rows name kind and region once."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from rehab_planner import paths
from rehab_planner.figures.photo import MAX_SIDE, photo_path
from rehab_planner.gui.dialogs.custom_exercise import CustomExerciseDialog
from rehab_planner.gui.models.library_model import DetailRole, LibraryModel
from rehab_planner.library.loader import collect_library, default_folders


def fill(dialog: CustomExerciseDialog, name: str, photo: Path) -> None:
    dialog.name.setText(name)
    dialog.steps.setPlainText("Stand tall.\nLift your heels slowly.")
    dialog.photo.setText(str(photo))


def test_a_photo_is_imported_scaled_and_stored_by_name(qtbot, tmp_path: Path) -> None:
    big = tmp_path / "heel raise.jpg"
    Image.new("RGB", (4000, 3000), "steelblue").save(big)
    dialog = CustomExerciseDialog({"custom-heel-raise"}, None)
    qtbot.addWidget(dialog)
    fill(dialog, "Heel raise", big)
    dialog._on_save_clicked()
    exercise = dialog.result_exercise()
    assert exercise is not None and exercise.id == "custom-heel-raise-2"
    assert exercise.photo == "custom-heel-raise-2.jpg"  # a name, not the therapist's path
    saved = paths.custom_exercises_dir() / exercise.photo
    with Image.open(saved) as image:
        assert max(image.size) == MAX_SIDE
    assert photo_path(exercise) == saved
    # Saved and loaded again, the library finds the photo beside the exercise file.
    from rehab_planner.library.custom import save_custom_exercise

    save_custom_exercise(exercise)
    library, errors = collect_library(default_folders())
    loaded = library.find(exercise.id)
    assert not errors and loaded is not None and loaded.photo == exercise.photo


def test_a_broken_photo_shows_the_reason_and_keeps_the_dialog_open(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "photo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    dialog = CustomExerciseDialog(set(), None)
    qtbot.addWidget(dialog)
    fill(dialog, "Heel raise", broken)
    dialog._on_save_clicked()
    assert dialog.result_exercise() is None
    assert "photo.png" in dialog.problem.text() and "broken" in dialog.problem.text()
    assert not list(paths.custom_exercises_dir().glob("*.png"))


def test_editing_keeps_an_imported_photo(qtbot, tmp_path: Path) -> None:
    picture = tmp_path / "p.png"
    Image.new("RGB", (40, 30), "red").save(picture)
    first = CustomExerciseDialog(set(), None)
    qtbot.addWidget(first)
    fill(first, "Wall push", picture)
    first._on_save_clicked()
    exercise = first.result_exercise()
    assert exercise is not None
    picture.unlink()  # the original is gone: the imported copy is what counts
    again = CustomExerciseDialog(set(), exercise)
    qtbot.addWidget(again)
    again._on_save_clicked()
    edited = again.result_exercise()
    assert edited is not None and edited.photo == exercise.photo and edited.id == exercise.id


def test_library_rows_name_a_word_once(qtbot, small_library) -> None:
    model = LibraryModel(small_library)
    assert model.index_of("walking").data(DetailRole) == "Aerobic · Walking"
    assert model.index_of("heel-slide").data(DetailRole) == "Range of motion · Knee · Lying on back"
