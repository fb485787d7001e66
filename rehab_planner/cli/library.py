"""`rehab-planner library list|validate|translations`.

`library list` also lists the custom exercises the clinic shares through the patient database
(--db, $REHAB_PLANNER_DB, or the private database once it exists), marked as shared; with no
database it lists the library files alone. `library validate` checks files only.
`library translations` tells which exercises' translations were written for the English of today
and, after a translator's review, records that they are (see rehab_planner.i18n.sources).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import choice_of, configured_database, print_json
from rehab_planner.i18n.dosage import describe
from rehab_planner.library import Library, Query, load_library
from rehab_planner.library.loader import validate_library
from rehab_planner.library.shared import with_shared_exercises
from rehab_planner.model import Category, Equipment, Exercise, Position, Region


def register(sub: Any) -> None:
    """Add the `library` command group."""
    parser = sub.add_parser("library", help="search and check the exercise library")
    group = parser.add_subparsers(dest="library_command", metavar="ACTION")
    group.required = True

    lst = group.add_parser("list", help="list exercises, with filters (and the clinic's shared "
                                        "exercises when there is a patient database)")
    lst.add_argument("--region", type=choice_of([r.value for r in Region], "region"))
    lst.add_argument("--category", type=choice_of([c.value for c in Category], "category"))
    lst.add_argument("--position", type=choice_of([p.value for p in Position], "position"))
    lst.add_argument("--equipment", type=choice_of([e.value for e in Equipment], "equipment"))
    lst.add_argument("--search", metavar="TEXT", default="", help="words in name, steps or tags")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(func=run_list)

    val = group.add_parser("validate", help="check library files; exit 1 with every problem")
    val.add_argument("path", nargs="?", type=Path, help="a library folder (default: the shipped one)")
    val.set_defaults(func=run_validate)

    tra = group.add_parser(
        "translations",
        help="list the exercises, templates and topics whose translation is missing or stale "
             "(written for English that has changed since); exit 1 when any is stale; "
             "--refresh after a translator's review")
    tra.add_argument("--language", default="es", metavar="CODE",
                     help="the language (default: es)")
    tra.add_argument("--kind", choices=["exercises", "templates", "topics"], default=None,
                     help="only these entries (default: all three; exercises with --file)")
    tra.add_argument("--file", type=Path, default=None, metavar="FILE.yaml",
                     help="the translation file (default: the shipped resources/i18n/CODE/ one)")
    how = tra.add_mutually_exclusive_group()
    how.add_argument("--refresh", nargs="+", metavar="ID", default=None,
                     help="record that these entries (of --kind, exercises by default) translate "
                          "today's English (run it after checking them)")
    how.add_argument("--refresh-all", action="store_true",
                     help="the same for every translated entry")
    tra.set_defaults(func=run_translations)


def exercise_summary(exercise: Exercise, shared: bool = False) -> dict[str, Any]:
    """The JSON object `library list --json` prints for an exercise (shared: from the database)."""
    return {
        "id": exercise.id,
        "name": exercise.name,
        "region": exercise.region.value,
        "category": exercise.category.value,
        "position": exercise.position.value,
        "equipment": [e.value for e in exercise.equipment],
        "movements": [m.value for m in exercise.movements],
        "dosage": describe(exercise.dosage),
        "custom": exercise.custom,
        "shared": shared,
    }


def library_with_shared(db_url: str | None) -> tuple[Library, frozenset[str]]:
    """The library files, plus the clinic's shared exercises when there is a patient database.

    A shared exercise replaces this computer's own copy with the same id, never a shipped one
    (as in the app).

    Returns:
        The library and the ids of the exercises that came from the database.

    Raises:
        RehabError: a named database does not exist, or the database cannot be opened or read.
    """
    library = load_library()
    database = configured_database(db_url)
    if database is None:
        return library, frozenset()
    with database:
        shared = [s.exercise.model_copy(update={"custom": True})
                  for s in database.shared_exercises(with_photos=False)]
    merged = with_shared_exercises(library, shared)
    return merged, frozenset(e.id for e in shared if merged.exercises.get(e.id) is e)


def run_list(args: argparse.Namespace) -> int:
    """Print matching exercises; shared ones from the patient database are marked."""
    library, shared = library_with_shared(getattr(args, "db", None))
    query = Query(
        text=args.search,
        regions=frozenset([Region(args.region)] if args.region else []),
        categories=frozenset([Category(args.category)] if args.category else []),
        positions=frozenset([Position(args.position)] if args.position else []),
        equipment=frozenset([Equipment(args.equipment)] if args.equipment else []),
    )
    if args.json:  # every field: every matching exercise is validated
        print_json([exercise_summary(e, e.id in shared) for e in library.search(query)])
        return 0
    found = library.search_listed(query)  # facets only: no waiting exercise validated
    lines = []
    for exercise in found:
        mark = "  [shared]" if exercise.id in shared else ""
        lines.append(f"{exercise.id:<40} {exercise.name:<40} {exercise.region!s:<12} "
                     f"{exercise.category!s}{mark}\n")
    sys.stdout.write("".join(lines))
    from_db = sum(e.id in shared for e in found)
    note = f" ({from_db} shared through the clinic database)" if from_db else ""
    print(f"{len(found)} exercise{'s' if len(found) != 1 else ''}{note}", file=sys.stderr)
    return 0


def run_validate(args: argparse.Namespace) -> int:
    """Check a library folder; exit 1 and print every problem when there are any."""
    if args.path is not None and not args.path.is_dir():
        what = "is a file, not a library folder" if args.path.exists() else "no such library folder"
        print(f"rehab-planner: error: {args.path}: {what}", file=sys.stderr)
        return 2
    problems = validate_library(args.path)
    if args.path is not None and not problems and not any(args.path.glob("*.yaml")):
        problems = [f"{args.path}: no exercise files (*.yaml) in this folder"]
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}", file=sys.stderr)
        return 1
    count = len(load_library(args.path)) if args.path else len(load_library())
    print(f"The library is valid: {count} exercises.", file=sys.stderr)
    return 0


def _english_entries(kind: str) -> dict[str, object]:
    """Entry id -> the shipped English data a translation entry of this kind translates."""
    from rehab_planner.guidance import load_guidance
    from rehab_planner.i18n.sources import exercise_english, template_english
    from rehab_planner.templates.loader import load_templates

    if kind == "exercises":
        return {e.id: exercise_english(e)
                for e in load_library(include_custom=False).exercises.values()}
    if kind == "templates":
        return {t.id: template_english(t) for t in load_templates().values()}
    return {tid: t.model_dump(mode="json") for tid, t in load_guidance().topics.items()}


def run_translations(args: argparse.Namespace) -> int:
    """List missing and stale translations, or record reviewed ones as current."""
    from rehab_planner.i18n.files import translation_file
    from rehab_planner.i18n.languages import check_language
    from rehab_planner.i18n.sources import KINDS, entry_states, refresh_hashes

    language = check_language(args.language)
    refresh = args.refresh is not None or args.refresh_all
    kinds = [args.kind] if args.kind else (["exercises"] if args.file or args.refresh
                                           else list(KINDS))
    counts = dict.fromkeys(("current", "stale", "unhashed", "missing"), 0)
    for kind in kinds:
        path = args.file or translation_file(language, KINDS[kind])
        english = _english_entries(kind)
        states = entry_states(path, kind, english)
        if refresh:
            ids = args.refresh or [s.entry_id for s in states if s.state != "missing"]
            unknown = [i for i in ids if i not in english]
            if unknown:
                print(f"rehab-planner: error: no {kind} entry '{unknown[0]}'", file=sys.stderr)
                return 2
            changed = refresh_hashes(path, kind, {i: english[i] for i in ids})
            named = f": {', '.join(changed)}" if 0 < len(changed) <= 10 else ""
            print(f"{path}: {len(changed)} of {len(ids)} {kind} newly marked as translating "
                  f"today's English{named}", file=sys.stderr)
            continue
        for state in states:
            counts[state.state] += 1
            if state.state != "current":
                print(f"{kind:<10} {state.entry_id:<40} {state.state}")
    if refresh:
        return 0
    print(", ".join(f"{n} {k}" for k, n in counts.items()), file=sys.stderr)
    return 1 if counts["stale"] or counts["unhashed"] else 0
