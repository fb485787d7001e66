"""Exercise photos: import one (checked, scaled down, saved beside custom exercises) and find it."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from rehab_planner import paths
from rehab_planner.errors import RenderError
from rehab_planner.model import Exercise
from rehab_planner.storage.atomic import write_atomic

MAX_SIDE = 1600  # pixels: larger photos are scaled down on import
FORMATS = {"PNG": ".png", "JPEG": ".jpg"}
JPEG_QUALITY = 88


def photo_path(exercise: Exercise, source: Path | None = None) -> Path | None:
    """The exercise's photo file if it has one and it exists, else None.

    Args:
        exercise: the exercise.
        source: the data file the exercise came from; a relative photo path is read from its
            folder. Without it: the custom exercises folder for custom ones, else the library.
    """
    if not exercise.photo:
        return None
    path = Path(exercise.photo).expanduser()
    if not path.is_absolute():
        if source is not None:
            folder = source.parent
        elif exercise.custom:
            folder = paths.custom_exercises_dir()
        else:
            folder = paths.exercises_dir()
        path = folder / path
    return path if path.is_file() else None


def _open_checked(source: Path) -> Image.Image:
    """The picture in a file, fully decoded, or a RenderError that says what is wrong."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise RenderError(f"The photo {source} cannot be read: {exc.strerror or exc}") from None
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            probe.verify()
        image = Image.open(io.BytesIO(data))
        image.load()
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        raise RenderError(
            f"The file {source.name} is not a picture that can be used: it is broken or not a "
            f"PNG or JPEG file ({exc})."
        ) from None
    if kind not in FORMATS:
        raise RenderError(
            f"The file {source.name} is a {kind or 'unknown'} picture: use a PNG or JPEG photo."
        )
    image.format = kind
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
