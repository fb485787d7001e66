"""Warning signs on the handout: the emergency tier stands out, and safety text is never smaller
than the body text (sizes measured in the PDF)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf.generic import ContentStream

from rehab_planner.guidance import load_guidance, warning_signs_for
from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.handout.styles import EMERGENCY_COLOUR, handout_style
from rehab_planner.model import Patient, Plan, Surgeon
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.loader import instantiate, load_templates
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import flat, reader

TEMPLATES = load_templates()
GUIDANCE = load_guidance()
CATALOGUE = load_catalogue()


def _plan(template_id: str) -> Plan:
    plan = instantiate(TEMPLATES[template_id], Patient(name="Ann Lee"), dt.date(2026, 9, 7))
    plan.surgeon = Surgeon(phone="555-0199")
    return plan


def _runs(pdf: bytes, pages: int = 3) -> list[tuple[str, float, str]]:
    """(text, size, font) of every text run on the first pages."""
    out: list[tuple[str, float, str]] = []
    for page in reader(pdf).pages[:pages]:
        def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
            if text.strip():
                name = str(font.get("/BaseFont", "")) if font is not None else ""  # type: ignore[attr-defined]
                out.append((flat(text), size * abs(tm[0]) if tm[0] else size, name))
        page.extract_text(visitor_text=visit)
    return out


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_no_sign_twice_and_each_symptom_once_a_tier(template_id: str) -> None:
    signs = warning_signs_for(_plan(template_id), GUIDANCE, CATALOGUE)
    every = signs.call_911 + signs.call_surgeon
    assert len(every) == len(set(every))
    for tier in (signs.call_911, signs.call_surgeon):
        for word in ("numb", "weak", "tingl", "fever", "calf", "bladder"):
            assert sum(word in sign.lower() for sign in tier) <= 1, (template_id, word, tier)


@pytest.mark.parametrize("template_id", ["lumbar-fusion", "lumbar-microdiscectomy",
                                         "cervical-fusion"])
def test_spine_emergencies_are_in_the_911_tier(template_id: str) -> None:
    signs = warning_signs_for(_plan(template_id), GUIDANCE, CATALOGUE)
    emergency = " ".join(signs.call_911).lower()
    assert "sudden weakness in your legs or arms" in emergency
    assert "bladder or bowels" in emergency
    assert not any("weakness" in sign.lower() for sign in signs.call_surgeon)
    if template_id != "cervical-fusion":
        assert "groin, inner thighs or buttocks" in emergency  # saddle numbness


def test_hip_replacement_lists_dislocation_and_others_do_not() -> None:
    hip = " ".join(warning_signs_for(_plan("total-hip-replacement"), GUIDANCE, CATALOGUE).call_911)
    assert "hip pops out of place" in hip and "looks shorter" in hip
    for other in ("total-knee-replacement", "lumbar-fusion", "acl-reconstruction"):
        signs = warning_signs_for(_plan(other), GUIDANCE, CATALOGUE)
        assert not any("hip pops" in s for s in signs.call_911)


@pytest.mark.parametrize("large_print", [False, True])
def test_safety_text_is_at_least_the_body_size(content: HandoutContent,
                                               large_print: bool) -> None:
    plan = make_plan()
    result = render_handout(plan, HandoutOptions(printed_on=PRINTED, large_print=large_print),
                            content=content)
    body = handout_style(large_print).body_size
    signs = warning_signs_for(plan, content.guidance, content.catalogue)
    runs = _runs(result.pdf, pages=4)
    safety = [*signs.call_911, *signs.call_surgeon, "Until 25 Jan 2027", "Do not sit for more",
              signs.call_911_heading, signs.call_surgeon_heading]
    checked = 0
    for text, size, _ in runs:
        if len(text) > 8 and any(text in line for line in safety):
            assert size >= body - 0.01, (text, size)
            checked += 1
    assert checked >= len(signs.call_911) + len(signs.call_surgeon)
    # the emergency signs are bold
    bold = {text for text, _, font in runs if "Bold" in font}
    assert any(signs.call_911[0].startswith(text) or text in signs.call_911[0] for text in bold)


def test_the_emergency_box_has_a_heavy_red_border_and_an_icon(content: HandoutContent) -> None:
    result: HandoutResult = render_handout(make_plan(), HandoutOptions(printed_on=PRINTED),
                                           content=content)
    doc = reader(result.pdf)
    red = (EMERGENCY_COLOUR.red, EMERGENCY_COLOUR.green, EMERGENCY_COLOUR.blue)
    stroke_widths, red_fill = [], False
    width = 0.0
    for page in doc.pages[:2]:
        stroke = None
        for operands, operator in ContentStream(page.get_contents(), doc).operations:
            if operator == b"w":
                width = float(operands[0])
            elif operator == b"RG":
                stroke = tuple(float(v) for v in operands)
            elif operator == b"rg":
                red_fill = red_fill or tuple(float(v) for v in operands) == pytest.approx(red)
            elif operator in (b"S", b"l") and stroke == pytest.approx(red):
                stroke_widths.append(width)
    assert stroke_widths and max(stroke_widths) >= handout_style().warning_line * 1.5
    assert red_fill  # the icon's red disc
    text = " ".join(flat(p.extract_text()) for p in doc.pages[:2])
    assert re.search(r"Call 911 or go to the emergency room now", text)
