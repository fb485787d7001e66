"""The handout in Spanish: whole, with accents and ñ, and any English left marked [EN]."""

from __future__ import annotations

import re

import pytest

from rehab_planner.handout import HandoutContent, render_handout
from rehab_planner.handout.render import HandoutOptions
from rehab_planner.i18n import MARK
from rehab_planner.model import Plan, Prescription
from rehab_planner.plans.conditions import in_effect
from rehab_planner.templates.loader import load_templates
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import all_text, page_texts, reader

# Words of the English handout's fixed texts that never appear in a Spanish one.
ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|and|with|of|to|do|not|call|walk|week|weeks|stage|page|printed|surgery|"
    r"exercise|exercises|reps?|times|hold|day|pain|back|knees?|side)\b", re.IGNORECASE)


# Every shipped template: its texts and all its exercises are in Spanish.
TRANSLATED_TEMPLATES = sorted(load_templates())


def _template_cases() -> list[tuple[str, tuple[str, ...]]]:
    """Every shipped template as instantiated, with each of its variants and each condition
    alone (a condition switches exercises and orders on)."""
    cases: list[tuple[str, tuple[str, ...]]] = []
    for tid, template in sorted(load_templates().items()):
        sets = {(), *(tuple(v.conditions) for v in template.variants),
                *((c,) for c in template.conditions)}
        cases += [(tid, conditions) for conditions in sorted(sets)]
    return cases


def _spanish_plan() -> Plan:
    plan = make_plan()
    plan.patient = plan.patient.model_copy(update={"language": "es"})
    return plan


@pytest.fixture(scope="module")
def spanish_pdf() -> bytes:
    from rehab_planner.handout import load_content
    options = HandoutOptions(printed_on=PRINTED, whole_program=True)
    result = render_handout(_spanish_plan(), options, content=load_content(None))
    assert not any("translation" in w for w in result.warnings), result.warnings
    return result.pdf


def test_the_patients_language_prints_the_lumbar_fusion_handout_in_spanish(spanish_pdf: bytes) -> None:
    text = all_text(spanish_pdf)
    for expected in ("Su programa de ejercicios en casa", "Señales de alarma",
                     "Fusión de la columna lumbar", "Respiración con la barriga",
                     "repeticiones", "veces al día", "Hasta el 25 de enero de 2027",
                     "Su registro de ejercicios", "Mié", "¿Cuánto dolor tiene?",
                     "Página 1 de"):
        assert expected in text, expected


def test_no_english_text_prints_in_the_spanish_handout(spanish_pdf: bytes) -> None:
    text = all_text(spanish_pdf)
    assert MARK.strip() not in text
    # Names the test plan gives (patient, clinic, therapist, surgeon) are not translated.
    for name in ("José Núñez", "Riverside Physical Therapy", "12 Mill Road", "Springfield"):
        text = text.replace(name, "")
    english = sorted({m.group(0).lower() for m in ENGLISH_WORDS.finditer(text)})
    assert not english, f"English words in the Spanish handout: {english}"


def test_accents_and_enye_print_from_an_embedded_font(spanish_pdf: bytes) -> None:
    text = all_text(spanish_pdf)
    for char in "áéíóúñ¿":
        assert char in text, char
    fonts = {str(f) for page in reader(spanish_pdf).pages
             for f in (page["/Resources"].get("/Font") or {}).values()}  # type: ignore[union-attr]
    assert fonts


def test_an_untranslated_exercise_prints_marked_and_is_reported(content: HandoutContent) -> None:
    from dataclasses import replace

    from rehab_planner.library import Library
    from tests.i18n.spanish_texts import untranslated_exercise

    plan = _spanish_plan()
    # Every shipped exercise has Spanish; a therapist's own exercise without it prints marked.
    own = untranslated_exercise()
    library = Library({**content.library.exercises, own.id: own}, dict(content.library.sources))
    plan.phases[0].prescriptions.append(Prescription(exercise_id=own.id))
    result = render_handout(plan, HandoutOptions(printed_on=PRINTED, whole_program=True,
                                                 accept_findings=True),
                            content=replace(content, library=library))
    text = all_text(result.pdf)
    assert f"{MARK.strip()} Towel squeeze" in text
    assert any("no es translation" in w for w in result.warnings), result.warnings


def test_language_option_overrides_the_patients_and_english_stays_unchanged(
    content: HandoutContent,
) -> None:
    plan = make_plan()
    english = render_handout(plan, HandoutOptions(printed_on=PRINTED), content=content)
    spanish = render_handout(plan, HandoutOptions(printed_on=PRINTED, language="es"),
                             content=content)
    assert "Name: José Núñez" in page_texts(english.pdf)[0]
    assert "Nombre: José Núñez" in page_texts(spanish.pdf)[0]
    assert "Semana 1 de 26: Proteja su espalda" in page_texts(spanish.pdf)[0]
    assert "3 Nov 2026" in page_texts(english.pdf)[0]
    assert "3 de noviembre de 2026" in page_texts(spanish.pdf)[0]


def test_bilingual_prints_headings_and_names_in_both_and_sentences_once(
    content: HandoutContent,
) -> None:
    options = HandoutOptions(printed_on=PRINTED, whole_program=True, bilingual=True)
    text = all_text(render_handout(_spanish_plan(), options, content=content).pdf)
    assert "Señales de alarma / Warning signs" in text
    assert "Puente / Bridge" in text
    assert "Ganar fuerza / Getting stronger" in text
    assert "Sudden shortness of breath" not in text  # sentences only in Spanish
    assert "Le falta el aire de repente." in text


def test_bilingual_is_ignored_for_an_english_handout(content: HandoutContent) -> None:
    options = HandoutOptions(printed_on=PRINTED, bilingual=True)
    text = all_text(render_handout(make_plan(), options, content=content).pdf)
    assert " / " not in text.replace("Riverside", "")


@pytest.mark.parametrize(("template_id", "conditions"), _template_cases(),
                         ids=lambda v: ",".join(v) if isinstance(v, tuple) else v)
def test_every_template_and_variant_prints_whole_in_spanish_with_no_english(
        template_id: str, conditions: tuple[str, ...], content: HandoutContent) -> None:
    from rehab_planner.i18n.check import untranslated_findings
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate

    plan = instantiate(load_templates()[template_id], Patient(name="Ana Peña", language="es"),
                       PRINTED, conditions=list(conditions))
    # No text of the plan, in effect or not, lacks Spanish (check reads the whole plan) ...
    assert untranslated_findings(plan, content.library, content.catalogue,
                                 content.guidance) == []
    # ... and the whole program prints with no [EN] mark and no translation warning.
    for bilingual in (False, True):
        options = HandoutOptions(printed_on=PRINTED, whole_program=True, bilingual=bilingual,
                                 accept_findings=True)
        result = render_handout(plan, options, content=content)
        assert MARK.strip() not in all_text(result.pdf), (template_id, conditions, bilingual)
        assert not any("translation" in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("template_id", TRANSLATED_TEMPLATES)
@pytest.mark.parametrize("large_print", [False, True])
def test_longer_spanish_keeps_each_card_and_the_emergency_box_on_one_page(
    template_id: str, large_print: bool, content: HandoutContent,
) -> None:
    from rehab_planner.handout.language import content_in
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate, load_templates

    plan = instantiate(load_templates()[template_id], Patient(name="Ana Peña", language="es"),
                       PRINTED)
    options = HandoutOptions(printed_on=PRINTED, whole_program=True, large_print=large_print,
                             accept_findings=True)
    result = render_handout(plan, options, content=content)
    pages = page_texts(result.pdf)
    spanish, _ = content_in(content, plan, "es")
    for exercise_id in dict.fromkeys(in_effect(plan).exercise_ids()):  # as printed
        exercise = spanish.library.get(exercise_id)
        title = re.compile(rf"Ejercicio \d+: {re.escape(exercise.name)}")
        assert [n for n, text in enumerate(pages)
                if title.search(text) and exercise.steps[-1] in text], (
            f"{template_id}: the card of {exercise.name} is split across pages")
    assert not [w for w in result.warnings if "longer than one page" in w]
    emergency = [line.text for line in spanish.guidance.warning_signs.call_911][:3]
    assert [n for n, text in enumerate(pages) if all(line in text for line in emergency)]


@pytest.mark.parametrize("template_id", ["lumbar-fusion", "total-hip-replacement"])
def test_every_exercise_card_of_the_library_fits_one_large_print_page_in_spanish(
        template_id: str, content: HandoutContent) -> None:
    from collections import defaultdict

    from rehab_planner.model import Patient, Phase
    from rehab_planner.templates.loader import instantiate

    plan = instantiate(load_templates()[template_id], Patient(name="Ana Peña", language="es"),
                       PRINTED)  # its surgery picks which surgery notes print
    by_kind: dict[str, list[str]] = defaultdict(list)
    for exercise in sorted(content.library.exercises.values(), key=lambda e: e.id):
        by_kind[exercise.category.value].append(exercise.id)
    assert sum(map(len, by_kind.values())) >= 137
    # The tallest place for a card is first under its kind's heading, which goes with it: one
    # exercise of each kind per stage puts every card there.
    options = HandoutOptions(printed_on=PRINTED, whole_program=True, large_print=True,
                             accept_findings=True)
    split = []
    for start in range(0, max(map(len, by_kind.values())), 10):
        plan.phases = [Phase(name=f"Etapa {n + 1}", weeks_from=n - start, weeks_to=n - start + 1,
                             prescriptions=[Prescription(exercise_id=ids[n])
                                            for ids in by_kind.values() if n < len(ids)])
                       for n in range(start, start + 10) if any(n < len(i) for i in by_kind.values())]
        result = render_handout(plan, options, content=content)
        assert MARK.strip() not in all_text(result.pdf)
        split += [w for w in result.warnings if "longer than one page" in w]
    assert not split


def test_the_plans_bilingual_setting_prints_english_headings(content: HandoutContent) -> None:
    plan = _spanish_plan()
    plan.settings = plan.settings.model_copy(update={"bilingual_headings": True})
    text = all_text(render_handout(plan, HandoutOptions(printed_on=PRINTED, whole_program=True),
                                   content=content).pdf)
    assert "Señales de alarma / Warning signs" in text


def _progress_case(language: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from rehab_planner.i18n.progress import progress_in
    from rehab_planner.visits import Visit, record_measure
    from tests.outcomes.factory import tka_plan

    plan = tka_plan(dt.date(2026, 9, 1))
    plan.patient = plan.patient.model_copy(update={"language": "es"})
    visits = [Visit(plan_id="p", date=dt.date(2026, 9, 1) + dt.timedelta(days=day),
                    measures=[record_measure("nprs", [pain]), record_measure("lefs", [n] * 20)])
              for day, pain, n in ((7, 7, 1), (35, 3, 2))]
    progress = progress_in(plan, visits, language)
    assert progress is not None
    return plan, progress, HandoutOptions(printed_on=dt.date(2026, 10, 6), progress=progress,
                                          accept_findings=True)


def test_your_progress_prints_in_spanish(content: HandoutContent) -> None:
    plan, progress, options = _progress_case("es")
    assert progress.lines[0] == "Así va usted desde su primera cita, el 8 de septiembre de 2026."
    # the plot's stages are named as the rest of the Spanish handout names them
    from rehab_planner.i18n.content import language_lookup, template_texts, translate_plan
    from rehab_planner.templates.loader import load_templates

    spanish = translate_plan(plan, template_texts(load_templates(), language_lookup("es")))
    bands = [band.name for band in progress.series.phases]
    assert bands == [phase.name for phase in spanish.phases]
    assert not set(bands) & {phase.name for phase in plan.phases}
    result = render_handout(plan, options, content=content)
    text = all_text(result.pdf)
    assert "Su progreso" in text and "Su dolor bajó. Era de 7 sobre 10. Ahora es de 3." in text
    assert MARK.strip() not in text


def test_your_progress_in_english_prints_marked_in_a_spanish_handout(
    content: HandoutContent,
) -> None:
    plan, _, options = _progress_case("en")
    result = render_handout(plan, options, content=content)
    assert f"{MARK.strip()} Your pain went down." in all_text(result.pdf)
    assert any("no es translation" in w for w in result.warnings)
