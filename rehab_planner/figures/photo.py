"""Exercise photos: import one (checked, scaled down, saved beside custom exercises) and find it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from rehab_planner import paths
from rehab_planner.errors import RenderError
from rehab_planner.model import Exercise
from rehab_planner.storage.atomic import write_atomic
from rehab_planner.storage.pictures import PictureRefused, load_picture, resolve_picture

if TYPE_CHECKING:
    from PIL import Image

MAX_SIDE = 1600  # pixels: larger photos are scaled down on import
FORMATS = {"PNG": ".png", "JPEG": ".jpg"}
JPEG_QUALITY = 88


def photo_path(exercise: Exercise, source: Path | None = None) -> Path | None:
    """The exercise's photo file if it has one, it exists and it may be read, else None.

    Args:
        exercise: the exercise.
        source: the data file the exercise came from; a relative photo path is read from its
            folder. Without it: the custom exercises folder for custom ones, else the library.
    """
    try:
        return checked_photo_path(exercise, source)
    except PictureRefused:
        return None


def checked_photo_path(exercise: Exercise, source: Path | None = None) -> Path | None:
    """The exercise's photo file (None without one or when it is missing), checked by the gate.

    Raises:
        PictureRefused: the photo's name goes outside the allowed folders or is not a picture name.
    """
    if not exercise.photo:
        return None
    if source is not None:
        folder = source.parent
    elif exercise.custom:
        folder = paths.custom_exercises_dir()
    else:
        folder = paths.exercises_dir()
    path = resolve_picture(exercise.photo, folder)
    return path if path.is_file() else None


def photo_problem(exercise: Exercise, source: Path | None = None) -> str | None:
    """Why an exercise's photo cannot be used (refused, missing or not a picture), or None."""
    if not exercise.photo:
        return None
    try:
        path = checked_photo_path(exercise, source)
        if path is None:
            return f"the photo {exercise.photo} is missing"
        load_picture(path)
    except PictureRefused as exc:
        return str(exc)
    return None


def _open_checked(source: Path) -> Image.Image:
    """The picture in a file, fully decoded, or a RenderError that says what is wrong."""
    from PIL import Image  # here: Pillow loads with a picture, not with the library

    try:
        clean = load_picture(source)
    except PictureRefused as exc:
        raise RenderError(str(exc)) from None
    image = Image.open(io.BytesIO(clean.data))
    image.load()
    image.format = clean.format
    return image


def import_photo(source: Path, exercise_id: str, folder: Path | None = None) -> str:
    """Copy a photo for an exercise into the custom exercises folder, scaled to MAX_SIDE pixels.

    Args:
        source: a PNG or JPEG file.
        exercise_id: the exercise it belongs to; the file is named after it.
        folder: where to save it (default: the custom exercises folder).

    Returns:
        The saved file's name, to store in Exercise.photo (relative to that folder).

    Raises:
        RenderError: the file is missing, broken, or not a PNG or JPEG picture, or cannot be saved.
    """
    from PIL import Image, ImageOps

    image = _open_checked(Path(source))
    kind = image.format or "PNG"
    image = ImageOps.exif_transpose(image) or image
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if kind == "JPEG":
        image.convert("RGB").save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        image.save(out, format="PNG", optimize=True)
    target_folder = folder or paths.custom_exercises_dir()
    name = f"{exercise_id}{FORMATS[kind]}"
    try:
        write_atomic(target_folder / name, out.getvalue())
    except OSError as exc:
        raise RenderError(
            f"The photo could not be saved in {target_folder}: {exc.strerror}"
        ) from None
    return name
