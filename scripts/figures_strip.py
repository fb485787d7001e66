#!/usr/bin/env python3
"""Redraw the "After" row of the README's before/after strip from the current figures.

  .venv/bin/python scripts/figures_strip.py

docs/screenshots/figures-before-after.png holds six exercise pictures in framed cells: the top
row as they were drawn before issue 13, the bottom row as drawn now. The top row is kept; each
bottom cell is redrawn in place (a 290 x 215 pixel picture inside its grey frame).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehab_planner.figures.raster import picture_png  # noqa: E402
from rehab_planner.figures.render import render_exercise  # noqa: E402
from rehab_planner.library import load_library  # noqa: E402

STRIP = ROOT / "docs" / "screenshots" / "figures-before-after.png"
EXERCISES = ("side-lying-leg-lift", "clamshell", "band-anti-twist-press", "hip-hinge", "lying-march",
             "log-roll")
CELL_LEFT = (95, 395, 695, 995, 1295, 1595)  # inside each frame, pixels
AFTER_TOP = 268
CELL = (290, 215)


def main() -> None:
    """Paste the current drawing of each exercise into its "After" cell."""
    library = load_library(include_custom=False)
    strip = Image.open(STRIP).convert("RGB")
    for left, exercise_id in zip(CELL_LEFT, EXERCISES, strict=True):
        png = picture_png(render_exercise(library.get(exercise_id)), CELL[0] * 2)
        cell = Image.open(io.BytesIO(png)).convert("RGB").resize(CELL, Image.Resampling.LANCZOS)
        strip.paste(cell, (left, AFTER_TOP))
    strip.save(STRIP, optimize=True)
    print(STRIP)


if __name__ == "__main__":
    main()
