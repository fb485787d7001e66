"""Load protocol templates from resources/templates/ and instantiate one into a patient's plan."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection, Mapping
from pathlib import Path

from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.datafile import Problem, read_yaml, validation_problems
from rehab_planner.errors import DataFileError, UnknownExerciseError
from rehab_planner.i18n.messages import say
from rehab_planner.model.course import ClinicianItem, Milestone
from rehab_planner.model.people import Clinic, Patient
from rehab_planner.model.plan import Plan, Prescription, new_id
from rehab_planner.model.precaution import Precaution, PrecautionSetting
from rehab_planner.model.range_limit import RangeLimit
from rehab_planner.model.template import Template
from rehab_planner.plans.conditions import CONDITIONS_FILE, shipped_conditions
from rehab_planner.safety.catalogue import clashing_orders, load_catalogue, setting_problems

TEMPLATE_SUFFIXES = (".yaml", ".yml")


def _phase_problems(template: Template) -> list[Problem]:
    """Phases must run in order, one after the other, and only the last may be open-ended."""
    problems: list[Problem] = []
    phases = template.phases
    for i, (before, after) in enumerate(itertools.pairwise(phases), start=1):
        field = f"phases[{i}].weeks_from"
        if before.weeks_to is None:
            problems.append(
                (template.id, f"phases[{i - 1}].weeks_to", say("datafile.template.open-phase"))
            )
        elif after.weeks_from != before.weeks_to:
            problems.append(
                (
                    template.id,
                    field,
                    say("datafile.template.phases-follow", name=after.name,
                        start=f"{after.weeks_from:g}", end=f"{before.weeks_to:g}"),
                )
            )
    if phases and phases[0].weeks_from != 0:
        problems.append(
            (template.id, "phases[0].weeks_from", say("datafile.template.first-phase"))
        )
    for i, phase in enumerate(phases):  # a start week inside its stage, or none
        for j, rx in enumerate(phase.prescriptions):
            if rx.start_week is not None and (not rx.starts_later(phase)
                                              or rx.starts_after_end(phase)):
                problems.append((template.id, f"phases[{i}].prescriptions[{j}].start_week",
                                 say("datafile.template.start-week", week=f"{rx.start_week:g}",
                                     name=phase.name)))
    return problems


def _precaution_problems(template: Template, catalogue: Mapping[str, Precaution]) -> list[Problem]:
    problems: list[Problem] = []
    for i, setting in enumerate(template.precautions):
        field = f"precautions[{i}]"
        problems += [
            (template.id, field, reason) for reason in setting_problems(setting, catalogue)
        ]
    for i, j in clashing_orders(template.precautions, catalogue):
        first, second = template.precautions[i], template.precautions[j]
        reason = (say("datafile.template.order-twice", id=first.id) if first.id == second.id
                  else say("datafile.template.orders-clash", first=first.id, second=second.id))
        problems.append((template.id, f"precautions[{j}]", reason))
    return problems


def _condition_problems(template: Template) -> list[Problem]:
    """Conditions a template offers must exist; only_if/unless and a stage's own words
    (by_condition) may name only offered ones."""
    known = shipped_conditions()
    problems: list[Problem] = [
        (template.id, f"conditions[{i}]", say("datafile.template.unknown-condition", id=cid,
                                               file=CONDITIONS_FILE, known=", ".join(known)))
        for i, cid in enumerate(template.conditions) if cid not in known
    ]
    offered = set(template.conditions)
    places: list[tuple[str, PrecautionSetting | Prescription | RangeLimit | Milestone]] = [
        (f"precautions[{i}]", p) for i, p in enumerate(template.precautions)]
    places += [(f"milestones[{i}]", m) for i, m in enumerate(template.milestones)]
    places += [(f"phases[{i}].prescriptions[{j}]", rx) for i, phase in enumerate(template.phases)
               for j, rx in enumerate(phase.prescriptions)]
    places += [(f"phases[{i}].range_limits[{j}]", limit)
               for i, phase in enumerate(template.phases)
               for j, limit in enumerate(phase.range_limits)]
    for field, entry in places:
        for kind, ids in (("only_if", entry.only_if), ("unless", entry.unless)):
            problems += [(template.id, f"{field}.{kind}",
                          say("datafile.template.not-offered", id=cid))
                         for cid in ids if cid not in offered]
    problems += [(template.id, f"phases[{i}].by_condition[{j}].condition",
                  say("datafile.template.not-offered", id=words.condition))
                 for i, phase in enumerate(template.phases)
                 for j, words in enumerate(phase.by_condition) if words.condition not in offered]
    return problems


def load_template(path: Path, catalogue: Mapping[str, Precaution], *, id_is_file_name: bool = True
                  ) -> Template:
    """Load and validate one template file (id_is_file_name: its id must be the file's name).

    Raises:
        DataFileError: naming the file, template and field of every problem found.
    """
    raw = read_yaml(path)
    entry = path.stem
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        entry = raw["id"]
    try:
        template = Template.model_validate(raw)
    except ValidationError as err:
        raise DataFileError(path, validation_problems(entry, err)) from err
    problems = _phase_problems(template) + _precaution_problems(template, catalogue)
    problems += _condition_problems(template)
    if id_is_file_name and template.id != path.stem:
        problems.append(
            (template.id, "id", say("datafile.template.id-file-name", name=path.stem,
                                    id=template.id))
        )
    if problems:
        raise DataFileError(path, problems)
    return template


def load_templates(
    folder: Path | None = None, catalogue: Mapping[str, Precaution] | None = None
) -> dict[str, Template]:
    """Load every protocol template in a folder.

    Args:
        folder: the folder of <id>.yaml files; the shipped resources/templates/ when None.
        catalogue: precautions to check the templates' precautions against; the shipped
            catalogue when None.

    Returns:
        Templates by id, sorted by name.

    Raises:
        DataFileError: a file is broken (the first broken file, with all its problems).
    """
    folder = folder or paths.templates_dir()
    if catalogue is None:
        catalogue = load_catalogue()
    templates: dict[str, Template] = {}
    files = (
        sorted(p for p in folder.iterdir() if p.suffix in TEMPLATE_SUFFIXES)
        if folder.is_dir()
        else []
    )
    for path in files:
        template = load_template(path, catalogue)
        templates[template.id] = template
    return dict(sorted(templates.items(), key=lambda kv: kv[1].name.lower()))


def instantiate(
    template: Template,
    patient: Patient,
    surgery_date: dt.date,
    therapist: str = "",
    clinic: Clinic | None = None,
    conditions: list[str] | None = None,
) -> Plan:
    """Start a patient's plan from a template.

    `conditions` (e.g. ['graft-hamstring']) switch the template's conditional orders and exercises
    on or off; the plan keeps them all, so a condition changed later takes effect.

    Every phase and prescription gets a fresh id and everything is deep-copied, so editing the
    plan never changes the template.

    Args:
        template: the protocol.
        patient: who the plan is for.
        surgery_date: the day of surgery; phase dates are computed from it.
        therapist: the therapist's name on the handout.
        clinic: the clinic's name, address and phone.

    Returns:
        The new plan.
    """
    phases = [p.with_fresh_ids() for p in template.phases]
    clinician_items = [
        ClinicianItem(kind=item.kind, text=item.text,
                      phase_id=None if item.phase is None else phases[item.phase - 1].id)
        for item in template.clinician_items]
    return Plan(
        patient=patient.model_copy(deep=True),
        procedure=template.procedure,
        main_message=template.main_message,
        template_id=template.id,
        surgery_date=surgery_date,
        therapist=therapist,
        clinic=clinic.model_copy(deep=True) if clinic is not None else Clinic(),
        precautions=[p.model_copy(deep=True) for p in template.precautions],
        conditions=list(dict.fromkeys(conditions or [])),
        settings=template.settings.model_copy(deep=True),
        phases=phases,
        guidance=list(template.guidance),
        milestones=[m.model_copy(deep=True, update={"id": new_id()}) for m in template.milestones],
        clinician_items=clinician_items,
    )


def check_exercise_ids(plan_or_template: Plan | Template, known_ids: Collection[str]) -> None:
    """Check every prescribed exercise is in the library.

    Raises:
        UnknownExerciseError: listing each unknown id with the phase it is in.
    """
    unknown: list[str] = []
    places: list[str] = []
    for phase in plan_or_template.phases:
        missing = [rx.exercise_id for rx in phase.prescriptions if rx.exercise_id not in known_ids]
        if missing:
            places.append(f"phase '{phase.name}' ({', '.join(missing)})")
            unknown += [m for m in missing if m not in unknown]
    if unknown:
        owner = f"template '{plan_or_template.id}'" if isinstance(plan_or_template, Template) else "the plan"
        raise UnknownExerciseError(unknown, f"{owner}: " + "; ".join(places))
