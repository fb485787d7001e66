"""Picture-text constraints: measure on the drawn poses what an exercise's text promises."""

from __future__ import annotations

import math
from dataclasses import dataclass

from rehab_planner.figures.pose import Point, Skeleton, base_for, resolve
from rehab_planner.figures.props import DEFAULT_AT
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import CheckKind, Constraint, FigureSpec


@dataclass(frozen=True)
class Measure:
    """One constraint measured on a picture: the value and whether it keeps the promise."""

    constraint: Constraint
    value: float

    @property
    def ok(self) -> bool:
        """True when the value lies within the constraint's min and max."""
        c = self.constraint
        return (c.min is None or self.value >= c.min - 1e-9) and (
            c.max is None or self.value <= c.max + 1e-9
        )

    def describe(self) -> str:
        """'lift the foot a few inches: height 0.12 (wanted at most 0.15)'."""
        c = self.constraint
        bounds = " and ".join(
            text
            for text in (
                f"at least {c.min:g}" if c.min is not None else "",
                f"at most {c.max:g}" if c.max is not None else "",
            )
            if text
        )
        return f"{c.says}: {c.kind.value} {self.value:.3g} (wanted {bounds})"


def _point(spec: FigureSpec, sk: Skeleton, first: Skeleton, name: str | None, prop: bool,
           constraint: Constraint) -> Point:
    if prop and constraint.prop is not None:
        for p in spec.props:
            if p.kind is constraint.prop:
                x, y = first.points[p.at or DEFAULT_AT.get(p.kind, "pelvis")]
                return x + p.dx, y + p.dy
        raise ValueError(f"the figure has no {constraint.prop.value} for '{constraint.says}'")
    assert name is not None
    return sk.points[name]


def _along(vector: Point, degrees: float) -> float:
    rad = math.radians(degrees)
    return vector[0] * math.cos(rad) + vector[1] * math.sin(rad)


def measure(spec: FigureSpec, constraint: Constraint) -> Measure:
    """Measure one constraint on the figure's drawn poses.

    Raises:
        ValueError: the constraint names a panel or prop the figure does not have.
    """
    panels = spec.panels()
    if constraint.kind is CheckKind.PANELS:
        return Measure(constraint, float(len(panels)))
    if constraint.panel > len(panels):
        raise ValueError(f"the figure has no panel {constraint.panel} for '{constraint.says}'")
    panel = panels[constraint.panel - 1]
    ground, poses = placed_poses(panel)
    first, last = poses[0], poses[-1]
    sk = first if constraint.pose == "start" else last
    c = constraint
    if c.kind in (CheckKind.ANGLE, CheckKind.TURN):
        base = base_for(panel.base, panel.view)
        chain = [p for p in (panel.start, panel.middle, panel.end) if p is not None]
        start_angles, _ = resolve(base, chain[0])
        end_angles, _ = resolve(base, *chain)
        assert c.joint is not None
        if c.kind is CheckKind.TURN:
            return Measure(c, abs(end_angles[c.joint] - start_angles[c.joint]))
        angles = start_angles if c.pose == "start" else end_angles
        return Measure(c, angles[c.joint])
    at = _point(panel, sk, first, c.at, False, c)
    if c.kind is CheckKind.DISTANCE:
        return Measure(c, math.dist(at, _point(panel, sk, first, c.to, False, c)))
    if c.kind is CheckKind.OFFSET:
        to = _point(panel, sk, first, c.to, c.to is None, c)
        return Measure(c, _along((at[0] - to[0], at[1] - to[1]), c.direction))
    if c.kind is CheckKind.MOVES:
        a, b = first.points[c.at or ""], last.points[c.at or ""]
        return Measure(c, _along((b[0] - a[0], b[1] - a[1]), c.direction))
    assert c.kind is CheckKind.HEIGHT
    return Measure(c, at[1] - ground)


def check(spec: FigureSpec) -> list[Measure]:
    """Every constraint of the figure, measured."""
    return [measure(spec, c) for c in spec.constraints]
