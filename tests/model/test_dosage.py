"""Dosage: limits and plain words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner.i18n.dosage import amount_words, describe
from rehab_planner.model import Dosage


def test_describes_itself_in_plain_words() -> None:
    dosage = Dosage(sets=2, reps=10, hold_seconds=5, times_a_day=3)
    assert describe(dosage) == "2 sets of 10 reps · hold 5 seconds · 3 times a day"


def test_single_set_reads_as_reps() -> None:
    assert describe(Dosage(reps=10, hold_seconds=5, times_a_day=3)) == (
        "10 reps · hold 5 seconds · 3 times a day"
    )


def test_side_load_minutes_and_week() -> None:
    text = describe(Dosage(reps=12, sets=3, side="each", load="yellow band", days_a_week=5))
    assert text == "3 sets of 12 reps · each side · yellow band · 5 days a week"
    assert describe(Dosage(minutes=10, times_a_day=2)) == "10 minutes · twice a day"


@pytest.mark.parametrize(
    ("field", "value"),
    [("sets", -1), ("sets", 50), ("reps", 0), ("reps", 1000), ("hold_seconds", 3600),
     ("times_a_day", 48), ("days_a_week", 8), ("minutes", -5)],
)
def test_absurd_numbers_are_refused(field: str, value: int) -> None:
    with pytest.raises(ValidationError) as err:
        Dosage.model_validate({"reps": 10, field: value})
    assert field in str(err.value)


def test_override_may_change_only_how_often() -> None:
    override = Dosage(times_a_day=1)
    assert not override.is_complete()
    merged = Dosage(reps=10, hold_seconds=5, times_a_day=3).merged(override)
    assert describe(merged) == "10 reps · hold 5 seconds · once a day"


def test_exercise_default_dosage_must_be_complete() -> None:
    from rehab_planner.model import Exercise

    with pytest.raises(ValidationError, match="repetitions, a hold time, minutes or a distance"):
        Exercise(id="a-b", name="AB", region="knee", category="strengthening",
                 position="sitting", steps=["Sit."], dosage=Dosage(sets=2))


def test_override_replaces_only_what_it_sets() -> None:
    base = Dosage(sets=2, reps=10, times_a_day=3)
    merged = base.merged(Dosage(reps=15))
    assert (merged.sets, merged.reps, merged.times_a_day) == (2, 15, 3)
    assert base.merged(None) is base


def test_minutes_a_day_counts_sessions_and_sides() -> None:
    one = Dosage(reps=10, times_a_day=1)
    assert Dosage(reps=10, times_a_day=3).minutes_a_day() == pytest.approx(3 * one.minutes_a_day())
    assert Dosage(reps=10, side="each").minutes_a_day() > one.minutes_a_day()


@given(st.dictionaries(
    st.sampled_from(["sets", "reps", "hold_seconds", "minutes", "times_a_day", "days_a_week",
                     "side", "load", "rest_seconds", "bogus"]),
    st.one_of(st.integers(-10, 2000), st.text(max_size=5), st.none(), st.floats()),
))
def test_any_input_loads_or_fails_cleanly(data: dict[str, object]) -> None:
    try:
        dosage = Dosage.model_validate(data)
    except ValidationError:
        return
    assert isinstance(describe(dosage), str)


def test_single_hold_reads_as_just_the_hold() -> None:
    assert describe(Dosage(reps=1, hold_seconds=60, times_a_day=3)) == "hold 60 seconds · 3 times a day"


def test_sets_of_one_hold_read_as_reps() -> None:
    assert describe(Dosage(sets=2, reps=1, hold_seconds=15)) == "2 reps · hold 15 seconds"


@given(st.builds(
    Dosage,
    sets=st.none() | st.integers(1, 10), reps=st.none() | st.integers(1, 100),
    hold_seconds=st.none() | st.integers(1, 300), minutes=st.none() | st.integers(1, 180),
    times_a_day=st.none() | st.integers(1, 24), days_a_week=st.none() | st.integers(1, 7),
))
def test_times_is_said_once_at_most(dosage: Dosage) -> None:
    # '20 times · 3 times a day' used "times" twice; counts are reps, "times" is how often
    assert "time" not in amount_words(dosage)
    assert describe(dosage).count("times") <= 1
