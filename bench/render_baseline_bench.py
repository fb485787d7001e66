"""The handout's render time beside a bare reportlab document of the same pages and pictures.

The bare document holds the handout's own words (read back from its PDF, page by page) as plain
paragraphs in the same font and size, each page's exercise drawings, and a page break where the
handout has one: what reportlab itself needs for this much text and drawing. The ratio is the cost
of the handout's own layout (cards, boxes, tables, fitting); goal <= 1.5x (issue 17). Prints the
top functions of a profile of one handout render.

Run: .venv/bin/python bench/render_baseline_bench.py   (prints figures; never fails a build)
"""

from __future__ import annotations

import cProfile
import datetime as dt
import io
import pstats
import statistics
import sys
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rehab_planner.figures.reportlab_backend import figure_drawing
from rehab_planner.handout import HandoutOptions, load_content
from rehab_planner.handout.card_cache import CARDS
from rehab_planner.handout.fonts import BODY_FONT, register_fonts
from rehab_planner.handout.render import render_handout
from rehab_planner.model import Patient, Surgeon
from rehab_planner.templates.loader import instantiate, load_templates

RUNS = 5
PRINTED = dt.date(2026, 12, 4)  # week 5 after a surgery on 2 Nov 2026


def median_seconds(work, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bare_document(pages: list[str], drawings_per_page: list[int], exercise_ids: list[str],
                  content) -> bytes:  # type: ignore[no-untyped-def]
    register_fonts()
    style = ParagraphStyle("body", fontName=BODY_FONT, fontSize=14, leading=18)
    story: list[Flowable] = []
    drawn = iter(exercise_ids * 4)
    for text, count in zip(pages, drawings_per_page, strict=True):
        for line in text.splitlines():
            if line.strip():
                story.append(Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style))
        for _ in range(count):
            story.append(figure_drawing(content.library.get(next(drawn)), 160))
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=letter).build(story)
    return buffer.getvalue()


def main() -> None:
    content = load_content(None)
    template = load_templates()["lumbar-fusion"]
    plan = instantiate(template, Patient(name="Bench Patient"), dt.date(2026, 11, 2))
    plan.surgeon = Surgeon(name="Dr Bench", phone="(217) 555-0199")
    for label, options in (("this week (week 5)", HandoutOptions(printed_on=PRINTED)),
                           ("whole program", HandoutOptions(printed_on=PRINTED, whole_program=True))):
        result = render_handout(plan, options, content=content)
        reader = PdfReader(io.BytesIO(result.pdf))
        pages = [page.extract_text() or "" for page in reader.pages]
        ids = [rx.exercise_id for phase in plan.phases for rx in phase.prescriptions]
        per_page = [sum(1 for e in ids if content.library.get(e).name in text) for text in pages]
        # each run a first render (no cards kept from the one before), as a print or export is
        handout = median_seconds(lambda o=options: (CARDS.clear(),
                                                    render_handout(plan, o, content=content)))
        bare = median_seconds(lambda p=pages, n=per_page, i=ids: bare_document(p, n, i, content))
        print(f"{label}: {result.pages} pages; handout {handout * 1000:.0f} ms, bare reportlab "
              f"{bare * 1000:.0f} ms, ratio {handout / bare:.2f}x (median of {RUNS})")
    profile = cProfile.Profile()
    CARDS.clear()
    profile.enable()
    render_handout(plan, HandoutOptions(printed_on=PRINTED), content=content)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(8)
    print("where one week-5 render spends its time (profile, own time):")
    for line in out.getvalue().splitlines():
        if line.strip() and line.strip()[0].isdigit():
            print("  " + " ".join(line.split()))


if __name__ == "__main__":
    main()
