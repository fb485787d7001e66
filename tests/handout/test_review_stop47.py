"""What three Spanish-first therapists found in the Spanish handouts of stop 47, fixed in both
languages where the English said the same: words a patient could not use ("posture time", sets
never explained), rules that read as permission, steps that disagreed with a note or page 1, and
Spanish that was circular, a calque or the wrong word."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.model import Plan
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, review_plan

_TEXTS: dict[tuple[str, int, str], str] = {}


def _text(template_id: str, weeks: int, language: str, content: HandoutContent) -> str:
    key = (template_id, weeks, language)
    if key not in _TEXTS:
        options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3),
                                 language=language)  # type: ignore[arg-type]
        pdf = render_handout(review_plan(template_id), options, content=content).pdf
        _TEXTS[key] = " ".join(" ".join(page_texts(pdf)).split())
    return _TEXTS[key]


def _pages(plan: Plan, weeks: int, content: HandoutContent) -> list[str]:
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3))
    return [" ".join(page.split())
            for page in page_texts(render_handout(plan, options, content=content).pdf)]


@pytest.mark.parametrize(("language", "said", "gone"), [
    ("en", ['A rep is one move. "2 sets of 10 reps": do 10, rest, then do 10 more.',
            "Walks and resting positions are not part of that time.",
            "Each rule shows the dates it holds.",
            "Call 911 or go to the emergency room now for any of these:",
            "Call your surgeon today at 555-0100 for any of these:"],
     ["posture time", "Follow each rule until the date it shows", "if you have:"]),
    ("es", ['"2 series de 10 repeticiones": haga 10, descanse y haga otras 10.',
            "Las caminatas y las posiciones de descanso no cuentan en ese tiempo.",
            "Sus reglas Cada regla dice desde cuándo y hasta cuándo vale.",
            "ahora si le pasa algo de esto:",
            '"Estire": ahí debe sentir que se estira.', '"Apriete": apriete ese músculo.',
            '"Sostenga": no se mueva.', "Siga las reglas de la página 1."],
     ["tiempo de postura", "Sus cuidados", "si tiene:", "siéntalo ahí", "apriételo",
      "quédese quieto", "como una punzada"]),
])
def test_the_shared_texts_a_patient_can_use(content: HandoutContent, language: str,
                                            said: list[str], gone: list[str]) -> None:
    text = _text("rotator-cuff-repair", 6, language, content)
    assert "series de 10" in text or "sets of 10" in text  # a card that uses the word
    assert [s for s in said if s not in text] == []
    assert [g for g in gone if g in text] == []


def test_the_rules_line_goes_when_every_rule_has_ended(content: HandoutContent) -> None:
    # week 15 of a lumbar fusion: page 1 says the rules have ended; "This week" sent the
    # patient to them all the same
    plan = review_plan("lumbar-fusion")
    late, early = _pages(plan, 15, content)[0], _pages(plan, 1, content)
    assert "have ended" in late and "Follow your precautions on page 1." not in late
    assert "Follow your precautions on page 1." in " ".join(early[:2])


@pytest.mark.parametrize(("template_id", "weeks", "language", "said", "gone"), [
    # a main message that opened with "bend, lift and twist"
    ("lumbar-laminectomy", 1, "en", ["Do not bend, lift or twist more than your surgeon allows"],
     ["Bend, lift and twist only"]),
    ("lumbar-laminectomy", 1, "es", ["No se agache, no levante cosas ni tuerza la espalda"],
     ["Agáchese, levante cosas y gire"]),
    # the pendulum is done out of the sling, as page 1 allows; a cuff repair's blade squeeze is
    # prescribed, so its card does not tell the patient to ask first
    ("rotator-cuff-repair", 1, "en", ["Take off the sling to do this. Put it back on when you finish.",
                                      "After a cuff repair: squeeze gently"],
     ["Take off the sling only as your surgeon allows", "may ask you to wait"]),
    ("rotator-cuff-repair", 1, "es", ["Haga esto sin el cabestrillo. Luego, póngalo otra vez.",
                                      "algo le truena o se le rompe en el hombro"],
     ["si su cirujano no lo deja", "un desgarro"]),
    # a weight a patient can picture: 1 pound, not 1.1
    ("reverse-total-shoulder", 3, "en", ["heavier than 1 pound (0.5 kg)"], ["1.1 pounds"]),
    ("anatomic-total-shoulder", 5, "es", ["más de 1 libra"], ["1.1 libras"]),
    # the seated knee straighten's step goes as far as the therapist says (the ACL note: halfway)
    ("acl-reconstruction", 1, "en", ["Straighten one knee as far as your therapist says, at most "
                                     "until the leg is straight out.", "Stop at 45°."],
     ["until the leg is straight out, or as far as"]),
    # weight as tolerated, not "as feels good" (se sienta: also "sit down")
    ("total-knee-replacement", 1, "es", ["todo el peso que aguante sin dolor"],
     ["todo el peso que se sienta bien", "Nunca ponga nada bajo la rodilla"]),
    # the twist the back rules forbid is "torcer"; "girar" is the log roll's word
    ("lumbar-laminectomy", 3, "es", ["No tuerza la espalda"], ["No gire la espalda"]),
    # the heel slide points at the limit page 1 prints (after a meniscus repair, 90° to 30 Nov)
    ("meniscus-repair", 1, "en", ["Bend your knee as far as feels OK. If page 1 gives you a limit, "
                                  "stay under it."], ["not past any limit your surgeon gave you"]),
    # the exercise stick is a "palo": a "bastón" is a walking cane to most readers
    ("rotator-cuff-repair", 6, "es", ["un palo (como el de una escoba)"], ["con un bastón"]),
    # a goal is what the patient does ("Usted camina"), not a command in the familiar form
    ("total-knee-replacement", 1, "es", ["Usted camina sin andadera ni bastón."],
     ["• Camina sin andadera"]),
])
def test_sentences_that_read_wrong(content: HandoutContent, template_id: str, weeks: int,
                                   language: str, said: list[str], gone: list[str]) -> None:
    text = _text(template_id, weeks, language, content)
    assert [s for s in said if s not in text] == []
    assert [g for g in gone if g in text] == []


def test_until_lifted_reads_one_way_in_spanish(content: HandoutContent) -> None:
    text = _text("acl-reconstruction", 14, "es", content)
    assert "Hasta que su cirujano le diga otra cosa: No practique deportes" in text
    assert "dejar de hacerlo" not in text
