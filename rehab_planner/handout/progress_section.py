"""'Your progress' in the patient handout: the trend in plain words and a small plot (optional)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.progress_plots import measure_drawing
from rehab_planner.outcomes.progress_words import PatientProgress


def progress_story(ctx: BuildContext, progress: PatientProgress) -> list[Flowable]:
    """The section: heading, sentences, then the function measure's plot with its caption."""
    style = ctx.style
    body = style.paragraphs["body"]
    parts: list[Flowable] = [Paragraph(escape(progress.heading), style.paragraphs["h2"])]
    for line in progress.lines:
        ctx.glyphs.check(line, "Your progress")
        parts.append(Paragraph(escape(line), body))
    if progress.plotted is not None:
        width = min(ctx.width, style.body_size * 30)
        drawing = measure_drawing(progress.series, progress.plotted, width, width * 0.5,
                                  font_size=style.small_size, title=progress.plot_title,
                                  axis_label=progress.plot_axis, surgery_label=progress.plot_surgery,
                                  dot=style.small_size * 0.6)
        parts += [Spacer(1, style.para_space), drawing,
                  Paragraph(escape(progress.caption), style.paragraphs["body"])]
    return [KeepTogether(parts), Spacer(1, style.para_space * 2)]
