"""Pictures agree with their text (issue 13): constraints in the figure data, measured on the poses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from rehab_planner.figures.checks import check, measure
from rehab_planner.library.loader import Library, load_library
from rehab_planner.model.figure import CheckKind, Constraint, FigureSpec

LIBRARY: Library = load_library(include_custom=False)
WITH_CONSTRAINTS = sorted(e.id for e in LIBRARY if e.figure is not None and e.figure.constraints)

# Words in an exercise's steps that promise something a picture can get wrong, and what kind of
# constraint must then be recorded in its figure data (issue 13's list of wrong exercises).
PROMISES: dict[str, set[CheckKind]] = {
    "a few inches": {CheckKind.MOVES, CheckKind.HEIGHT, CheckKind.TURN, CheckKind.OFFSET},
    "feet together": {CheckKind.DISTANCE},
    "heels together": {CheckKind.DISTANCE},
    "stand side-on": {CheckKind.OFFSET},
    "push your hips back": {CheckKind.MOVES},
    "like a log": {CheckKind.PANELS},
    "on your side with your knees bent": {CheckKind.ANGLE, CheckKind.DISTANCE},
    "keep your front knee over your ankle": {CheckKind.OFFSET},
}


def _spec(exercise_id: str) -> FigureSpec:
    figure = LIBRARY.get(exercise_id).figure
    assert figure is not None
    return figure


@pytest.mark.parametrize("exercise_id", WITH_CONSTRAINTS)
def test_every_constraint_in_the_library_holds(exercise_id: str) -> None:
    failed = [m.describe() for m in check(_spec(exercise_id)) if not m.ok]
    assert not failed, failed


def test_every_exercise_whose_text_promises_a_fact_records_it() -> None:
    missing = []
    for exercise in LIBRARY:
        text = " ".join(exercise.steps).lower()
        kinds = {c.kind for c in exercise.figure.constraints} if exercise.figure else set()
        for phrase, wanted in PROMISES.items():
            if phrase in text and not kinds & wanted:
                missing.append(f"{exercise.id}: '{phrase}' needs a {sorted(wanted)} constraint")
    assert not missing, missing


@pytest.mark.parametrize(
    ("exercise_id", "kinds"),
    [
        ("side-lying-leg-lift", {CheckKind.OFFSET, CheckKind.MOVES, CheckKind.ANGLE}),
        ("clamshell", {CheckKind.DISTANCE, CheckKind.MOVES}),
        ("side-plank-on-knees", {CheckKind.ANGLE}),
        ("band-anti-twist-press", {CheckKind.OFFSET}),
        ("hip-hinge", {CheckKind.MOVES}),
        ("lying-march", {CheckKind.MOVES, CheckKind.TURN}),
        ("forward-lunge", {CheckKind.ANGLE, CheckKind.HEIGHT}),
        ("log-roll", {CheckKind.PANELS}),
    ],
)
def test_the_eight_wrong_exercises_carry_their_constraints(
    exercise_id: str, kinds: set[CheckKind]
) -> None:
    spec = _spec(exercise_id)
    assert kinds <= {c.kind for c in spec.constraints}
    assert all(m.ok for m in check(spec))


def _with(exercise_id: str, **changes: object) -> FigureSpec:
    data = _spec(exercise_id).model_dump(exclude_none=True)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return FigureSpec.model_validate(data)


def _failures(spec: FigureSpec) -> list[str]:
    return [m.constraint.says for m in check(spec) if not m.ok]


def test_the_old_mistakes_would_be_caught() -> None:
    # Side-lying leg lift drawn on the back (the old picture's trap): not stacked.
    on_back = _with("side-lying-leg-lift", base="lying_on_back", view="front")
    assert any("lying on the side" in s for s in _failures(on_back))
    # Clamshell with the feet apart: the top leg opens straight.
    apart = _with("clamshell", end={"right_hip": 30, "right_knee": 0})
    assert "feet together" in _failures(apart)
    # Side plank on the knees with straight legs.
    straight = _with("side-plank-on-knees", end={"knees": 0, "left_hip": 0, "right_hip": 0})
    assert "knees bent" in _failures(straight)
    # Anti-twist press with the band's anchor behind: a chest press from the side.
    behind = _with(
        "band-anti-twist-press",
        view="side",
        props=[{"kind": "door", "at": "pelvis", "dx": -0.75},
               {"kind": "band", "at": "right_hand", "dx": -0.72}],
    )
    assert _failures(behind)
    # Hip hinge with the hips kept over the feet (a knee bend and a lean).
    hinge = _spec("hip-hinge").model_dump(exclude_none=True)
    hinge["then"][0]["end"] = {"trunk": 50, "hips": 85, "knees": 45, "ankles": 12}
    upright = FigureSpec.model_validate(hinge)
    assert "the hips go back behind the heels" in _failures(upright)
    # Lying march with the hip at 90 degrees.
    high = _with("lying-march", end={"right_hip": 90, "right_knee": 95})
    assert "lift the foot a few inches" in _failures(high)
    # The deep lunge, back shin down.
    lunge = _spec("forward-lunge").model_dump(exclude_none=True)
    lunge["then"][0]["end"] = {"right_hip": 78, "right_knee": 82, "left_hip": 9, "left_knee": 100,
                               "left_ankle": 40}
    deep = FigureSpec.model_validate(lunge)
    assert set(_failures(deep)) >= {"a small lunge (knees bend a little)",
                                    "the back knee stays off the floor"}
    # The log roll as one frame.
    one_frame = _with("log-roll", then=[], constraints=_spec("log-roll").constraints[:1])
    assert _failures(one_frame) == ["roll like a log in numbered steps"]


def test_a_measure_reports_its_value_and_bounds() -> None:
    spec = FigureSpec.model_validate({"base": "standing", "end": {"right_hip": 50}})
    m = measure(spec, Constraint(says="hip at most 45", kind="angle", joint="right_hip", max=45))
    assert not m.ok and m.value == 50
    assert m.describe() == "hip at most 45: angle 50 (wanted at most 45)"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"says": "x y z", "kind": "angle", "joint": "right_hip"}, "needs min, max or both"),
        ({"says": "x y z", "kind": "angle", "max": 4}, "needs 'joint'"),
        ({"says": "x y z", "kind": "angle", "joint": "hip", "max": 4}, "is not a joint"),
        ({"says": "x y z", "kind": "distance", "at": "nose", "to": "head", "max": 4},
         "not a point of the figure"),
        ({"says": "x y z", "kind": "offset", "at": "head", "max": 4}, "needs 'to' or 'prop'"),
    ],
)
def test_a_broken_constraint_is_refused_with_a_clear_reason(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        Constraint.model_validate(data)


def test_a_constraint_on_a_missing_panel_or_prop_is_an_error() -> None:
    spec = FigureSpec.model_validate({"base": "standing"})
    with pytest.raises(ValueError, match="no panel 2"):
        measure(spec, Constraint(says="two panels", kind="angle", joint="trunk", panel=2, max=1))
    with pytest.raises(ValueError, match="no band"):
        measure(spec, Constraint(says="band beside", kind="offset", at="pelvis", prop="band",
                                 min=0))
