"""Mirroring a figure: the same exercise done with the other side (left and right swapped)."""

from __future__ import annotations

from rehab_planner.model.figure import FigureSpec, MarkKind, Pose, View


def _swap_name(name: str) -> str:
    if name.startswith("left_"):
        return "right_" + name[5:]
    if name.startswith("right_"):
        return "left_" + name[6:]
    return name


def _swap_pose(pose: Pose | None, front: bool) -> Pose | None:
    if pose is None:
        return None
    data = pose.model_dump(exclude_none=True)
    out = {_swap_name(k): v for k, v in data.items() if k != "shorten"}
    out["shorten"] = {_swap_name(k): v for k, v in pose.shorten.items()}
    if pose.elbows_in is not None:
        out["elbows_in"] = [_swap_name(f"{s}_")[:-1] for s in pose.elbows_in]
    if front:
        for key in ("trunk", "spine", "neck", "head_turn", "twist"):
            if key in out:
                out[key] = -out[key]
    return Pose.model_validate(out)


def _mirrored_direction(kind: MarkKind, direction: float) -> float:
    """A mark's direction seen in a mirror (left and right swapped).

    Straight arrows point the other way across (180 - d). A twist or roll turns the other way round
    (-d).
    A turn arrow's middle is mirrored and it runs the other way round. A squeeze's 0 means "from
    above" and stays; a squeeze from the left (180) comes from the right as 360, not 0.
    """
    if kind in (MarkKind.TWIST, MarkKind.ROLL):
        return -direction
    if kind is MarkKind.TURN:
        if abs(direction) <= 1:
            return -direction
        middle = (180 - abs(direction)) % 360
        if middle <= 1:
            middle = 360.0
        return -middle if direction > 0 else middle
    turned = (180 - direction) % 360
    if kind is MarkKind.SQUEEZE:
        if direction == 0:
            return 0.0
        return turned or 360.0
    return turned


def mirrored_spec(spec: FigureSpec) -> FigureSpec:
    """The same exercise done with the other side (left and right swapped)."""
    front = spec.view is not View.SIDE
    data = spec.model_dump(exclude={"start", "middle", "end"})
    for prop in data["props"]:
        prop["at"] = prop["at"] and _swap_name(prop["at"])
        prop["to"] = prop["to"] and _swap_name(prop["to"])
        if front:
            prop["dx"] = -prop["dx"]
    for mark in data["marks"]:
        mark["at"] = _swap_name(mark["at"])
        if front:
            mark["direction"] = _mirrored_direction(MarkKind(mark["kind"]), mark["direction"])
            mark["dx"] = -mark["dx"]
    data["moving"] = [_swap_name(p) for p in data["moving"]]
    data["hands"] = {_swap_name(f"{k}_")[:-1]: v for k, v in data["hands"].items()}
    data["feet"] = {_swap_name(f"{k}_")[:-1]: v for k, v in data["feet"].items()}
    data["anchor"] = data["anchor"] and _swap_name(data["anchor"])
    data["rest_on"] = [_swap_name(p) for p in data["rest_on"]]
    if data["inset"]:  # the other hand; a side view turns round, so its free corner does too
        data["inset"]["at"] = _swap_name(data["inset"]["at"])
        if not front:
            corner = data["inset"]["corner"]
            data["inset"]["corner"] = "top_left" if corner == "top_right" else "top_right"
    data["start"] = _swap_pose(spec.start, front)
    data["middle"] = _swap_pose(spec.middle, front)
    data["end"] = _swap_pose(spec.end, front)
    return FigureSpec.model_validate(data)
