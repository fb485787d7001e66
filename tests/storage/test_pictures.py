"""Photos and logos: only from the clinic's picture folders, decoded with a bomb limit, re-encoded."""

from __future__ import annotations

import base64
import io
import os
import stat
from pathlib import Path

import pytest
from PIL import Image

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.handout import HandoutOptions, render_handout
from rehab_planner.model import Exercise
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.pictures import (
    MAX_PIXELS,
    PictureRefused,
    decode,
    load_picture,
    resolve_picture,
)
from rehab_planner.storage.planfile import load_plan, save_plan

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"


def png_bytes(size: tuple[int, int] = (30, 20), colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def bomb_png() -> bytes:
    """A small PNG file that claims a huge picture (one colour compresses to almost nothing)."""
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000), 0).save(out, format="PNG", optimize=True)
    return out.getvalue()


def test_decoding_re_encodes_and_drops_trailing_bytes() -> None:
    data = png_bytes() + SECRET  # a "polyglot": a picture with a key appended
    clean = decode(data)
    assert clean.format == "PNG" and (clean.width, clean.height) == (30, 20)
    assert SECRET not in clean.data
    with Image.open(io.BytesIO(clean.data)) as image:
        assert image.convert("RGB").getpixel((5, 5)) == (255, 0, 0)


def test_a_decompression_bomb_is_refused_not_raised() -> None:
    data = bomb_png()
    assert len(data) < 100_000  # small on disk, 144 million pixels
    with pytest.raises(PictureRefused, match="too many pixels"):
        decode(data)
    assert MAX_PIXELS < 12_000 * 12_000


@pytest.mark.parametrize("data", [SECRET, b"", b"\x89PNG\r\n\x1a\nbroken"])
def test_non_pictures_are_refused(data: bytes) -> None:
    with pytest.raises(PictureRefused):
        decode(data)


def test_other_picture_kinds_are_refused() -> None:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, format="GIF")
    with pytest.raises(PictureRefused, match="PNG or JPEG"):
        decode(out.getvalue())


@pytest.mark.parametrize("name", ["../../etc/passwd.png", "sub/../../x.png", "/etc/passwd",
                                  "/home/me/.ssh/id_rsa", "photo.svg", "", "a\x1b[31m.png",
                                  "a\u202egnp.exe"])
def test_bad_names_are_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(PictureRefused):
        resolve_picture(name, tmp_path)


def test_absolute_paths_only_inside_the_picture_folders(tmp_path: Path) -> None:
    inside = paths.custom_exercises_dir() / "mine.png"
    assert resolve_picture(str(inside), None) == inside.resolve()
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes(png_bytes())
    with pytest.raises(PictureRefused, match="picture folders"):
        resolve_picture(str(outside), None)


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(SECRET)
    link = paths.custom_exercises_dir() / "innocent.png"
    link.symlink_to(secret)
    with pytest.raises(PictureRefused, match="picture folders"):
        resolve_picture("innocent.png", paths.custom_exercises_dir())


def test_a_fifo_photo_does_not_block(tmp_path: Path) -> None:
    fifo = paths.custom_exercises_dir() / "fifo.png"
    os.mkfifo(fifo)
    with pytest.raises(PictureRefused, match="not a regular file"):
        load_picture(fifo)


def _custom(photo: str) -> str:
    return (
        "schema_version: 1\nexercises:\n"
        "  - id: custom-towel\n    name: Towel squeeze\n    region: knee\n"
        "    category: strengthening\n    position: lying_on_back\n    steps: [Squeeze the towel.]\n"
        f"    dosage: {{reps: 10, times_a_day: 2}}\n    photo: {photo!r}\n    custom: true\n"
    )


def test_library_validate_reports_a_bad_photo(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "key.png").write_bytes(SECRET)
    (folder / "mine.yaml").write_text(_custom("key.png"))
    assert main(["library", "validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "mine.yaml: custom-towel: photo:" in out and "not a picture" in out
    (folder / "mine.yaml").write_text(_custom("../outside.png"))
    assert main(["library", "validate", str(folder)]) == 1
    assert "'..'" in capsys.readouterr().out
    (folder / "good.png").write_bytes(png_bytes())
    (folder / "mine.yaml").write_text(_custom("good.png"))
    assert main(["library", "validate", str(folder)]) == 0


@pytest.mark.parametrize("photo", ["/etc/passwd", "key.png", "../../../../etc/passwd.png"])
def test_push_exercises_refuses_non_pictures(photo: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = paths.custom_exercises_dir()
    (folder / "key.png").write_bytes(SECRET)
    (folder / "custom.yaml").write_text(_custom(photo))
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    assert main(["--db", url, "db", "push-exercises", "--by", "Kim"]) == 1
    assert "skipped:" in capsys.readouterr().err
    with PatientDatabase.open(url) as db:
        assert db.shared_exercises() == []


def test_figure_svg_embeds_only_re_encoded_pixels_and_is_private(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = paths.custom_exercises_dir()
    (folder / "photo.png").write_bytes(png_bytes() + SECRET)
    (folder / "custom.yaml").write_text(_custom("photo.png"))
    out = tmp_path / "x.svg"
    assert main(["figure", "custom-towel", "-o", str(out)]) == 0
    svg = out.read_text()
    embedded = base64.b64decode(svg.split("base64,")[1].split('"')[0])
    assert SECRET not in embedded and embedded.startswith(b"\x89PNG")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    # a non-picture under a picture name is never embedded: one clear error, nothing written
    (folder / "photo.png").write_bytes(SECRET)
    other = tmp_path / "y.svg"
    assert main(["figure", "custom-towel", "-o", str(other)]) == 2
    assert "not a picture" in capsys.readouterr().err
    assert not other.exists()


def _plan_with_logo(tmp_path: Path, logo: str) -> Path:
    target = tmp_path / "plan.json"
    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ann Lee",
                 "--surgery-date", "2026-11-02", "-o", str(target)]) == 0
    plan = load_plan(target)
    save_plan(plan.model_copy(update={"clinic": plan.clinic.model_copy(update={"logo": logo})}),
              target)
    return target


@pytest.mark.parametrize("logo", ["/dev/zero", "/etc/passwd", "../../x.png", "bomb.png"])
def test_a_hostile_logo_is_left_out_with_a_warning(logo: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (paths.clinic_pictures_dir() / "bomb.png").write_bytes(bomb_png())
    plan = _plan_with_logo(tmp_path, logo)
    out = tmp_path / "h.pdf"
    code = main(["render", str(plan), "-o", str(out), "--accept-findings"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "clinic logo could not be used" in err
    assert "Traceback" not in err


def test_an_imported_logo_is_drawn(tmp_path: Path) -> None:
    from rehab_planner.figures.photo import import_photo

    source = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "navy").save(source)
    name = import_photo(source, "clinic-logo", paths.clinic_pictures_dir())
    plan = load_plan(_plan_with_logo(tmp_path, name))
    result = render_handout(plan, HandoutOptions(), )
    assert not any("logo" in w for w in result.warnings)
    assert b"/Subtype /Image" in result.pdf


def test_an_exercise_photo_outside_the_folders_is_not_printed(tmp_path: Path) -> None:
    from rehab_planner.library import load_library

    outside = tmp_path / "p.png"
    outside.write_bytes(png_bytes())
    library = load_library(include_custom=False)
    exercise: Exercise = library.get("ankle-pumps").model_copy(update={"photo": str(outside)})
    library = library.with_exercise(exercise)
    plan = load_plan(_plan_with_logo(tmp_path, ""))
    result = render_handout(plan, HandoutOptions(), library=library)
    assert any("picture folders" in w for w in result.warnings)
