"""'Your progress' for the patient: pain and function trends in plain words (resources/outcomes)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.datafile import read_versioned, section_problems
from rehab_planner.errors import DataFileError
from rehab_planner.model import Plan
from rehab_planner.model.base import Model
from rehab_planner.outcomes.catalogue import shipped_measures
from rehab_planner.outcomes.meaning import Verdict, history
from rehab_planner.outcomes.scoring import format_score
from rehab_planner.outcomes.series import MeasureSeries, ProgressSeries, progress_series
from rehab_planner.plans.schedule import format_date
from rehab_planner.visits.model import Visit

WORDS_FILE = "progress-words.yaml"
# The function measures a patient's trend is told from, in order of preference.
FUNCTION_MEASURES = ("lefs", "koos_jr", "hoos_jr", "psfs", "sane")


class PainWords(Model):
    """Pain trend sentences."""

    better: str
    same: str
    worse: str


class FunctionWords(Model):
    """Function trend sentences."""

    much_better: str
    better: str
    same: str
    worse: str


class ProgressWords(Model):
    """Every sentence of 'Your progress'."""

    heading: str
    intro: str
    pain: PainWords
    function: FunctionWords
    plot_caption: str
    plot_title: str
    plot_axis: str
    plot_surgery: str
    names: dict[str, str]


def load_progress_words(path: Path | None = None) -> ProgressWords:
    """The words file.

    Raises:
        DataFileError: naming the file, section and field.
    """
    target = path or paths.outcomes_dir() / WORDS_FILE
    raw = read_versioned(target, "words")
    try:
        return ProgressWords.model_validate(raw)
    except ValidationError as err:
        raise DataFileError(target, section_problems(err)) from None


@lru_cache(maxsize=1)
def _shipped_words() -> ProgressWords:
    return load_progress_words()


@dataclass(frozen=True)
class PatientProgress:
    """What 'Your progress' prints: a heading, sentences, and one function measure to plot."""

    heading: str
    lines: list[str]
    caption: str
    series: ProgressSeries
    plotted: MeasureSeries | None
    plot_title: str = ""
    plot_axis: str = ""
    plot_surgery: str = ""
    language: str = "en"  # the language of the words


def _fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def patient_progress(plan: Plan, visits: list[Visit], words: ProgressWords | None = None
                     ) -> PatientProgress | None:
    """The patient's progress in plain words; None when fewer than two visits have scores to compare."""
    w = words or _shipped_words()
    lines: list[str] = []
    first_dates = []
    what = ""
    pain = history(visits, "nprs")
    if len(pain) >= 2:
        a, b = pain[0], pain[-1]
        key = {Verdict.IMPROVED: "better", Verdict.WORSE: "worse"}.get(b.verdict, "same")
        lines.append(_fill(getattr(w.pain, key), first=f"{a.score:g}", latest=f"{b.score:g}"))
        first_dates.append(a.date)
    series = progress_series(plan, visits)
    plotted = None
    for measure_id in FUNCTION_MEASURES:
        found = history(visits, measure_id)
        if len(found) < 2:
            continue
        a, b = found[0], found[-1]
        measure = shipped_measures()[measure_id]
        gain = (b.score - a.score) * (1 if measure.better.value == "higher" else -1)
        if b.verdict is Verdict.IMPROVED:
            key = "much_better"
        elif b.verdict is Verdict.WORSE or (b.verdict is Verdict.NO_MCID and gain < 0):
            key = "worse"
        else:  # a change smaller than the MCID: a gain is told, a small loss is "about the same"
            key = "better" if gain > 0 else "same"
        lines.append(_fill(getattr(w.function, key), what=w.names.get(measure_id, measure.short_name),
                           first=format_score(measure, a.score), latest=format_score(measure, b.score)))
        first_dates.append(a.date)
        plotted = series.measure(measure_id)
        what = w.names.get(measure_id, measure.short_name)
        break
    if not lines:
        return None
    intro = _fill(w.intro, first_date=format_date(min(first_dates)))
    return PatientProgress(w.heading, [intro, *lines], w.plot_caption, series, plotted,
                           _fill(w.plot_title, what=what), w.plot_axis, w.plot_surgery)
