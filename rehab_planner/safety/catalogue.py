"""The precaution catalogue: load resources/precautions.yaml, fill patient texts, check settings."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from rehab_planner import paths
from rehab_planner.datafile import (
    Problem,
    check_header,
    read_yaml,
    validate_entries,
)
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.i18n.messages import say
from rehab_planner.model.precaution import ParamValue, Precaution, PrecautionSetting, Sentence
from rehab_planner.plans.conditions import exclusive

LB_TO_KG = 0.45359237

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")



def catalogue_path() -> Path:
    """The shipped catalogue file."""
    return paths.resources_dir() / "precautions.yaml"


# --- the catalogue --------------------------------------------------------------------------------


def _format_value(value: ParamValue) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def derived_names(precaution: Precaution) -> set[str]:
    """Placeholder names a precaution's text may use besides its parameters: every
    parameter in pounds (name ending in _lb) also has its value in kilograms (_kg)."""
    names = {p.name for p in precaution.parameters}
    names |= {name[:-3] + "_kg" for name in names if name.endswith("_lb")}
    return names


def _text_problems(pid: str, field: str, text: str, allowed: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    for name in PLACEHOLDER.findall(text):
        if name not in allowed:
            problems.append((pid, field, f"placeholder {{{name}}} is not a parameter"))
    if "{" in PLACEHOLDER.sub("", text) or "}" in PLACEHOLDER.sub("", text):
        problems.append((pid, field, "has a stray '{' or '}'"))
    return problems


def _sentence_problems(precaution: Precaution, allowed: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    params = {p.name: p for p in precaution.parameters}
    for i, sentence in enumerate(precaution.sentences):
        field = f"sentences[{i}]"
        problems += _text_problems(precaution.id, field + ".text", sentence.text, allowed)
        for kind, condition in (("when", sentence.when), ("unless", sentence.unless)):
            for name, wanted in condition.items():
                if name not in params:
                    problems.append((precaution.id, f"{field}.{kind}.{name}",
                                     f"'{name}' is not a parameter of '{precaution.id}'"))
                    continue
                for value in wanted if isinstance(wanted, list) else [wanted]:
                    reason = value_problem(name, value, precaution)
                    if reason:
                        problems.append((precaution.id, f"{field}.{kind}.{name}", reason))
    return problems


def _entry_problems(precaution: Precaution) -> list[Problem]:
    pid = precaution.id
    allowed = derived_names(precaution)
    problems = _text_problems(pid, "patient_text", precaution.patient_text, allowed)
    problems += _sentence_problems(precaution, allowed)
    if (
        precaution.default_weeks_to is not None
        and precaution.default_weeks_to <= precaution.default_weeks_from
    ):
        problems.append((pid, "default_weeks_to", "must be after default_weeks_from"))
    seen: set[str] = set()
    for i, param in enumerate(precaution.parameters):
        field = f"parameters[{i}]"
        if param.name in seen:
            problems.append((pid, field + ".name", f"'{param.name}' is used twice"))
        seen.add(param.name)
        reason = value_problem(param.name, param.default, precaution)
        if reason:
            problems.append((pid, field + ".default", reason))
    if pid in precaution.excludes:
        problems.append((pid, "excludes", "a precaution cannot exclude itself"))
    return problems


def _cross_problems(catalogue: Mapping[str, Precaution]) -> list[Problem]:
    problems: list[Problem] = []
    for pid, precaution in catalogue.items():
        for other in precaution.excludes:
            if other not in catalogue:
                problems.append((pid, "excludes", f"'{other}' is not in the catalogue"))
            elif pid not in catalogue[other].excludes:
                problems.append(
                    (pid, "excludes", f"'{other}' must also exclude '{pid}' (exclusion is mutual)")
                )
    return problems


def load_catalogue(path: Path | None = None) -> dict[str, Precaution]:
    """Load and validate the precaution catalogue.

    Args:
        path: the YAML file; the shipped resources/precautions.yaml when None.

    Returns:
        Precautions by id, in file order.

    Raises:
        DataFileError: naming the file, entry and field of every problem found.
    """
    path = path or catalogue_path()
    entries = check_header(path, read_yaml(path), "precautions")
    catalogue, problems = validate_entries(entries, Precaution, "precautions")
    for precaution in catalogue.values():
        problems += _entry_problems(precaution)
    if not problems:
        problems = _cross_problems(catalogue)
    if problems:
        raise DataFileError(path, problems)
    return catalogue


def value_problem(name: str, value: object, precaution: Precaution) -> str:
    """Why a parameter value does not fit a precaution; '' when it fits."""
    param = next((p for p in precaution.parameters if p.name == name), None)
    key = "findings.precaution-setting"
    if param is None:
        known = (", ".join(p.name for p in precaution.parameters)
                 or say(f"{key}.no-parameters"))
        return say(f"{key}.not-a-parameter", name=name, id=precaution.id, known=known)
    if param.choices is not None:
        if str(value) not in param.choices:
            return say(f"{key}.not-a-choice", name=name, choices=", ".join(param.choices),
                       value=repr(value))
        return ""
    if isinstance(param.default, bool):
        return "" if isinstance(value, bool) else say(f"{key}.not-yes-or-no", name=name,
                                                      value=repr(value))
    if isinstance(param.default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return say(f"{key}.not-a-number", name=name, value=repr(value))
        if param.minimum is not None and value < param.minimum:
            return say(f"{key}.below-minimum", name=name, value=f"{value:g}",
                       minimum=f"{param.minimum:g}")
        if param.maximum is not None and value > param.maximum:
            return say(f"{key}.above-maximum", name=name, value=f"{value:g}",
                       maximum=f"{param.maximum:g}")
        return ""
    return "" if isinstance(value, str) else say(f"{key}.not-text", name=name, value=repr(value))


def setting_problems(setting: PrecautionSetting, catalogue: Mapping[str, Precaution]) -> list[str]:
    """Every reason a plan's precaution setting does not fit the catalogue (empty when it fits)."""
    precaution = catalogue.get(setting.id)
    if precaution is None:
        return [say("findings.precaution-setting.not-in-catalogue", id=setting.id)]
    problems = []
    for name, value in setting.params.items():
        reason = value_problem(name, value, precaution)
        if reason:
            problems.append(say("findings.precaution-setting.problem", id=setting.id,
                                reason=reason))
    return problems


def validate_setting(setting: PrecautionSetting, catalogue: Mapping[str, Precaution]) -> None:
    """Check a precaution setting: the id exists and every parameter is known and in range.

    Raises:
        RehabError: with every problem found, one a line.
    """
    problems = setting_problems(setting, catalogue)
    if problems:
        raise RehabError("\n".join(problems))


def param_values(precaution: Precaution, setting: PrecautionSetting | None) -> dict[str, str]:
    """A precaution's placeholder values: the setting's params over the defaults, plus derived."""
    values = order_values(precaution, setting)
    words = precaution.choice_words  # a translated catalogue's words for choice values
    text = {name: words.get(shown, shown)
            for name, shown in ((n, _format_value(v)) for n, v in values.items())}
    for name, value in values.items():
        if name.endswith("_lb") and isinstance(value, int | float) and not isinstance(value, bool):
            text[name[:-3] + "_kg"] = f"{value * LB_TO_KG:.1f}"
    return text


def order_values(precaution: Precaution, setting: PrecautionSetting | None) -> dict[str, ParamValue]:
    """An order's parameter values: the setting's over the catalogue defaults."""
    values: dict[str, ParamValue] = {p.name: p.default for p in precaution.parameters}
    if setting is not None:
        values.update({k: v for k, v in setting.params.items() if k in values})
    return values


def number_param(precaution: Precaution, setting: PrecautionSetting, name: str) -> float | None:
    """A number parameter of an order (the plan's value over the catalogue's default), if any."""
    value = order_values(precaution, setting).get(name)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


# A lift limit is "up to" it unless the order's lift_rule says "less than" it, as a surgeon's
# "nothing of 20 lb or more": the texts then say "lighter than 20 pounds".
LIFT_RULE = "lift_rule"
LESS_THAN = "less than the limit"


def lift_under(precaution: Precaution, setting: PrecautionSetting | None) -> bool:
    """Whether an order's lift limit is one the patient must stay under (not lift up to)."""
    return order_values(precaution, setting).get(LIFT_RULE) == LESS_THAN


def _same(value: ParamValue | None, wanted: ParamValue) -> bool:
    # bool is an int in Python: True matches True only, never 1; 10 and 10.0 are the same number.
    if isinstance(value, bool) or isinstance(wanted, bool):
        return value is wanted
    if isinstance(value, int | float) and isinstance(wanted, int | float):
        return float(value) == float(wanted)
    return value == wanted


def _matches(value: ParamValue | None, wanted: ParamValue | list[ParamValue]) -> bool:
    return any(_same(value, w) for w in (wanted if isinstance(wanted, list) else [wanted]))


def sentence_shown(sentence: Sentence, values: Mapping[str, ParamValue]) -> bool:
    """True when an order's values meet a sentence's `when` and miss its `unless`."""
    if any(not _matches(values.get(name), wanted) for name, wanted in sentence.when.items()):
        return False
    return not any(_matches(values.get(name), wanted) for name, wanted in sentence.unless.items())


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace {name} placeholders with values; unknown names are left as they are."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def shown_sentences(precaution: Precaution, setting: PrecautionSetting) -> list[Sentence]:
    """The sentences of an order whose conditions its values meet, in order."""
    values = order_values(precaution, setting)
    return [s for s in precaution.sentences if sentence_shown(s, values)]


def patient_text(precaution: Precaution, setting: PrecautionSetting) -> str:
    """The precaution's plain sentence with its numbers filled in from the plan's setting.

    Args:
        precaution: the catalogue entry.
        setting: the plan's setting of it; its params override the defaults.

    Returns:
        The sentences whose conditions the order's values meet (see Sentence), filled in and
        joined; the entry's patient_text when none is shown. E.g. 'Do not lift anything.' for a
        lift limit of 0 lb and 'Do not lift anything heavier than 10 pounds (4.5 kg).' for 10 lb.
    """
    shown = [s.text for s in shown_sentences(precaution, setting)]
    text = " ".join(shown) if shown else precaution.patient_text
    return " ".join(fill(text, param_values(precaution, setting)).split())


def clashing_orders(
    orders: Sequence[PrecautionSetting], catalogue: Mapping[str, Precaution]
) -> list[tuple[int, int]]:
    """Pairs of orders (by position, first < second) that cannot both hold: the same precaution
    twice, or two that exclude each other, during weeks they share.

    Orders that follow one another (toe-touch weeks 0-4, then partial weight bearing weeks 4-8; a
    lift limit of 0 lb, then 10 lb) never clash, nor do orders for conditions that cannot both hold
    (weight bearing as tolerated unless a hamstring graft; partial only if one).
    """
    pairs: list[tuple[int, int]] = []
    for i, first in enumerate(orders):
        precaution = catalogue.get(first.id)
        for j in range(i + 1, len(orders)):
            second = orders[j]
            same = second.id == first.id
            excluded = precaution is not None and second.id in precaution.excludes
            if (same or excluded) and first.overlaps(second) and not exclusive(first, second):
                pairs.append((i, j))
    return pairs
