"""How much of its picture a lying figure's body fills (issue 13 item 4).

Run: .venv/bin/python bench/lying_figures_bench.py
Prints, for every one-panel figure lying down (on the back, the front or the side, seen from the
side or the front), the body's height as a share of the picture's height in the standard box and
cropped to the body and its surface (render_exercise(..., crop=True)), and the medians; and how
tall the body prints on a picture 2 inches wide (about a Letter card's regular picture: 0.30 of a
7-inch frame, less its edge). Never fails.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rehab_planner.figures.crop import body_share
from rehab_planner.figures.layout import BOX_W
from rehab_planner.figures.render import render_exercise
from rehab_planner.library import load_library
from rehab_planner.model.figure import BasePosition, View

LYING = {BasePosition.LYING_ON_BACK, BasePosition.HOOK_LYING, BasePosition.LYING_ON_STOMACH,
         BasePosition.SIDE_LYING, BasePosition.PRONE_ON_ELBOWS}
PICTURE_IN = 2.0


def main() -> None:
    """Print each lying figure's body share and the median."""
    boxed, cropped = [], []
    for exercise in sorted(load_library(include_custom=False), key=lambda e: e.id):
        spec = exercise.figure
        if spec is None or spec.then or spec.focus or spec.base not in LYING or spec.view is View.FEET:
            continue
        box, _ = body_share(spec, render_exercise(exercise))
        picture = render_exercise(exercise, crop=True)
        share, body = body_share(spec, picture)
        boxed.append(box)
        cropped.append(share)
        tall = body / BOX_W * PICTURE_IN
        print(f"{exercise.id:26} body/picture height: box {box:.2f}, cropped {share:.2f} "
              f"(aspect {picture.height / picture.width:.2f}); body {tall:.2f} in tall on a "
              f"{PICTURE_IN} in wide picture")
    print(f"{len(cropped)} lying figures, median body/picture height: box "
          f"{statistics.median(boxed):.2f} (lowest {min(boxed):.2f}), cropped "
          f"{statistics.median(cropped):.2f} (lowest {min(cropped):.2f})")

if __name__ == "__main__":
    main()
