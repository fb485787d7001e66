"""The faded start pose of every figure prints at 3:1 contrast or more against white paper."""

from __future__ import annotations

from rehab_planner.figures.render import START_GREY, START_GREY_ON_WALL


def _luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (channels 0..1)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """WCAG 2 contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_start_poses_have_3_to_1_contrast_on_white() -> None:
    white = (1.0, 1.0, 1.0)
    assert round(contrast((0.0, 0.0, 0.0), white), 1) == 21.0  # the formula itself
    assert contrast(START_GREY, white) >= 3.0
    assert contrast(START_GREY_ON_WALL, white) >= 3.0
    # the start pose stays lighter than the black end pose, so the two are told apart
    assert START_GREY[0] >= 0.5
