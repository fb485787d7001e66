"""`rehab-planner check PLAN.json [--json]`: a plan's safety findings; exit 1 when there are any."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import iso_date, plan_library, print_json
from rehab_planner.guidance import load_guidance
from rehab_planner.i18n import LANGUAGES
from rehab_planner.i18n.check import untranslated_findings
from rehab_planner.library import Library
from rehab_planner.model import Plan
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.content_rules import embedded_copy_findings
from rehab_planner.safety.findings import Finding, Severity, sort_key
from rehab_planner.safety.wording import phase_weeks
from rehab_planner.storage.planfile import load_plan
from rehab_planner.terminal import shown_lines

EXIT_CLEAN = 0
EXIT_FINDINGS = 1


def register(sub: Any) -> None:
    """Add the `check` command."""
    parser = sub.add_parser(
        "check",
        help="check a plan against its precautions and sane limits; exit 1 with findings",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN.json")
    parser.add_argument("--json", action="store_true", help="print a JSON array of findings")
    parser.add_argument(
        "--accepted",
        action="store_true",
        help="also list findings the therapist accepted (they do not change the exit code)",
    )
    parser.add_argument("--language", default=None, choices=sorted(LANGUAGES), metavar="CODE",
                        help="check the texts of a handout in this language (default: the "
                        "patient's language)")
    parser.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD",
                        help="the day progress is checked on: a phase that ends on its criteria, "
                        "past its weeks with criteria unmet (default: today)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check the plan and print its findings."""
    plan = load_plan(args.plan)
    found = plan_library(plan)
    library = found.library
    catalogue = load_catalogue()
    findings = check_plan(plan, library, catalogue, include_accepted=args.accepted,
                          today=args.date)
    findings += embedded_copy_findings(found)
    findings += untranslated_findings(plan, library, catalogue, load_guidance(), args.language)
    if args.json:
        print_json([f.to_json() for f in findings])
    else:
        sys.stdout.write(shown_lines(findings_text(plan, findings, library)))
    open_findings = [f for f in findings if f.accepted is None]
    print(count_text(open_findings), file=sys.stderr)
    return EXIT_FINDINGS if open_findings else EXIT_CLEAN


def findings_text(plan: Plan, findings: list[Finding], library: Library) -> str:
    """Findings grouped under each phase, then 'Whole plan'; most serious first within a group."""
    groups: dict[str | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.phase_id, []).append(finding)
    titles: list[tuple[str | None, str]] = [
        (p.id, _phase_title(p.name, p.weeks_from, p.weeks_to)) for p in plan.phases
    ]
    titles.append((None, "Whole plan"))
    lines: list[str] = []
    for phase_id, title in titles:
        group = groups.get(phase_id)
        if not group:
            continue
        lines.append(title)
        for finding in sorted(group, key=sort_key):
            lines.append(f"  {finding.severity.value.upper():<8} {finding.message}"
                         f"  [{finding.code.value}]")
            if finding.alternatives:
                names = ", ".join(_name(library, i) for i in finding.alternatives)
                lines.append(f"           Safer: {names}")
            if finding.accepted is not None:
                who = f" by {finding.accepted.by}" if finding.accepted.by else ""
                lines.append(f"           Accepted{who} on {finding.accepted.at:%Y-%m-%d}: "
                             f"{finding.accepted.reason}")
        lines.append("")
    return "\n".join(lines)


def count_text(findings: list[Finding]) -> str:
    """'No findings.' or '3 findings: 1 conflict, 2 warnings.'"""
    if not findings:
        return "No findings."
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
    total = len(findings)
    return f"{total} finding{'s' if total != 1 else ''}: {', '.join(parts)}."


def _phase_title(name: str, weeks_from: float, weeks_to: float | None) -> str:
    return f"{name} ({phase_weeks(weeks_from, weeks_to)})"


def _name(library: Library, exercise_id: str) -> str:
    exercise = library.find(exercise_id)
    return f"{exercise.name} ({exercise_id})" if exercise else exercise_id
