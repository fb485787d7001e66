"""Every shipped template that sets a sitting limit also ends it: open-ended, a knee or hip
replacement's "Do not sit for more than 30 minutes at a time" printed on page 1 at week 14 and
after, long past the early weeks it is for (stop 46)."""

from __future__ import annotations

import datetime as dt

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.templates.loader import load_templates
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, review_plan


def test_every_sitting_limit_ends() -> None:
    limited = {t.id: t.settings for t in load_templates().values()
               if t.settings.sitting_limit_minutes is not None}
    assert {"lumbar-fusion", "total-knee-replacement", "cervical-fusion"} <= set(limited)
    for template_id, settings in limited.items():
        assert settings.sitting_limit_weeks is not None, template_id


def test_a_knee_replacement_sits_freely_after_six_weeks(content: HandoutContent) -> None:
    plan = review_plan("total-knee-replacement")

    def page_1(weeks: int) -> str:
        options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3))
        return " ".join(page_texts(render_handout(plan, options, content=content).pdf)[0].split())

    early = page_1(1)
    assert "Do not sit for more than 30 minutes at a time." in early
    end = SURGERY + dt.timedelta(weeks=6)
    assert f"Until {end.day} {end:%b %Y}: Do not sit" in early
    assert "Do not sit for more than" not in page_1(14)
