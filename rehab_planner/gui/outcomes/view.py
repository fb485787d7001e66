"""OutcomesDialog: the open patient's visits, what each measure's latest score means, and the plots."""
# The edit and delete buttons only ask; the integration (install.py) asks to confirm and saves.

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.model import Plan
from rehab_planner.outcomes.activities import ActivityTrack, activity_tracks
from rehab_planner.outcomes.meaning import ScoreMeaning, Verdict, latest_meanings
from rehab_planner.outcomes.scoring import format_score
from rehab_planner.outcomes.series import ProgressSeries, progress_series
from rehab_planner.visits import Visit

from .charts import AdherenceChart, MeasureChart
from .visits_model import VisitsModel


class OutcomesDialog(QDialog):
    """Visits and outcomes for one plan. It shows what it is given; the caller loads and saves.

    Signals:
        add_visit_requested(): the therapist wants to enter a visit.
        edit_visit_requested(object): the therapist wants to change this Visit.
        delete_visit_requested(object): the therapist wants to delete this Visit.
        report_requested(): the therapist wants a progress report PDF.
        print_progress_changed(bool): print 'Your progress' in the patient's handout, or not.
    """

    add_visit_requested = Signal()
    edit_visit_requested = Signal(object)
    delete_visit_requested = Signal(object)
    report_requested = Signal()
    print_progress_changed = Signal(bool)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Visits and outcomes: %1").replace("%1", plan.patient.name))
        self.series: ProgressSeries = progress_series(plan, [])
        self.model = VisitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.meanings = QLabel(self.tr("Loading…"))
        self.meanings.setWordWrap(True)
        self.meanings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.measure_choice = QComboBox()
        self.measure_chart = MeasureChart()
        self.adherence_chart = AdherenceChart()
        self.add_button = QPushButton(self.tr("&Add visit…"))
        self.edit_button = QPushButton(self.tr("&Edit visit…"))
        self.edit_button.setToolTip(self.tr("Change the chosen visit (or double-click it)"))
        self.delete_button = QPushButton(self.tr("&Delete visit…"))
        self.delete_button.setToolTip(self.tr("Delete the chosen visit and its measures"))
        self.report_button = QPushButton(self.tr("&Progress report…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_progress = QCheckBox(self.tr("Print 'Your progress' in the patient's &handout"))
        self.print_progress.setToolTip(self.tr("Pain and function in plain words with a small plot, "
                                               "from the visits' measures"))
        self._layout()
        self._connect_signals()
        self.resize(1100, 760)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("%1, surgery on %2").replace("%1", self.plan.procedure)
                             .replace("%2", self.plan.surgery_date.isoformat())), 1)
        choose = QLabel(self.tr("&Measure:"))
        choose.setBuddy(self.measure_choice)
        top.addWidget(choose)
        top.addWidget(self.measure_choice)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.measure_chart)
        charts.addWidget(self.adherence_chart)
        charts.setSizes([640, 420])
        body = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.meanings)
        body.addWidget(upper)
        body.addWidget(charts)
        body.setSizes([300, 420])
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.report_button):
            buttons.addWidget(button)
        buttons.addWidget(self.print_progress)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_visit_requested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.report_button.clicked.connect(self.report_requested)
        self.close_button.clicked.connect(self.close)
        self.print_progress.toggled.connect(self.print_progress_changed)
        self.measure_choice.currentIndexChanged.connect(self._on_measure_choice_changed)

    def selected_visit(self) -> Visit | None:
        """The visit on the chosen row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.visit(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args: object) -> None:
        chosen = self.selected_visit() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_edit_button_clicked(self, *_args: object) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.edit_visit_requested.emit(visit)

    def _on_delete_button_clicked(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.delete_visit_requested.emit(visit)

    def set_visits(self, visits: list[Visit]) -> None:
        """Show a plan's visits: the table, the meaning of the latest scores, the charts."""
        self.model.set_visits(visits)
        self._on_selection_changed()
        self.series = progress_series(self.plan, visits)
        lines = [self._meaning_line(m) for m in latest_meanings(visits)]
        tracks = activity_tracks(visits)
        if tracks:
            lines.append(self.tr("Activities the patient chose (PSFS): %1")
                         .replace("%1", "; ".join(self._activity_line(a) for a in tracks)))
        self.meanings.setText("\n".join(lines) if lines else self.tr("No outcome measures recorded yet."))
        chosen = self.measure_choice.currentData()
        self.measure_choice.blockSignals(True)
        self.measure_choice.clear()
        for s in self.series.measures:
            self.measure_choice.addItem(s.label, s.measure.id)
        index = self.measure_choice.findData(chosen)
        self.measure_choice.setCurrentIndex(index if index >= 0 else 0)
        self.measure_choice.blockSignals(False)
        self._on_measure_choice_changed()
        self.adherence_chart.show_adherence(self.series)
        self.report_button.setEnabled(bool(visits))

    def _meaning_line(self, meaning: ScoreMeaning) -> str:
        """'LEFS 52 (+12 since 2026-10-15; passes the MCID of 9)' in the interface language.

        The core's ScoreMeaning.describe() says the same in English for the CLI; the window writes
        its own words from the same numbers.
        """
        m = meaning.measure
        head = f"{m.short_name} {format_score(m, meaning.score)}"
        if meaning.verdict is Verdict.BASELINE:
            return self.tr("%1 (first score)").replace("%1", head)
        if meaning.change is not None:
            change = ("+" if meaning.change > 0 else "") + format_score(m, meaning.change)
            since = self.tr("%1 since %2").replace("%1", change).replace(
                "%2", meaning.first_date.isoformat())
        else:
            since = self.tr("rating of change")
        if meaning.verdict is Verdict.NO_MCID or m.mcid is None:
            verdict = self.tr("no MCID stored")
        else:
            verdict = {
                Verdict.IMPROVED: self.tr("passes the MCID of %1"),
                Verdict.WORSE: self.tr("worse by at least the MCID of %1"),
                Verdict.NOT_YET: self.tr("below the MCID of %1"),
            }[meaning.verdict].replace("%1", f"{m.mcid.value:g}")
            if not m.mcid.checked:
                verdict = self.tr("%1, unchecked").replace("%1", verdict)
        return f"{head} ({since}; {verdict})"

    def _activity_line(self, track: ActivityTrack) -> str:
        """'Climbing stairs: 3 on 2026-10-08, 7 on 2026-11-05 (+4)' in the interface language
        (the core's ActivityTrack.describe() says it in English for the CLI)."""
        if track.times == 1:
            return (self.tr("%1: %2 on %3").replace("%1", track.name)
                    .replace("%2", str(track.score)).replace("%3", track.date.isoformat()))
        return (self.tr("%1: %2 on %3, %4 on %5 (%6)").replace("%1", track.name)
                .replace("%2", str(track.first_score))
                .replace("%3", track.first_date.isoformat()).replace("%4", str(track.score))
                .replace("%5", track.date.isoformat()).replace("%6", f"{track.change:+d}"))

    def show_error(self, text: str) -> None:
        """Say what went wrong in place of the meanings."""
        self.meanings.setText(text)

    def _on_measure_choice_changed(self, *_args: object) -> None:
        measure_id = self.measure_choice.currentData()
        self.measure_chart.show_measure(self.series, self.series.measure(measure_id) if measure_id else None)

