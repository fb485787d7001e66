"""The ankle, balance and aerobic exercises added for issue 14 (branch lib-foot).

Each loads, draws, has Spanish for today's English, sits in a ladder, and the weight-bearing,
spine, hip and shoulder orders flag the ones they must.
"""

from __future__ import annotations

import pytest

from rehab_planner import paths
from rehab_planner.figures.render import render_exercise
from rehab_planner.i18n.sources import exercise_states
from rehab_planner.library import Library
from rehab_planner.model import PrecautionSetting
from rehab_planner.model.vocab import Movement, Position, Region
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Severity
from tests.safety.check_helpers import phase, plan

ANKLE = [
    "towel-toe-scrunch", "marble-pick-up", "seated-heel-raise-weight", "heel-lower-step-straight",
    "heel-lower-step-bent", "bent-knee-calf-stretch", "step-calf-stretch", "ankle-isometrics",
    "big-toe-stretch", "foot-roll-ball", "top-of-foot-stretch",
]
BALANCE = [
    "one-leg-stand-pillow", "one-leg-stand-head-turns", "one-leg-ball-toss", "clock-reach",
    "tandem-stand-pillow", "feet-together-pillow", "step-over-towel", "forward-hops-over-line",
    "side-hops-over-line", "one-leg-hop-forward", "grapevine-walk", "high-knee-march",
    "side-shuffle", "ladder-drill",
]
AEROBIC = [
    "walk-jog-program", "jogging", "pool-jogging", "pole-walking", "stair-climber",
    "rowing-machine", "pedal-exerciser", "arm-bike", "jump-rope",
]
NEW = ANKLE + BALANCE + AEROBIC
REGION = {**dict.fromkeys(ANKLE, Region.ANKLE), **dict.fromkeys(BALANCE, Region.BALANCE),
          **dict.fromkeys(AEROBIC, Region.AEROBIC)}
CATALOGUE = load_catalogue()

# On one leg, hopping or running: what partial weight bearing still forbids.
ONE_LEG_OR_IMPACT = {
    "heel-lower-step-straight", "heel-lower-step-bent", "one-leg-stand-pillow",
    "one-leg-stand-head-turns", "one-leg-ball-toss", "clock-reach", "forward-hops-over-line",
    "side-hops-over-line", "one-leg-hop-forward", "high-knee-march", "walk-jog-program", "jogging",
    "stair-climber", "jump-rope",
}
IMPACT = {"forward-hops-over-line", "side-hops-over-line", "one-leg-hop-forward",
          "walk-jog-program", "jogging", "jump-rope"}
# Done sitting, off the operated leg's weight: a patient who may not stand on it can do them.
SEATED = {"towel-toe-scrunch", "marble-pick-up", "ankle-isometrics", "foot-roll-ball",
          "top-of-foot-stretch", "pedal-exerciser", "arm-bike"}


def _flagged(library: Library, order: str, ids: list[str]) -> set[str]:
    """The exercises an order flags when they are all in its first weeks."""
    checked = plan([phase("Early", 0, 6, *ids)],
                   [PrecautionSetting(id=order, weeks_from=0, weeks_to=6)])
    return {f.exercise_id for f in check_plan(checked, library, CATALOGUE)
            if f.severity == Severity.CONFLICT and f.subject == order and f.exercise_id}


def test_thirty_four_new_exercises_load_in_their_regions(library: Library) -> None:
    assert len(NEW) == len(set(NEW)) == 34
    for eid in NEW:
        assert library.get(eid).region is REGION[eid], eid


@pytest.mark.parametrize("exercise_id", NEW)
def test_each_new_exercise_draws_a_picture(library: Library, exercise_id: str) -> None:
    exercise = library.get(exercise_id)
    assert exercise.figure is not None
    assert len(render_exercise(exercise).items) > 10


def test_each_new_exercise_has_spanish_for_todays_english(library: Library) -> None:
    states = exercise_states(paths.i18n_dir("es") / "exercises.yaml",
                             [library.get(e) for e in NEW])
    assert {s.entry_id: s.state for s in states} == dict.fromkeys(NEW, "current")


def test_each_new_exercise_sits_in_a_ladder_that_resolves(library: Library) -> None:
    ids = {e.id for e in library}
    for eid in NEW:
        ex = library.get(eid)
        links = ex.progressions + ex.regressions
        assert links, f"{eid} has no progression or regression"
        assert set(links) <= ids, eid
    # The existing ladders lead on to the new rungs.
    assert "heel-lower-step-straight" in library.get("heel-raises").progressions
    assert "one-leg-stand-pillow" in library.get("one-leg-stand").progressions
    assert "walk-jog-program" in library.get("walking-program").progressions
    assert "pool-jogging" in library.get("pool-walking").progressions


def test_every_new_standing_or_walking_exercise_is_stopped_by_non_weight_bearing(
    library: Library,
) -> None:
    on_feet = [e for e in NEW
               if library.get(e).position in (Position.STANDING, Position.WALKING)]
    assert len(on_feet) >= 20
    for order in ("wb-non", "wb-toe-touch"):
        assert _flagged(library, order, on_feet) == set(on_feet), order


def test_seated_ankle_work_stays_open_to_a_patient_who_may_not_stand(library: Library) -> None:
    assert _flagged(library, "wb-non", sorted(SEATED)) == set()
    # A weight on the knee presses the foot into the floor: that is weight through the leg.
    assert _flagged(library, "wb-non", ["seated-heel-raise-weight"]) == {"seated-heel-raise-weight"}


def test_partial_weight_bearing_stops_one_leg_work_hops_and_running(library: Library) -> None:
    assert _flagged(library, "wb-partial", NEW) == ONE_LEG_OR_IMPACT
    assert _flagged(library, "wb-as-tolerated", NEW) == IMPACT


def test_rowing_and_the_grapevine_are_stopped_after_a_low_back_fusion(library: Library) -> None:
    rowing = set(library.get("rowing-machine").movements)
    assert {Movement.LUMBAR_FLEXION, Movement.SPINAL_LOADING} <= rowing
    assert _flagged(library, "spinal-blt", NEW) == {"rowing-machine", "grapevine-walk"}


def test_posterior_hip_orders_stop_rowing_and_crossing_the_legs(library: Library) -> None:
    assert _flagged(library, "hip-posterior", NEW) == {"rowing-machine", "grapevine-walk"}
    assert _flagged(library, "hip-anterior", NEW) == {"clock-reach", "grapevine-walk"}


def test_shoulder_orders_stop_poles_ball_toss_rowing_and_the_arm_bike(library: Library) -> None:
    assert _flagged(library, "shoulder-no-active", NEW) == {
        "pole-walking", "one-leg-ball-toss", "rowing-machine", "arm-bike"}


def test_head_turns_on_one_leg_are_stopped_by_a_no_turning_neck_order(library: Library) -> None:
    assert _flagged(library, "cervical-rotation", NEW) == {"one-leg-stand-head-turns"}
