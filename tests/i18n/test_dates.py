"""Dates, weeks and numbers in words per language."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.errors import RehabError
from rehab_planner.i18n import using_language
from rehab_planner.i18n.dates import (
    WORDS,
    date_words,
    number_words,
    range_words,
    rule_dates_words,
    weeks_words,
    weight_words,
)
from rehab_planner.model import Phase
from rehab_planner.plans.schedule import format_date, format_phase_dates, format_weeks

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


def test_spanish_long_and_short_dates() -> None:
    day = dt.date(2026, 11, 3)
    assert date_words(day, "es") == "3 de noviembre de 2026"
    assert date_words(day, "es", short=True) == "3 nov 2026"
    assert date_words(day, "es", year=False) == "3 de noviembre"
    assert date_words(day, "en") == "3 Nov 2026"


@given(DAYS)
def test_spanish_long_date_reads_back_to_the_same_day(day: dt.date) -> None:
    text = date_words(day, "es")
    number, de1, month, de2, year = text.split(" ")
    assert (de1, de2) == ("de", "de")
    assert dt.date(int(year), WORDS["es"].months.index(month) + 1, int(number)) == day
    assert not number.startswith("0")


@given(DAYS)
def test_short_dates_have_no_leading_zero_and_name_the_month(day: dt.date) -> None:
    for language in ("en", "es"):
        text = date_words(day, language, short=True)
        number, month, year = text.split(" ")
        assert int(number) == day.day and not number.startswith("0")
        assert WORDS[language].short_months.index(month) == day.month - 1
        assert int(year) == day.year


@given(DAYS, st.integers(min_value=0, max_value=800))
def test_a_range_names_both_ends_and_the_year_once_within_a_year(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    text = range_words(start, end, "es")
    assert text.startswith("del ") and " al " in text
    assert text.count(str(end.year)) >= 1
    if start.year == end.year and start != end:
        assert text.endswith(f"de {end.year}") and text.count(" de ") == 3


def test_weeks_and_open_ended_stage_in_spanish() -> None:
    assert weeks_words(0, 6, "es") == "Semanas 0 a 6"
    assert weeks_words(12, None, "es") == "Desde la semana 12"
    assert weeks_words(1.5, 3, "es") == "Semanas 1.5 a 3"


def test_rule_dates_in_spanish() -> None:
    start, end = dt.date(2026, 12, 14), dt.date(2027, 1, 25)
    assert rule_dates_words(start, end, True, "es") == "Hasta el 25 de enero de 2027"
    assert rule_dates_words(start, end, False, "es") == (
        "Del 14 de diciembre de 2026 al 25 de enero de 2027")
    assert rule_dates_words(start, None, True, "es").startswith("Hasta que su cirujano")


def test_weights_in_pounds_and_kilograms() -> None:
    assert weight_words(10, "en") == "10 lb (4.5 kg)"
    assert weight_words(10, "es") == "10 libras (4.5 kg)"
    assert weight_words(1, "es") == "1 libra (0.5 kg)"
    assert number_words(12.0, "es") == "12"


def test_unknown_language_is_refused_with_the_known_ones() -> None:
    with pytest.raises(RehabError, match="es"):
        date_words(dt.date(2026, 1, 1), "xx")


def test_the_schedule_writes_the_language_in_use_and_english_outside() -> None:
    phase = Phase(name="Uno", weeks_from=0, weeks_to=6)
    day = dt.date(2026, 11, 2)
    from rehab_planner.model import Patient, Plan
    plan = Plan(patient=Patient(name="Ana"), procedure="x", surgery_date=day, phases=[phase])
    with using_language("es"):
        assert format_date(day) == "2 de noviembre de 2026"
        assert format_date(day, year=False) == "2 nov"
        assert format_weeks(phase) == "Semanas 0 a 6"
        assert format_phase_dates(plan, phase) == "del 2 de noviembre al 14 de diciembre de 2026"
    assert format_date(day) == "2 Nov 2026"
    assert format_phase_dates(plan, phase) == "2 Nov to 14 Dec 2026"
