"""Plain words for the safety findings: what a movement does, what a precaution bans, and when."""

from __future__ import annotations

from collections.abc import Iterable

from rehab_planner.model import Movement

# For each movement: what an exercise with it does ("bends the low back"), and the name of the
# thing a precaution bans ("bending"), so a message reads
# "Knee to chest bends the low back; no bending until week 12."
MOVEMENT_WORDS: dict[Movement, tuple[str, str]] = {
    Movement.LUMBAR_FLEXION: ("bends the low back", "bending"),
    Movement.LUMBAR_EXTENSION: ("arches the low back", "arching the back"),
    Movement.LUMBAR_ROTATION: ("twists the low back", "twisting"),
    Movement.LUMBAR_SIDE_BEND: ("bends the low back to the side", "side bending"),
    Movement.SPINAL_LOADING: ("loads the spine", "load through the spine"),
    Movement.LIFTING: ("lifts a weight", "lifting"),
    Movement.OVERHEAD_REACH: ("reaches over the head", "reaching overhead"),
    Movement.NECK_FLEXION: ("bends the neck forward", "bending the neck forward"),
    Movement.NECK_EXTENSION: ("tips the head back", "tipping the head back"),
    Movement.NECK_ROTATION: ("turns the neck", "turning the neck"),
    Movement.NECK_SIDE_BEND: ("bends the neck to the side", "side bending the neck"),
    Movement.NECK_RESISTED: ("works the neck against resistance", "resisted neck work"),
    Movement.HIP_FLEXION_PAST_90: ("bends the hip past 90°", "hip bending past 90°"),
    Movement.HIP_ADDUCTION_PAST_MIDLINE: (
        "brings the leg across the midline",
        "crossing the midline",
    ),
    Movement.HIP_INTERNAL_ROTATION: ("turns the hip in", "turning the hip in"),
    Movement.HIP_EXTERNAL_ROTATION: ("turns the hip out", "turning the hip out"),
    Movement.HIP_EXTENSION_PAST_NEUTRAL: (
        "takes the hip back past neutral",
        "hip extension past neutral",
    ),
    Movement.ACTIVE_HIP_ABDUCTION: ("lifts the leg out to the side", "active hip abduction"),
    Movement.ACTIVE_SHOULDER_ELEVATION: (
        "lifts the arm with its own muscles",
        "active arm lifting",
    ),
    Movement.ASSISTED_SHOULDER_ELEVATION: (
        "lifts the arm with help",
        "assisted arm lifting",
    ),
    Movement.SHOULDER_EXTERNAL_ROTATION: ("turns the arm out", "turning the arm out"),
    Movement.RESISTED_SHOULDER: (
        "works the shoulder against resistance",
        "resisted shoulder work",
    ),
    Movement.ARM_WEIGHT_BEARING: ("puts weight through the arm", "weight through the arm"),
    Movement.WEIGHT_BEARING: ("puts weight on the legs", "weight bearing"),
    Movement.SINGLE_LEG_STANCE: ("stands on one leg", "standing on one leg"),
    Movement.KNEE_DEEP_FLEXION: ("bends the knee past 90°", "knee bending past 90°"),
    Movement.RESISTED_KNEE_EXTENSION: (
        "straightens the knee against resistance",
        "resisted knee straightening",
    ),
    Movement.PIVOTING: ("pivots on the leg", "pivoting"),
    Movement.HIGH_IMPACT: ("runs or jumps", "running or jumping"),
    Movement.LYING_ON_STOMACH: ("is done lying on the stomach", "lying on the stomach"),
}


def number(value: float) -> str:
    """A week or count without a needless '.0': 12.0 -> '12', 2.5 -> '2.5'."""
    return f"{value:g}"


def join_words(words: Iterable[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (duplicates dropped, order kept)."""
    items = list(dict.fromkeys(words))
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def does(movement: Movement) -> str:
    """What an exercise with this movement does, e.g. 'bends the low back'."""
    words = MOVEMENT_WORDS.get(movement)
    return words[0] if words else f"makes the movement '{movement}'"


def banned(movement: Movement, lift_limit_lb: float | None = None) -> str:
    """What a precaution bans, e.g. 'bending', or 'lifting over 10 lb' when a limit is set."""
    words = MOVEMENT_WORDS.get(movement)
    noun = words[1] if words else str(movement).replace("_", " ")
    if movement == Movement.LIFTING and lift_limit_lb is not None:
        return f"{noun} over {number(lift_limit_lb)} lb"
    return noun


def weeks_span(weeks_from: float, weeks_to: float | None, in_days: bool = False) -> str:
    """When a precaution holds: 'until week 12', 'from week 2 until week 6', or open-ended; for
    an order written in days, 'until day 30', 'from day 10 until day 30'."""
    unit, scale = ("day", 7) if in_days else ("week", 1)
    start = f"from {unit} {number(round(weeks_from * scale, 2))} " if weeks_from > 0 else ""
    if weeks_to is None:
        return f"{start}until the surgeon lifts it"
    return f"{start}until {unit} {number(round(weeks_to * scale, 2))}"


def phase_weeks(weeks_from: float, weeks_to: float | None) -> str:
    """A phase's weeks: 'weeks 0 to 6' or 'from week 12 on'."""
    if weeks_to is None:
        return f"from week {number(weeks_from)} on"
    return f"weeks {number(weeks_from)} to {number(weeks_to)}"


def conflict_message(
    exercise_name: str,
    movements: Iterable[Movement],
    weeks_from: float,
    weeks_to: float | None,
    lift_limit_lb: float | None = None,
    in_days: bool = False,
) -> str:
    """'Knee to chest bends the low back; no bending until week 12.' (or 'until day 30')"""
    moves = list(movements)
    doing = join_words(does(m) for m in moves)
    bans = join_words((banned(m, lift_limit_lb) for m in moves), last="or")
    return f"{exercise_name} {doing}; no {bans} {weeks_span(weeks_from, weeks_to, in_days)}."
