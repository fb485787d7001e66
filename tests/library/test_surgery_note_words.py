"""Every surgery note in the library is true for every plan it prints in.

A note tied to a group of surgeries ("shoulder") must not name one of them ("After a rotator cuff
repair"): it would print on a shoulder replacement's handout. `check` finds this only for the
exercises a plan prescribes; this test holds the whole library to it, for a plan from every line
of every shipped template, so a therapist can add any exercise and get a true note.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.guidance import load_guidance, plan_tags, safety_notes_for
from rehab_planner.library import load_library
from rehab_planner.model import Patient
from rehab_planner.procedure_words import load_procedure_words
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.loader import instantiate, load_templates

GUIDANCE = load_guidance()
WORDS = load_procedure_words()
TEMPLATES = load_templates(catalogue=load_catalogue())
LINES = [(t.id, None) for t in TEMPLATES.values()] + [
    (t.id, v.id) for t in TEMPLATES.values() for v in t.variants]


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


@pytest.mark.parametrize(("template_id", "variant_id"), LINES)
def test_no_note_names_another_surgery(library, template_id: str,  # type: ignore[no-untyped-def]
                                       variant_id: str | None) -> None:
    template = TEMPLATES[template_id]
    conditions = next((v.conditions for v in template.variants if v.id == variant_id), [])
    plan = instantiate(template, Patient(name="Ann Lee"), dt.date(2026, 3, 2),
                       conditions=list(conditions))
    tags = plan_tags(plan, GUIDANCE)
    wrong = [(exercise.id, note, WORDS.foreign(note, tags))
             for exercise in library
             for note in safety_notes_for(exercise, tags) if WORDS.foreign(note, tags)]
    assert wrong == []


def test_the_check_would_see_a_cuff_note_tied_to_every_shoulder(library) -> None:  # type: ignore[no-untyped-def]
    # The mistake this file guards against, made on purpose: the rule above must catch it.
    plan = instantiate(TEMPLATES["reverse-total-shoulder"], Patient(name="Ann Lee"),
                       dt.date(2026, 3, 2))
    tags = plan_tags(plan, GUIDANCE)
    assert "shoulder" in tags and "rotator_cuff" not in tags
    note = "After a rotator cuff repair: do not lift this arm on its own."
    assert WORDS.foreign(note, tags) == ["rotator cuff"]
