"""Water: a light panel up to a level, with a wavy surface line so it reads as water, not a box."""

from __future__ import annotations

from rehab_planner.figures.primitives import Item, Shape, grey

WATER = grey(0.9)
WATER_LINE = grey(0.45)  # the water's wavy surface


def water(level: float, floor: float) -> list[Item]:
    """Water from the floor up to level, far wider than any box (the fit clips it)."""
    wave = [(-9 + k * 0.09, level + (0.018 if k % 2 else -0.018)) for k in range(201)]
    upper = [(x, y + 0.012) for x, y in wave]
    lower = [(x, y - 0.012) for x, y in reversed(wave)]
    return [
        Shape(((-9, floor), (9, floor), (9, level), (-9, level)), fill=WATER),
        Shape(tuple(upper + lower), fill=WATER_LINE),
    ]
