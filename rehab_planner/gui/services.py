"""The core pieces the window works with, loaded once (off the GUI thread) and passed in.

Some core modules land later than the GUI (handout rendering, safety acknowledgements); each is
looked up here, and when it is missing the GUI shows a plain placeholder instead of failing.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from rehab_planner.errors import RehabError, RenderError
from rehab_planner.library import Library
from rehab_planner.library.loader import collect_library, default_folders
from rehab_planner.storage.preferences import Preferences, load_preferences

if TYPE_CHECKING:  # the plan models load with the plan editor, after the library panel shows
    from rehab_planner.model import Plan, Precaution, Template

log = logging.getLogger(__name__)


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A core function, or None when its module has not been written yet."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


@dataclass
class Services:
    """Library, catalogue, templates and preferences, plus the core functions the GUI calls."""

    library: Library = field(default_factory=Library)
    catalogue: Mapping[str, Precaution] = field(default_factory=dict)
    templates: Mapping[str, Template] = field(default_factory=dict)
    preferences: Preferences = field(default_factory=Preferences)
    guidance_topics: Mapping[str, str] = field(default_factory=dict)  # topic id -> title
    problems: list[str] = field(default_factory=list)  # shown once the window is up

    def check(self, plan: Plan, library: Library | None = None,
              differing: Sequence[str] = ()) -> list[Any]:
        """Safety findings of a plan (accepted ones included, marked), [] until safety exists.

        Args:
            library: the plan's library (with the custom exercises it carries); None: the loaded
                library.
            differing: the carried custom exercises whose copy on this computer differs (a
                warning each, while the plan still prescribes it).
        """
        fn = _optional("rehab_planner.safety.check", "check_plan")
        if fn is None:
            return []
        library = library or self.library
        findings = list(fn(plan, library, self.catalogue or None, include_accepted=True))
        used = set(plan.exercise_ids())
        if differing and (copies := _optional("rehab_planner.safety.content_rules",
                                              "embedded_copy_findings")) is not None:
            from rehab_planner.library.embedded import PlanLibrary
            findings += copies(PlanLibrary(library, [i for i in differing if i in used]))
        if plan.patient.language != "en":  # texts that would print in English, marked [EN]
            findings += untranslated_findings(plan, library, self.catalogue or None)
        return findings

    def needs_confirmation(self, findings: list[Any]) -> bool:
        """True when printing should be confirmed (open conflicts)."""
        fn = _optional("rehab_planner.safety.acknowledge", "needs_confirmation")
        if fn is not None:
            return bool(fn(findings))
        return any(f.severity == "conflict" and f.accepted is None for f in findings)

    def accept(self, plan: Plan, finding: Any, reason: str, by: str) -> Plan:
        """The plan with a finding accepted.

        Raises:
            RehabError: acknowledgements are not available yet.
        """
        fn = _optional("rehab_planner.safety.acknowledge", "accept")
        if fn is None:
            raise RehabError("Accepting findings is not available in this version yet.")
        from rehab_planner.model import Plan

        result = fn(plan, finding, reason, by)
        return result if isinstance(result, Plan) else result[0]


def untranslated_findings(plan: Plan, library: Library,
                          catalogue: Mapping[str, Any] | None) -> list[Any]:
    """The untranslated-text warnings of a plan printed in another language ([] on a broken file)."""
    fn = _optional("rehab_planner.i18n.check", "untranslated_findings")
    if fn is None:
        return []
    try:
        return list(fn(plan, library, catalogue or _shipped("catalogue"), _shipped("guidance")))
    except RehabError as exc:
        log.warning("could not check the translations: %s", exc)
        return []


@cache
def _shipped(what: str) -> Any:
    """The shipped catalogue or guidance, loaded once."""
    if what == "catalogue":
        from rehab_planner.safety.catalogue import load_catalogue
        return load_catalogue()
    from rehab_planner.guidance import load_guidance
    return load_guidance()


def render_pdf(plan: Plan, library: Library, large_print: bool, page_size: str,
               changes: list[str] | None = None, scope: tuple[int | None, bool] = (None, False),
               progress: Any = None, first_pages: tuple[int, int] | None = None) -> bytes:
    """The handout PDF of a plan (runs in a worker thread; plain data in, bytes out).

    `first_pages` (preview) is (last page, page count of the whole handout): only pages up to
    that one are made, and their 'Page X of Y' uses that count until the whole render lands.

    `changes` are the "What changed since your last visit" lines (a plan from the database).
    `scope` is (stage number, whole program): (None, False) prints this week's stage.
    `progress` is 'Your progress' (outcomes.progress_words.PatientProgress) when the therapist chose it.

    Raises:
        RenderError: rendering failed or the handout module is not installed yet.
    """
    render = _optional("rehab_planner.handout.render", "render_handout")
    options_type = _optional("rehab_planner.handout.render", "HandoutOptions")
    if render is None or options_type is None:
        raise RenderError("The handout renderer is not available yet.")
    partial = {} if first_pages is None else {"stop_after_page": first_pages[0],
                                              "pages_hint": first_pages[1]}
    options = options_type(large_print=large_print, page_size=page_size, changes=changes or None,
                           stage=scope[0], whole_program=scope[1], progress=progress, **partial)
    try:
        result = render(plan, options, library=library)
    except RehabError:
        raise
    except Exception as exc:  # a renderer bug must not take the window down
        log.exception("handout render failed")
        raise RenderError(f"The handout could not be made: {exc}") from exc
    return bytes(result.pdf if hasattr(result, "pdf") else result)


def load_services() -> Services:
    """Load everything the window needs; problems are collected, never raised (core work only)."""
    return complete_services(load_library_services())


def load_library_services(include_custom: bool = True) -> Services:
    """The library and the preferences: what the library panel needs (problems collected).

    Args:
        include_custom: also the therapist's custom exercises (False: the shipped library only).
    """
    services = Services()
    # A broken custom exercise must not hide the whole library: load what is valid, report the rest.
    services.library, errors = collect_library(default_folders(include_custom))
    services.problems.extend(line for error in errors for line in error.lines())
    try:
        services.preferences = load_preferences()
    except RehabError as exc:
        services.problems.append(str(exc))
    return services


def complete_services(services: Services) -> Services:
    """Add the catalogue, templates and guidance topics to services holding the library.

    Returns:
        The same services (problems collected, never raised).
    """
    catalogue_fn = _optional("rehab_planner.safety.catalogue", "load_catalogue")
    if catalogue_fn is not None:
        try:
            services.catalogue = catalogue_fn()
        except RehabError as exc:
            services.problems.append(str(exc))
    templates_fn = _optional("rehab_planner.templates.loader", "load_templates")
    if templates_fn is not None:
        try:
            services.templates = templates_fn(catalogue=services.catalogue or None)
        except RehabError as exc:
            services.problems.append(str(exc))
    guidance_fn = _optional("rehab_planner.guidance", "load_guidance")
    if guidance_fn is not None:
        try:
            services.guidance_topics = {t.id: t.title for t in guidance_fn().topics.values()}
        except RehabError as exc:
            services.problems.append(str(exc))
    return services
