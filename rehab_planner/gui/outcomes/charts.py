"""QtCharts views over outcomes.series: a measure over time (phases shaded, surgery marked) and
adherence as bars. They draw what progress_series() computed, the same numbers as the PDF report."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from rehab_planner.outcomes.series import MeasureSeries, ProgressSeries
from rehab_planner.plans.schedule import format_date

BANDS = (QColor(60, 90, 200, 40), QColor(200, 170, 40, 45))
LINE = QColor(25, 75, 155)
SURGERY = QColor(180, 40, 40)
BAR = QColor(90, 140, 90)


def tr(text: str) -> str:
    """Translate a chart label."""
    return QCoreApplication.translate("OutcomeCharts", text)


def week_max(series: ProgressSeries) -> float:
    """The right end of the time axis: the last visit, rounded up, at least 2 weeks."""
    return float(max(2, math.ceil(series.last_weeks + 0.5)))


class MeasureChart(QChartView):
    """One measure's scores over weeks after surgery, with the plan's phases shaded behind them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.scores: QLineSeries | None = None  # the plotted scores (tests read them)
        self.setChart(QChart())

    def show_measure(self, series: ProgressSeries, measure: MeasureSeries | None) -> None:
        """Draw a measure (None: an empty chart saying there is nothing yet)."""
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.scores = None
        if measure is None:
            chart.setTitle(tr("No outcome measures recorded yet"))
            self.setChart(chart)
            return
        m = measure.measure
        better = tr("higher is better") if m.better.value == "higher" else tr("lower is better")
        chart.setTitle(f"{m.short_name} ({better})")
        x_axis, y_axis = QValueAxis(), QValueAxis()
        right = week_max(series)
        x_axis.setRange(0, right)
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(tr("Weeks after surgery"))
        x_axis.setTickCount(min(int(right), 12) + 1 if right <= 12 else 7)
        y_axis.setRange(m.score_min, m.score_max)
        y_axis.setLabelFormat("%d" if m.decimals == 0 and m.score_max - m.score_min >= 10 else "%.1f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        def attach(line: QLineSeries | QAreaSeries) -> None:
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)

        for index, band in enumerate(series.phases):
            start, end = band.start_weeks, min(band.end_weeks if band.end_weeks is not None else right, right)
            if start >= right or end <= start:
                continue
            upper, lower = QLineSeries(chart), QLineSeries(chart)
            upper.append([QPointF(start, m.score_max), QPointF(end, m.score_max)])
            lower.append([QPointF(start, m.score_min), QPointF(end, m.score_min)])
            area = QAreaSeries(upper, lower)
            area.setName(band.name)
            area.setColor(BANDS[index % 2])
            area.setBorderColor(BANDS[index % 2])
            attach(area)
        surgery = QLineSeries()
        surgery.setName(tr("Surgery %1").replace("%1", format_date(series.surgery_date)))
        surgery.append([QPointF(0, m.score_min), QPointF(0, m.score_max)])
        surgery.setPen(QPen(SURGERY, 3))
        attach(surgery)
        scores = QLineSeries()
        scores.setName(m.short_name)
        scores.append([QPointF(p.weeks, p.value) for p in measure.points])
        scores.setPointsVisible(True)
        scores.setPen(QPen(LINE, 2.5))
        attach(scores)
        self.scores = scores
        self.setChart(chart)


class AdherenceChart(QChartView):
    """Days a week the home program was done, one bar per visit that recorded it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.bars: QBarSet | None = None
        self.setChart(QChart())

    def show_adherence(self, series: ProgressSeries) -> None:
        """Draw the adherence bars of the last 16 visits that recorded it."""
        chart = QChart()
        chart.setTitle(tr("Home program: days done per week"))
        chart.legend().hide()
        points = series.adherence[-16:]
        bars = QBarSet(tr("Days done"))
        bars.append([float(p.value) for p in points])
        bars.setColor(BAR)
        bar_series = QBarSeries()
        bar_series.append(bars)
        chart.addSeries(bar_series)
        categories = QBarCategoryAxis()
        categories.append([f"{p.weeks:.0f}" for p in points])
        categories.setTitleText(tr("Week after surgery"))
        values = QValueAxis()
        values.setRange(0, 7)
        values.setTickCount(8)
        values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        bar_series.attachAxis(categories)
        bar_series.attachAxis(values)
        self.bars = bars
        self.setChart(chart)
