"""Custom exercises carried in a plan: embedded on save, used on open where this computer lacks them.

A plan that uses a therapist's own exercise (a custom-exercises file, or a clinic exercise from the
patient database) carries that exercise's definition and its photo, re-encoded by the picture gate
and scaled down, so another computer can open, check and print it. On open, a local exercise with
the same id is used only when it is identical to the plan's copy; otherwise the plan's copy is
used, so the handout prints what the therapist prescribed, and `differing` names the exercise.
"""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.figures.photo import checked_photo_path
from rehab_planner.library.entries import copy_of
from rehab_planner.library.loader import Library
from rehab_planner.model import Exercise, Plan
from rehab_planner.model.embedded import (
    MAX_PHOTO_BYTES,
    PHOTO_CHUNK,
    EmbeddedExercise,
    EmbeddedPhoto,
)
from rehab_planner.storage.atomic import write_atomic
from rehab_planner.storage.pictures import CleanPicture, PictureRefused, decode, encode, load_picture
from rehab_planner.storage.safe_read import PLAN_LIMITS

EMBED_SIDE = 900  # pixels: an embedded photo is scaled down to this on its longer side
PHOTO_BUDGET = PLAN_LIMITS.max_bytes // 2  # base64 characters all embedded photos may take
_SUFFIX = {"PNG": ".png", "JPEG": ".jpg"}


@dataclass
class Embedding:
    """What embed_custom_exercises did: the plan to save and the photos it had to leave out."""

    plan: Plan
    warnings: list[str] = field(default_factory=list)


@dataclass
class PlanLibrary:
    """The library to use for one plan, and the custom exercises whose local copy differs."""

    library: Library
    differing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def _comparable(exercise: Exercise) -> dict[str, object]:
    """The definition without where its photo lies or whether it is marked custom."""
    data = exercise.model_dump(mode="json", exclude={"photo", "custom"})
    data["has_photo"] = bool(exercise.photo)
    return data


def _small(clean: CleanPicture) -> CleanPicture:
    """The picture scaled down for a plan file; JPEG when PNG would be too large."""
    from PIL import Image  # here: Pillow loads with a picture, not with the library

    with Image.open(io.BytesIO(clean.data)) as image:
        image.load()
        if max(image.size) > EMBED_SIDE:
            image.thumbnail((EMBED_SIDE, EMBED_SIDE))
        out = encode(image, clean.format)
        if len(out.data) > MAX_PHOTO_BYTES and out.format == "PNG":
            out = encode(image, "JPEG")
    return out


def _embedded_photo(exercise: Exercise, source: Path | None) -> EmbeddedPhoto | None:
    """The exercise's photo ready for a plan file; None without one.

    Raises:
        RehabError: the photo is refused by the picture gate or too large even when scaled down.
    """
    path = checked_photo_path(exercise, source)
    if path is None:
        return None
    small = _small(load_picture(path))
    if len(small.data) > MAX_PHOTO_BYTES:
        raise PictureRefused(f"the photo of '{exercise.id}' is too large to carry in a plan")
    text = base64.b64encode(small.data).decode("ascii")
    pieces = [text[i:i + PHOTO_CHUNK] for i in range(0, len(text), PHOTO_CHUNK)]
    return EmbeddedPhoto(format=small.format, base64=pieces)


def embed_custom_exercises(plan: Plan, library: Library) -> Embedding:
    """The plan with every custom exercise it uses embedded (definition and photo).

    A custom exercise the library does not have keeps the copy the plan already carries; one the
    plan no longer uses is dropped. Photos are left out (with a warning) once they would make the
    plan file too large, or when the picture gate refuses them.

    Args:
        plan: the plan to save.
        library: the library the plan was edited with (custom and clinic exercises merged in).
    """
    carried = {e.exercise.id: e for e in plan.custom_exercises}
    out: list[EmbeddedExercise] = []
    warnings: list[str] = []
    budget = PHOTO_BUDGET
    for exercise_id in plan.exercise_ids():
        exercise = library.find(exercise_id)
        if exercise is None or not exercise.custom:
            if exercise is None and exercise_id in carried:
                out.append(carried[exercise_id])
            continue
        photo: EmbeddedPhoto | None = None
        try:
            photo = _embedded_photo(exercise, library.sources.get(exercise_id))
        except RehabError as exc:
            warnings.append(f"{exercise.name} ({exercise_id}): the photo is not carried: {exc}")
        if photo is not None:
            size = sum(len(piece) for piece in photo.base64)
            if size > budget:
                warnings.append(f"{exercise.name} ({exercise_id}): the photo is not carried: the "
                                "plan file would be too large")
                photo = None
            else:
                budget -= size
        name = Path(exercise.photo).name if exercise.photo else None
        stored = exercise.model_copy(update={"custom": True, "photo": name})
        out.append(EmbeddedExercise(exercise=stored, photo=photo))
    return Embedding(plan.model_copy(update={"custom_exercises": out}), warnings)


def _photo_file(embedded: EmbeddedExercise, cache: Path) -> Path | None:
    """The embedded photo checked and written to the cache (named by its content); None if refused."""
    photo = embedded.photo
    if photo is None:
        return None
    try:
        raw = base64.b64decode("".join(photo.base64), validate=True)
        clean = decode(raw, f"the photo the plan carries for {embedded.exercise.id}")
    except (ValueError, PictureRefused):
        return None
    digest = hashlib.sha256(clean.data).hexdigest()[:20]
    target = cache / f"plan-{digest}{_SUFFIX[clean.format]}"
    try:
        if not (target.is_file() and target.read_bytes() == clean.data):
            write_atomic(target, clean.data)
    except OSError as exc:
        raise RehabError(f"The photo cache {cache} cannot be written: {exc.strerror}") from None
    return target


def _same_photo(local: Exercise, source: Path | None, embedded: EmbeddedExercise) -> bool:
    """True when the local photo, scaled as for embedding, has the plan's photo's pixels."""
    try:
        mine = _embedded_photo(local, source)
    except RehabError:
        return False
    return mine == embedded.photo


def library_for_plan(library: Library, plan: Plan, cache: Path | None = None) -> PlanLibrary:
    """The library with the plan's own copies of its custom exercises where they are needed.

    A plan's exercise this library lacks is added from the plan (its photo written to the photo
    cache). A local exercise with the same id stays when it is identical to the plan's copy;
    otherwise the plan's copy replaces it and its id is listed in `differing`.

    Raises:
        RehabError: the photo cache cannot be written.
    """
    if not plan.custom_exercises:
        return PlanLibrary(library)
    result = PlanLibrary(library)
    exercises, sources = copy_of(library.exercises), dict(library.sources)
    folder = cache or paths.shared_photos_dir()
    for embedded in plan.custom_exercises:
        theirs = embedded.exercise
        local = exercises.get(theirs.id)
        if local is not None:
            if _comparable(local) == _comparable(theirs) and (
                    embedded.photo is None or _same_photo(local, sources.get(theirs.id), embedded)):
                continue
            result.differing.append(theirs.id)
        else:
            result.added.append(theirs.id)
        photo = _photo_file(embedded, folder)
        exercises[theirs.id] = theirs.model_copy(update={
            "custom": True, "photo": str(photo) if photo is not None else theirs.photo})
        sources.pop(theirs.id, None)
    result.library = Library(exercises, sources)
    return result


def differing_message(exercise_id: str, library: Library) -> str:
    """The warning for a custom exercise whose local copy differs from the plan's copy."""
    exercise = library.find(exercise_id)
    from rehab_planner.i18n.messages import say
    from rehab_planner.i18n.names import exercise_name

    name = exercise_name(exercise) if exercise else exercise_id
    return say("findings.embedded-copy-differs", name=name, id=exercise_id)
