"""Phone numbers on the handout: page 1, the warning signs, every footer, a write-in line."""

from __future__ import annotations

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.model import Clinic, Surgeon
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import page_texts


def _pages(content: HandoutContent, **changes: object) -> list[str]:
    plan = make_plan().model_copy(update=changes)
    result = render_handout(plan, HandoutOptions(printed_on=PRINTED), content=content)
    return page_texts(result.pdf)


def test_phones_print_on_page_1_and_in_every_footer(content: HandoutContent) -> None:
    clinic = Clinic(name="Riverside PT", phone="(217) 555-0142",
                    after_hours_phone="(217) 555-0188")
    pages = _pages(content, clinic=clinic, surgeon=Surgeon(name="Dr Ruiz", phone="(217) 555-0199"))
    first, signs = pages[0], pages[0] + " " + pages[1]
    assert "Your surgeon: Dr Ruiz, (217) 555-0199" in first
    assert "Nights and weekends: (217) 555-0188" in first
    assert "Call your surgeon today at (217) 555-0199 for any of these." in signs
    assert "At night or on a weekend, call (217) 555-0188." in signs
    for number, page in enumerate(pages, start=1):
        assert "Call (217) 555-0199 ·" in page, f"page {number} has no phone in its footer"
    assert "______________ if you have" not in signs and "Your surgeon's phone:" not in first


def test_the_clinic_phone_is_used_when_the_surgeon_has_none(content: HandoutContent) -> None:
    pages = _pages(content, clinic=Clinic(phone="555-0142"), surgeon=Surgeon())
    assert "555-0142" in pages[0]  # the clinic line at the top
    assert "Call your clinic today at 555-0142 for any of these:" in pages[0] + pages[1]
    assert all("Call 555-0142 ·" in page for page in pages)


def test_no_phone_prints_a_line_to_write_one_in(content: HandoutContent) -> None:
    pages = _pages(content, clinic=Clinic(name="Riverside PT"), surgeon=Surgeon(name="Dr Ruiz"))
    assert "Your surgeon's phone: ________________" in pages[0]
    assert "Call your surgeon today at ______________ for any of these:" in pages[0] + pages[1]
    assert all("Phone: ______________ ·" in page for page in pages)


def test_a_footer_too_long_leaves_out_the_print_date_whole(content: HandoutContent) -> None:
    # large print in Spanish: phone, name and 'Impreso el 3 de noviembre de 2026' do not fit one
    # line beside 'Página X de Y'; the date (on page 1 already) goes, never cut in half
    plan = make_plan()
    plan.patient = plan.patient.model_copy(update={"language": "es"})
    result = render_handout(plan, HandoutOptions(printed_on=PRINTED, large_print=True),
                            content=content)
    pages = page_texts(result.pdf)
    for page in pages:
        footer = page.rsplit("Llame al (217) 555-0199", 1)[1]
        assert footer.startswith(" · José Núñez"), footer[:60]
        assert "Impr" not in footer and "…" not in footer, footer[:60]
    # regular print keeps the whole footer
    plan.patient = plan.patient.model_copy(update={"language": "en"})
    regular = page_texts(render_handout(plan, HandoutOptions(printed_on=PRINTED),
                                        content=content).pdf)
    assert all("Call (217) 555-0199 · José Núñez · Printed 3 Nov 2026" in p for p in regular)
