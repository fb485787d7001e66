"""The precaution catalogue: load resources/precautions.yaml, fill patient texts, check settings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from rehab_planner import paths
from rehab_planner.datafile import (
    Problem,
    check_header,
    read_yaml,
    validate_entries,
)
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.model.precaution import ParamValue, Precaution, PrecautionSetting

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
    """Placeholder names a precaution's text may use besides its parameters."""
    names = {p.name for p in precaution.parameters}
    if "lift_limit_lb" in names:
        names.add("lift_limit_kg")
    return names


def _entry_problems(precaution: Precaution) -> list[Problem]:
    problems: list[Problem] = []
    pid = precaution.id
    allowed = derived_names(precaution)
    for name in PLACEHOLDER.findall(precaution.patient_text):
        if name not in allowed:
            problems.append((pid, "patient_text", f"placeholder {{{name}}} is not a parameter"))
    if "{" in PLACEHOLDER.sub("", precaution.patient_text) or "}" in PLACEHOLDER.sub(
        "", precaution.patient_text
    ):
        problems.append((pid, "patient_text", "has a stray '{' or '}'"))
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
    if param is None:
        known = ", ".join(p.name for p in precaution.parameters) or "none"
        return f"'{name}' is not a parameter of '{precaution.id}' (known: {known})"
    if param.choices is not None:
        if str(value) not in param.choices:
            return f"{name} must be one of {', '.join(param.choices)}, not {value!r}"
        return ""
    if isinstance(param.default, bool):
        return "" if isinstance(value, bool) else f"{name} must be yes or no, not {value!r}"
    if isinstance(param.default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{name} must be a number, not {value!r}"
        if param.minimum is not None and value < param.minimum:
            return f"{name} is {value:g}, below the minimum {param.minimum:g}"
        if param.maximum is not None and value > param.maximum:
            return f"{name} is {value:g}, above the maximum {param.maximum:g}"
        return ""
    return "" if isinstance(value, str) else f"{name} must be text, not {value!r}"


def setting_problems(setting: PrecautionSetting, catalogue: Mapping[str, Precaution]) -> list[str]:
    """Every reason a plan's precaution setting does not fit the catalogue (empty when it fits)."""
    precaution = catalogue.get(setting.id)
    if precaution is None:
        return [f"precaution '{setting.id}' is not in the catalogue"]
    problems = []
    for name, value in setting.params.items():
        reason = value_problem(name, value, precaution)
        if reason:
            problems.append(f"precaution '{setting.id}': {reason}")
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
    values: dict[str, ParamValue] = {p.name: p.default for p in precaution.parameters}
    if setting is not None:
        values.update({k: v for k, v in setting.params.items() if k in values})
    text = {name: _format_value(value) for name, value in values.items()}
    lift = values.get("lift_limit_lb")
    if isinstance(lift, int | float) and not isinstance(lift, bool):
        text["lift_limit_kg"] = f"{lift * LB_TO_KG:.1f}"
    return text


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace {name} placeholders with values; unknown names are left as they are."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def patient_text(precaution: Precaution, setting: PrecautionSetting) -> str:
    """The precaution's plain sentence with its numbers filled in from the plan's setting.

    Args:
        precaution: the catalogue entry.
        setting: the plan's setting of it; its params override the defaults.

    Returns:
        The sentence, e.g. 'Do not bend at the waist, lift more than 10 pounds (4.5 kg), ...'.
    """
    return " ".join(fill(precaution.patient_text, param_values(precaution, setting)).split())
