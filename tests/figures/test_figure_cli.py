"""`rehab-planner figure`: one file by extension, a folder of SVGs, and the contact sheet."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from rehab_planner.cli import main


@pytest.mark.parametrize("suffix", [".svg", ".png", ".pdf"])
def test_one_figure_by_extension(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"bridge{suffix}"
    assert main(["figure", "bridge", "-o", str(out)]) == 0
    data = out.read_bytes()
    if suffix == ".svg":
        assert ET.fromstring(data).tag.endswith("svg")
    elif suffix == ".png":
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "PNG" and image.size == (480, 360)
    else:
        assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_all_figures_into_a_folder(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "figs"
    assert main(["figure", "--all", "-o", str(out)]) == 0
    names = sorted(p.stem for p in out.glob("*.svg"))
    assert names == sorted(e.id for e in library)


def test_contact_sheet(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheet.pdf"
    assert main(["figure", "--sheet", "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == -(-len(library) // 14)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Heel slide" in text or "heel-slide" in text
    # Each figure's name, the first line of its steps and its constraints, measured.
    clamshell = library.get("clamshell")
    assert clamshell.name in text and " ".join(clamshell.steps[0].split()[:6]) in text
    assert "ok: feet together: distance" in text
    assert "NOT MET" not in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["figure", "bridge", "-o", "x.gif"], "end it with .svg, .png or .pdf"),
        (["figure", "no-such-exercise", "-o", "x.svg"], "Unknown exercise"),
        (["figure", "--sheet", "-o", "x.png"], "is a PDF"),
        (["figure", "-o", "x.svg"], "Name an exercise id"),
    ],
)
def test_user_errors_exit_2_with_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    assert main(args) == 2
    assert words in capsys.readouterr().err
