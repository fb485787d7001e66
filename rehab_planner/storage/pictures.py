"""Photos and logos from untrusted places: where they may live, and their pixels made safe.

A photo named in an exercise file or a logo named in a plan is only read from the clinic's own
picture folders (the library, custom exercises, the shared-photo cache, the clinic pictures) or,
for a relative name, from the folder of the data file that names it; never through `..`, never
an arbitrary absolute path, never a file that is not a PNG or JPEG picture. Pixels are decoded
with a decompression-bomb limit, verified, and re-encoded, so what reaches a PDF, an SVG or the
database is always a clean picture, never the file's own bytes.
"""

from __future__ import annotations

import io
import os
import unicodedata
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.storage.safe_read import MAX_PICTURE_BYTES, FileRefused, read_bytes

if TYPE_CHECKING:
    from PIL import Image

SUFFIXES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
MAX_PIXELS = 40_000_000  # width x height; a 1600 px photo is 2.6 million
MAX_NAME = 300  # characters in a photo or logo file name
_CACHE_SIZE = 64


class PictureRefused(RehabError):
    """A photo or logo is not allowed (where it lives, its name) or is not a usable picture."""


@dataclass(frozen=True)
class CleanPicture:
    """A picture decoded and re-encoded: its bytes, format ('PNG' or 'JPEG') and size."""

    data: bytes
    format: str
    width: int
    height: int

    @property
    def mime(self) -> str:
        """The MIME type of data."""
        return "image/png" if self.format == "PNG" else "image/jpeg"


def allowed_folders() -> list[Path]:
    """The folders photos and logos may be read from by an absolute path."""
    return [paths.exercises_dir(), paths.custom_exercises_dir(), paths.shared_photos_dir(),
            paths.clinic_pictures_dir()]


def name_problem(name: str) -> str | None:
    """Why a photo or logo name written in a data file is not acceptable, or None."""
    if not name.strip():
        return "the file name is empty"
    if len(name) > MAX_NAME:
        return f"the file name is longer than {MAX_NAME} characters"
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        return "the file name has a control character"
    if ".." in Path(name).parts or ".." in name.replace("\\", "/").split("/"):
        return "the file name may not go up a folder ('..')"
    if Path(name).suffix.lower() not in SUFFIXES:
        return "not a PNG or JPEG file name (.png, .jpg or .jpeg)"
    return None


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def resolve_picture(name: str, base: Path | None, what: str = "photo") -> Path:
    """The file a photo or logo name refers to, checked to stay in an allowed folder.

    Args:
        name: the name as written in the data file (relative, or absolute inside allowed_folders).
        base: the folder a relative name is read from (the data file's folder); None: only
            absolute names are accepted.
        what: 'photo' or 'clinic logo', for messages.

    Raises:
        PictureRefused: the name is not acceptable or points outside the allowed folders.
    """
    problem = name_problem(name)
    if problem is not None:
        raise PictureRefused(f"The {what} '{name[:80]}' is refused: {problem}.")
    path = Path(name)
    folders = allowed_folders()
    if path.is_absolute():
        resolved = path.resolve()
    elif base is not None:
        resolved = (base / path).resolve()
        folders = [base, *folders]
    else:
        raise PictureRefused(f"The {what} '{name}' is refused: it has no folder to be read from.")
    if not any(_inside(resolved, folder) for folder in folders):
        raise PictureRefused(
            f"The {what} {name} is refused: pictures are read only from the clinic's picture "
            "folders; import it through the photo import instead."
        )
    return resolved


def decode(data: bytes, name: str = "picture") -> CleanPicture:
    """Decode, verify and re-encode picture bytes within the size limits.

    Raises:
        PictureRefused: not a PNG or JPEG picture, broken, or too many pixels.
    """
    if len(data) > MAX_PICTURE_BYTES:
        raise PictureRefused(f"The file {name} is too large for a picture.")
    from PIL import Image, ImageOps, UnidentifiedImageError  # here: Pillow loads with a picture

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                kind = probe.format
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise PictureRefused(
                        f"The file {name} has too many pixels ({width} x {height}) for a picture."
                    )
                probe.verify()
            image: Image.Image = Image.open(io.BytesIO(data))
            if kind not in ("PNG", "JPEG"):
                raise PictureRefused(
                    f"The file {name} is a {kind or 'unknown'} picture: use a PNG or JPEG photo."
                )
            image.load()
            image = ImageOps.exif_transpose(image) or image
    except PictureRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PictureRefused(f"The file {name} has too many pixels for a picture.") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError,
            MemoryError) as exc:
        raise PictureRefused(
            f"The file {name} is not a picture that can be used: it is broken or not a PNG or "
            f"JPEG file ({str(exc)[:120]})."
        ) from None
    return encode(image, kind)


def encode(image: Image.Image, kind: str) -> CleanPicture:
    """Write an image afresh as PNG or JPEG (no metadata, no trailing bytes)."""
    out = io.BytesIO()
    if kind == "JPEG":
        image.convert("RGB").save(out, format="JPEG", quality=88, optimize=True)
    else:
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        image.save(out, format="PNG", optimize=True)
    return CleanPicture(out.getvalue(), kind, image.width, image.height)


_cache: OrderedDict[tuple[str, int, int, int], CleanPicture] = OrderedDict()


def load_picture(path: Path, what: str = "photo") -> CleanPicture:
    """A picture file through the file gate, decoded and re-encoded (cached by file identity).

    Raises:
        PictureRefused: not a regular file, too large, or not a usable PNG or JPEG picture.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise PictureRefused(f"The {what} {path} cannot be read ({exc.strerror or exc}).") from None
    key = (str(path), info.st_ino, info.st_size, info.st_mtime_ns)
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    try:
        data = read_bytes(path, MAX_PICTURE_BYTES, what)
    except FileRefused as exc:
        raise PictureRefused(f"The {what} {exc}.") from None
    clean = decode(data, path.name)
    _cache[key] = clean
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return clean
