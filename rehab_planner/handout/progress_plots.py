"""Progress plots drawn with reportlab's own graphics from outcomes.series (the app uses QtCharts)."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, black, white

from rehab_planner.handout.fonts import BODY_BOLD_FONT, BODY_FONT
from rehab_planner.outcomes.series import MeasureSeries, ProgressSeries
from rehab_planner.plans.schedule import format_date

LINE = Color(0.1, 0.3, 0.6)
BAR = Color(0.35, 0.55, 0.35)
SURGERY = Color(0.7, 0.15, 0.15)
BANDS = (Color(0.93, 0.93, 0.97), Color(0.97, 0.97, 0.93))


def _week_max(series: ProgressSeries) -> float:
    return float(max(2, math.ceil(series.last_weeks + 0.5)))


def _step(span: float) -> float:
    for step in (1, 2, 4, 6, 8, 12, 26, 52):
        if span / step <= 8:
            return float(step)
    return 104.0


def _phase_bands(drawing: Drawing, series: ProgressSeries, x0: float, width: float, y0: float,
                 height: float, week_max: float, font_size: float, surgery_label: str) -> None:
    """Shade each phase and name it at the top; mark the surgery at week 0."""
    scale = width / week_max
    for index, band in enumerate(series.phases):
        start = min(band.start_weeks, week_max)
        end = min(band.end_weeks if band.end_weeks is not None else week_max, week_max)
        if end <= start:
            continue
        drawing.add(Rect(x0 + start * scale, y0, (end - start) * scale, height,
                         fillColor=BANDS[index % 2], strokeColor=None))
        room = int((end - start) * scale / (font_size * 0.5)) - 1
        if room >= 6:
            name = band.name if len(band.name) <= room else band.name[:room - 1].rstrip() + "…"
            drawing.add(String(x0 + start * scale + 2, y0 + height - font_size - 1, name,
                               fontName=BODY_FONT, fontSize=font_size * 0.85,
                               fillColor=Color(0.35, 0.35, 0.35)))
    drawing.add(Line(x0, y0, x0, y0 + height, strokeColor=SURGERY, strokeWidth=1.5))
    drawing.add(String(x0 + 2, y0 + 2, f"{surgery_label} {format_date(series.surgery_date)}",
                       fontName=BODY_FONT, fontSize=font_size * 0.8, fillColor=SURGERY))


def measure_drawing(series: ProgressSeries, measure: MeasureSeries, width: float, height: float,
                    *, font_size: float = 8, title: str | None = None,
                    axis_label: str = "weeks after surgery", surgery_label: str = "Surgery",
                    dot: float = 4) -> Drawing:
    """One measure over weeks after surgery: phases shaded, surgery marked, scores as a line.

    The default labels are for clinicians; the patient handout passes its own words.
    """
    drawing = Drawing(width, height)
    m = measure.measure
    better = "higher is better" if m.better.value == "higher" else "lower is better"
    heading = title if title is not None else f"{m.short_name} ({better})"
    drawing.add(String(0, height - font_size - 1, heading,
                       fontName=BODY_BOLD_FONT, fontSize=font_size + 1, fillColor=black))
    plot = LinePlot()
    plot.x, plot.y = font_size * 3.5, font_size * 2.6
    plot.width = width - plot.x - 6
    plot.height = height - plot.y - font_size * 2.6
    week_max = _week_max(series)
    _phase_bands(drawing, series, plot.x, plot.width, plot.y, plot.height, week_max, font_size,
                 surgery_label)
    plot.data = [[(p.weeks, p.value) for p in measure.points]]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, week_max
    plot.xValueAxis.valueStep = _step(week_max)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = m.score_min, m.score_max
    span = m.score_max - m.score_min
    plot.yValueAxis.valueStep = next(
        (float(step) for step in (1, 2, 5, 10, 20, 25, 50) if span / step <= 8), span / 4
    )
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = BODY_FONT
        axis.labels.fontSize = font_size * 0.9
    plot.lines[0].strokeColor = LINE
    plot.lines[0].strokeWidth = 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=dot, fillColor=LINE, strokeColor=white)
    plot.fillColor = None
    drawing.add(plot)
    drawing.add(String(plot.x + plot.width / 2, 0, axis_label, textAnchor="middle",
                       fontName=BODY_FONT, fontSize=font_size * 0.9))
    return drawing


def adherence_drawing(series: ProgressSeries, width: float, height: float,
                      *, font_size: float = 8, title: str = "Home program: days done per week"
                      ) -> Drawing:
    """Days the home program was done each week before a visit, as bars (0 to 7)."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - font_size - 1, title, fontName=BODY_BOLD_FONT,
                       fontSize=font_size + 1, fillColor=black))
    chart = VerticalBarChart()
    chart.x, chart.y = font_size * 3, font_size * 2.6
    chart.width = width - chart.x - 6
    chart.height = height - chart.y - font_size * 2.6
    points = series.adherence[-16:]
    chart.data = [[p.value for p in points] or [0]]
    chart.categoryAxis.categoryNames = [f"wk {p.weeks:.0f}" for p in points] or [""]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 7, 1
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = BODY_FONT
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = font_size * 0.85
    drawing.add(chart)
    return drawing
