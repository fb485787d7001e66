"""Dates, weeks and date ranges in words, per language ('3 de noviembre de 2026', '2 Nov 2026').

These are locale tables (month names and the few words that join dates), the same kind of fact as
a calendar; sentences a patient reads stay in the data files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rehab_planner.i18n.languages import check_language


@dataclass(frozen=True)
class DateWords:
    """How one language writes dates."""

    months: tuple[str, ...]  # full names, January first
    short_months: tuple[str, ...]
    long: str  # {day} {month} {year}
    long_no_year: str
    short: str
    short_no_year: str
    week: str  # {start} (an open-ended stage)
    weeks: str  # {start} {end}
    range_same_year: str  # {start} {end} {year}: start and end without the year
    range: str  # {start} {end}, each with its year
    from_on: str  # {start}
    until: str  # {end}
    until_lifted: str  # the rule lasts until the surgeon lifts it
    from_until_lifted: str  # {start}


WORDS: dict[str, DateWords] = {
    "en": DateWords(
        months=("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"),
        short_months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                      "Nov", "Dec"),
        long="{day} {short_month} {year}", long_no_year="{day} {short_month}",
        short="{day} {short_month} {year}", short_no_year="{day} {short_month}",
        week="Week {start} on", weeks="Weeks {start} to {end}",
        range_same_year="{start} to {end} {year}", range="{start} to {end}",
        from_on="From {start}", until="Until {end}",
        until_lifted="Until your surgeon says you may stop",
        from_until_lifted="From {start} until your surgeon says you may stop",
    ),
    "es": DateWords(
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "octubre", "noviembre", "diciembre"),
        short_months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct",
                      "nov", "dic"),
        long="{day} de {month} de {year}", long_no_year="{day} de {month}",
        short="{day} {short_month} {year}", short_no_year="{day} {short_month}",
        week="Desde la semana {start}", weeks="Semanas {start} a {end}",
        range_same_year="del {start} al {end} de {year}", range="del {start} al {end}",
        from_on="desde el {start}", until="Hasta el {end}",
        until_lifted="Hasta que su cirujano le diga otra cosa",
        from_until_lifted="Desde el {start} hasta que su cirujano le diga otra cosa",
    ),
}


def _words(language: str) -> DateWords:
    return WORDS[check_language(language)]


def date_words(day: dt.date, language: str = "en", *, year: bool = True, short: bool = False) -> str:
    """A date in words: '3 de noviembre de 2026' (long), '3 nov 2026' (short), '3 Nov 2026' (en).

    English keeps the handout's one form ('3 Nov 2026') for both, as before.

    Raises:
        RehabError: an unknown language code.
    """
    words = _words(language)
    if short:
        pattern = words.short if year else words.short_no_year
    else:
        pattern = words.long if year else words.long_no_year
    return pattern.format(day=day.day, month=words.months[day.month - 1],
                          short_month=words.short_months[day.month - 1], year=day.year)


def weeks_words(weeks_from: float, weeks_to: float | None, language: str = "en") -> str:
    """'Weeks 0 to 6', 'Week 12 on'; 'Semanas 0 a 6', 'Desde la semana 12'."""
    words = _words(language)
    start = number_words(weeks_from, language)
    if weeks_to is None:
        return words.week.format(start=start)
    return words.weeks.format(start=start, end=number_words(weeks_to, language))


def range_words(start: dt.date, end: dt.date | None, language: str = "en") -> str:
    """A stage's dates: '2 Nov to 14 Dec 2026', 'del 2 de noviembre al 14 de diciembre de 2026',
    'desde el 25 de enero de 2027' (Spanish in lower case: it follows a colon or a word)."""
    words = _words(language)
    if end is None:
        return words.from_on.format(start=date_words(start, language))
    if start.year == end.year:
        if language == "en":
            return words.range.format(start=date_words(start, language, year=False),
                                      end=date_words(end, language))
        return words.range_same_year.format(start=date_words(start, language, year=False),
                                            end=date_words(end, language, year=False),
                                            year=end.year)
    return words.range.format(start=date_words(start, language), end=date_words(end, language))


def rule_dates_words(start: dt.date, end: dt.date | None, starts_at_surgery: bool,
                     language: str = "en") -> str:
    """When a rule holds: 'Hasta el 25 de enero de 2027', 'Del 14 de diciembre de 2026 al 25 de
    enero de 2027', or until the surgeon lifts it."""
    words = _words(language)
    if end is None:
        if starts_at_surgery:
            return words.until_lifted
        return words.from_until_lifted.format(start=date_words(start, language))
    if starts_at_surgery:
        return words.until.format(end=date_words(end, language))
    text = range_words(start, end, language)
    return text[:1].upper() + text[1:]  # it starts the line


def number_words(value: float, language: str = "en") -> str:
    """A number as a patient reads it: '4.5', '12'; no trailing '.0'.

    Spanish keeps the decimal point: the handout is written for Spanish speakers in the United
    States (and Mexico), who read '4.5' on scales, medicine labels and the English pages.
    """
    check_language(language)
    return f"{value:g}"


def weight_words(pounds: float, language: str = "en") -> str:
    """A weight in pounds with kilograms beside it: '10 lb (4.5 kg)', '10 libras (4,5 kg)'."""
    kg = round(pounds * 0.45359237, 1)
    unit = "libras" if check_language(language) == "es" else "lb"
    if language == "es" and pounds == 1:
        unit = "libra"
    return f"{number_words(pounds, language)} {unit} ({number_words(kg, language)} kg)"
