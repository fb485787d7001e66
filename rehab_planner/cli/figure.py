"""`rehab-planner figure`: draw one exercise, every exercise, or a contact sheet for review."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import require_output_folder
from rehab_planner.errors import RehabError
from rehab_planner.model.vocab import Side

FORMATS = (".svg", ".png", ".pdf")


def register(sub: Any) -> None:
    """Add the `figure` command."""
    parser = sub.add_parser(
        "figure",
        help="draw exercise figures (SVG, PNG or PDF)",
        description="Draw an exercise's figure. The file type follows the extension of -o.",
    )
    parser.add_argument("exercise_id", nargs="?", metavar="ID", help="the exercise to draw")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--all", action="store_true", help="draw every exercise into a folder")
    what.add_argument(
        "--sheet",
        action="store_true",
        help="a PDF review sheet: every figure with its name, first step and constraints",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="FILE.svg, FILE.png or FILE.pdf; a folder with --all",
    )
    parser.add_argument(
        "--side",
        choices=["left", "right"],
        default=None,
        help="draw this side working, highlighted",
    )
    parser.add_argument(
        "--width",
        type=int,
        default=480,
        metavar="PX",
        help="PNG and SVG width in pixels (default 480)",
    )
    parser.add_argument(
        "--crop",
        action="store_true",
        help="cut a lying figure's picture to its body and what it lies on",
    )
    parser.add_argument(
        "--format",
        choices=["svg", "png", "pdf"],
        default="svg",
        help="file type for --all (default svg)",
    )
    parser.set_defaults(func=run_figure)


def _write(path: Path, data: bytes) -> None:
    from rehab_planner.storage.atomic import write_atomic

    require_output_folder(path)
    write_atomic(path, data)  # 0600: a figure may hold a photo of a patient or therapist


def figure_bytes(
    exercise: Any, suffix: str, width_px: int, side: str | None, crop: bool = False
) -> bytes:
    """One exercise's figure as SVG, PNG or PDF bytes (the photo if it has one)."""
    from rehab_planner.figures.photo import photo_path
    from rehab_planner.figures.render import render_exercise

    picture = render_exercise(exercise, side, photo=photo_path(exercise), crop=crop)
    if suffix == ".svg":
        from rehab_planner.figures.svg import picture_svg

        return picture_svg(picture, width_px, title=exercise.name).encode("utf-8")
    if suffix == ".png":
        from rehab_planner.figures.raster import picture_png

        return picture_png(picture, width_px)
    from rehab_planner.figures.reportlab_backend import picture_pdf

    return picture_pdf(picture, width_px * 0.6)


def run_figure(args: argparse.Namespace) -> int:
    """Draw what was asked; user errors raise RehabError."""
    from rehab_planner.library import load_library

    side = Side(args.side).value if args.side else None
    output: Path = args.output
    if args.sheet:
        if output.suffix.lower() != ".pdf":
            raise RehabError(
                f"The contact sheet is a PDF: name it like sheet.pdf, not {output.name}"
            )
        from rehab_planner.figures.sheet import contact_sheet

        library = load_library()
        _write(output, contact_sheet(list(library)))
        print(f"{output}: {len(library)} figures")
        return 0
    if args.all:
        if args.exercise_id:
            raise RehabError("Give either an exercise id or --all, not both.")
        library = load_library()
        output.mkdir(parents=True, exist_ok=True)
        suffix = "." + args.format
        for exercise in library:
            data = figure_bytes(exercise, suffix, args.width, side, args.crop)
            _write(output / f"{exercise.id}{suffix}", data)
        print(f"{output}: {len(library)} figures")
        return 0
    if not args.exercise_id:
        raise RehabError("Name an exercise id, or use --all or --sheet.")
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise RehabError(
            f"Cannot tell the file type of {output.name}: end it with .svg, .png or .pdf."
        )
    exercise = load_library().get(args.exercise_id)
    _write(output, figure_bytes(exercise, suffix, args.width, side, args.crop))
    print(output)
    return 0
