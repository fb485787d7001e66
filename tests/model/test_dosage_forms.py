"""Dosage as prescribed: ranges, as needed, as tolerated, distance, effort and a build-up target,
in plain words in English and Spanish, merged over library defaults, timed only when knowable."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.i18n.dosage import (
    DOSAGE_FILE,
    DosageWords,
    dosage_words,
    english_dosage_words,
    load_dosage_words,
)
from rehab_planner.model import AsTolerated, DistanceUnit, Dosage, DoseTarget, Side
from rehab_planner.model.progression import Progression
from rehab_planner.plans.progression import progressed


def spanish() -> DosageWords:
    return load_dosage_words(paths.i18n_dir("es") / DOSAGE_FILE)


@pytest.mark.parametrize(("dosage", "english", "spanish_words"), [
    (Dosage(sets=2, sets_max=3, reps=10, reps_max=15, times_a_day=2),
     "2 to 3 sets of 10 to 15 reps · twice a day",
     "2 a 3 series de 10 a 15 repeticiones · 2 veces al día"),
    (Dosage(reps=10, hold_seconds=5, hold_seconds_max=10),
     "10 reps · hold 5 to 10 seconds", "10 repeticiones · sostenga 5 a 10 segundos"),
    (Dosage(minutes=10, minutes_max=20), "10 to 20 minutes", "10 a 20 minutos"),
    (Dosage(reps=10, reps_max=10), "10 reps", "10 repeticiones"),
    (Dosage(as_needed=True), "as often as you need", "las veces que lo necesite"),
    (Dosage(reps=10, as_needed=True), "10 reps · as often as you need",
     "10 repeticiones · las veces que lo necesite"),
    (Dosage(as_tolerated=AsTolerated.FAR), "as far as feels OK", "hasta donde se sienta bien"),
    (Dosage(distance=400, distance_unit=DistanceUnit.M, as_tolerated=AsTolerated.FAR),
     "up to 400 meters · as far as feels OK", "hasta 400 metros · hasta donde se sienta bien"),
    (Dosage(distance=0.25, distance_unit=DistanceUnit.MI, times_a_day=2),
     "a quarter mile · twice a day", "un cuarto de milla · 2 veces al día"),
    (Dosage(distance=0.5, distance_unit=DistanceUnit.KM), "half a kilometer", "medio kilómetro"),
    (Dosage(distance=1, distance_unit=DistanceUnit.MI), "1 mile", "1 milla"),
    (Dosage(distance=1.5, distance_unit=DistanceUnit.MI), "1.5 miles", "1,5 millas"),
    (Dosage(distance=200, distance_unit=DistanceUnit.YD), "200 yards", "200 yardas"),
    (Dosage(minutes=15, effort=3, effort_max=4),
     "15 minutes · work at an effort of 3 to 4 out of 10 (fairly easy to medium)",
     "15 minutos · haga un esfuerzo de 3 a 4 sobre 10 (algo fácil a medio)"),
    (Dosage(minutes=15, effort=2), "15 minutes · work at an effort of 2 out of 10 (easy)",
     "15 minutos · haga un esfuerzo de 2 sobre 10 (fácil)"),
    (Dosage(reps=10, build_up_to=DoseTarget(sets=3, reps=15), times_a_day=2),
     "start with 10 reps; build up to 3 sets of 15 reps · twice a day",
     "empiece con 10 repeticiones; poco a poco llegue a 3 series de 15 repeticiones · "
     "2 veces al día"),
    (Dosage(sets=2, reps=10, build_up_to=DoseTarget(reps=15)),
     "start with 2 sets of 10 reps; build up to 2 sets of 15 reps",
     "empiece con 2 series de 10 repeticiones; poco a poco llegue a 2 series de 15 repeticiones"),
    (Dosage(distance=0.25, distance_unit=DistanceUnit.MI, build_up_to=DoseTarget(distance=1)),
     "start with a quarter mile; build up to 1 mile",
     "empiece con un cuarto de milla; poco a poco llegue a 1 milla"),
])
def test_each_form_reads_in_plain_words_in_both_languages(
        dosage: Dosage, english: str, spanish_words: str) -> None:
    assert dosage_words(dosage) == english
    assert dosage_words(dosage, spanish()) == spanish_words


@pytest.mark.parametrize(("data", "message"), [
    ({"reps": 15, "reps_max": 10}, "'reps_max' (10) is below 'reps' (15)"),
    ({"reps_max": 10}, "'reps_max' needs 'reps'"),
    ({"effort": 5, "effort_max": 3}, "'effort_max' (3) is below 'effort' (5)"),
    ({"distance": 400}, "'distance' and 'distance_unit' go together"),
    ({"distance": 0.3, "distance_unit": "mi"}, "steps of 0.25"),
    ({"distance": 10.5, "distance_unit": "m"}, "steps of 1"),
    ({"distance": 40, "distance_unit": "mi"}, "more than 13 mi"),
    ({"as_needed": True, "times_a_day": 2}, "clear times_a_day"),
    ({"reps": 15, "build_up_to": {"reps": 10}}, "below the start"),
    ({"reps": 15, "build_up_to": {"reps": 15}}, "no more than the start"),
    ({"reps": 10, "build_up_to": {}}, "a build-up target needs"),
    ({"reps": 10, "build_up_to": {"distance": 2}}, "needs the dose's distance"),
    ({"effort": 11}, "effort"),
    ({"reps": 10, "clear": ["reps"]}, "both set and cleared"),
])
def test_impossible_doses_are_refused_with_the_field_named(data: dict[str, object],
                                                            message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        Dosage.model_validate(data)


def test_an_override_over_a_library_default() -> None:
    default = Dosage(sets=2, reps=10, reps_max=15, hold_seconds=5, times_a_day=2)
    # a count set alone replaces the default range, so it cannot fall outside it
    assert default.merged(Dosage(reps=20)).reps_max is None
    assert default.merged(Dosage(reps=12, reps_max=20)).reps_max == 20
    # as needed keeps nothing of the default amount or how often: only what it says
    assert dosage_words(default.merged(Dosage(as_needed=True))) == "as often as you need"
    assert dosage_words(default.merged(Dosage(as_needed=True, reps=10))) == (
        "10 reps · as often as you need")
    # as tolerated keeps how often, not the amount
    walk = Dosage(minutes=10, times_a_day=3, days_a_week=7)
    assert dosage_words(walk.merged(Dosage(as_tolerated=AsTolerated.LONG))) == (
        "as long as feels OK · 3 times a day · every day")
    # clearing a count clears its range; clearing distance clears its unit
    assert default.merged(Dosage(clear=["reps"])).reps_max is None
    far = Dosage(distance=1, distance_unit=DistanceUnit.MI)
    assert far.merged(Dosage(clear=["distance"], minutes=20)).distance_unit is None
    # a new start drops an inherited target (it may be below it now)
    built = Dosage(reps=10, build_up_to=DoseTarget(reps=15))
    assert built.merged(Dosage(reps=20)).build_up_to is None
    assert built.merged(Dosage(times_a_day=1)).build_up_to == DoseTarget(reps=15)


def test_minutes_a_day_only_when_it_can_be_known() -> None:
    assert Dosage(reps=10, times_a_day=2).minutes_a_day() is not None
    assert Dosage(as_needed=True, reps=10).minutes_a_day() is None
    assert Dosage(as_tolerated=AsTolerated.LONG, minutes=20).minutes_a_day() is None
    assert Dosage(distance=400, distance_unit=DistanceUnit.M).minutes_a_day() is None
    assert Dosage(effort=3).minutes_a_day() is None
    # a range or a build-up counts at its top: the most the phase asks
    assert Dosage(minutes=10, minutes_max=20).minutes_a_day() == 20
    assert Dosage(reps=10, reps_max=20).minutes_a_day() == Dosage(reps=20).minutes_a_day()
    assert Dosage(reps=10, build_up_to=DoseTarget(sets=3, reps=15)).minutes_a_day() == (
        Dosage(sets=3, reps=15).minutes_a_day())


def test_complete_means_it_says_what_to_do() -> None:
    assert Dosage(distance=400, distance_unit=DistanceUnit.M).is_complete()
    assert Dosage(as_needed=True).is_complete()
    assert Dosage(as_tolerated=AsTolerated.FAR).is_complete()
    assert not Dosage(effort=3).is_complete()


def test_carrying_forward_moves_a_range_and_starts_from_the_target() -> None:
    assert progressed(Dosage(reps=10, reps_max=15), Progression(reps=5)).reps_max == 20
    grown = progressed(Dosage(reps=10, build_up_to=DoseTarget(sets=3, reps=15)),
                       Progression(load="red band"))
    assert (grown.sets, grown.reps, grown.build_up_to, grown.load) == (3, 15, None, "red band")


# --- any valid dosage: words in both languages, and a JSON round trip --------------------------

@st.composite
def dosages(draw: st.DrawFn) -> Dosage:
    """Any valid dosage, the new forms included (drawn as data, kept when it validates)."""
    data: dict[str, object] = {}
    for low, high, top in (("sets", "sets_max", 10), ("reps", "reps_max", 100),
                           ("hold_seconds", "hold_seconds_max", 300),
                           ("minutes", "minutes_max", 180), ("effort", "effort_max", 10)):
        value = draw(st.one_of(st.none(), st.integers(0 if low == "effort" else 1, top)))
        if value is not None:
            data[low] = value
            if draw(st.booleans()):
                data[high] = draw(st.integers(value, top))
    if draw(st.booleans()):
        unit = draw(st.sampled_from(list(DistanceUnit)))
        whole = unit in (DistanceUnit.M, DistanceUnit.YD)
        data["distance_unit"] = unit
        data["distance"] = (draw(st.integers(1, 5000)) if whole
                            else draw(st.integers(1, 40)) / 4)
    if draw(st.booleans()):
        data["as_needed"] = True
    else:
        data["times_a_day"] = draw(st.one_of(st.none(), st.integers(1, 24)))
        data["days_a_week"] = draw(st.one_of(st.none(), st.integers(1, 7)))
    data["as_tolerated"] = draw(st.one_of(st.none(), st.sampled_from(list(AsTolerated))))
    data["side"] = draw(st.sampled_from(list(Side)))
    data["load"] = draw(st.one_of(st.none(), st.sampled_from(["red band", "2 lb"])))
    data["rest_seconds"] = draw(st.one_of(st.none(), st.integers(1, 600)))
    if draw(st.booleans()):
        target: dict[str, int] = {}
        for name, top in (("sets", 10), ("reps", 100), ("minutes", 180)):
            start = data.get(name)
            low = start + 1 if isinstance(start, int) else 1
            if low <= top and draw(st.booleans()):
                target[name] = draw(st.integers(low, top))
        if target:
            data["build_up_to"] = target
    if not any(data.get(k) is not None for k in ("reps", "hold_seconds", "minutes", "distance",
                                                 "as_tolerated")) and not data.get("as_needed"):
        data["reps"] = 10  # a dose that says what to do (an empty override says nothing)
    try:
        return Dosage.model_validate(data)
    except ValidationError:
        return Dosage(reps=10)


@settings(max_examples=300, deadline=None)
@given(dosages())
def test_any_valid_dosage_reads_in_both_languages_and_round_trips(dosage: Dosage) -> None:
    english, spanish_text = dosage_words(dosage, english_dosage_words()), dosage_words(dosage,
                                                                                      spanish())
    assert dosage.is_complete()
    assert english.strip() and spanish_text.strip()
    assert "{" not in english and "{" not in spanish_text
    again = Dosage.model_validate_json(dosage.model_dump_json())
    assert again == dosage
    minutes = dosage.minutes_a_day()
    assert minutes is None or minutes > 0
