"""CoursePanel: the course of recovery beside the exercises: milestones on the recovery timeline,
the exit criteria the patient met (and moving on), each phase's range limits, and the care given
in the clinic."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.i18n import using_language
from rehab_planner.milestone_text import milestone_kinds
from rehab_planner.model import Precaution
from rehab_planner.model.course import CLINICIAN_KINDS, ClinicianItem, Milestone
from rehab_planner.plans.clinician import KIND_NAMES
from rehab_planner.plans.conditions import in_effect
from rehab_planner.plans.criteria import can_move_on, criteria_status
from rehab_planner.plans.edits import Change, ChangeKind
from rehab_planner.plans.schedule import format_date
from rehab_planner.plans.stage import Where, stage_on
from rehab_planner.plans.timeline import timeline, timeline_lines

from .. import commands
from ..document import PlanDocument
from ..labels import milestone_kind_label
from ..models.course_models import ON_CRITERION, ClinicianModel, MilestonesModel
from ..shown_texts import ShownTexts
from .delegates import AnyIndex, ComboDelegate
from .range_limits import RangeLimitsBox


class WhenDelegate(QStyledItemDelegate):
    """Edits a milestone's time: weeks (one decimal) or whole days, or 'on its criterion'."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        days = index.sibling(index.row(), MilestonesModel.DAYS).data(
            Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(0 if days else 1)
        spin.setRange(ON_CRITERION, 1092 if days else 156)
        spin.setSpecialValueText(self.tr("on its criterion"))
        spin.setSuffix(self.tr(" days") if days else self.tr(" weeks"))
        return spin


def _table(model, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setAccessibleName(name)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # each column at least as wide as its title (the Spanish titles are longer)
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, max(header.sectionSize(column), header.sectionSizeHint(column)))
    return table


class CoursePanel(QWidget):
    """Milestones, exit criteria and clinician care; every change is one undo step."""

    def __init__(self, document: PlanDocument, catalogue: Mapping[str, Precaution],
                 parent: QWidget | None = None, shown: ShownTexts | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._shown = shown or ShownTexts()  # the dates a criterion was met, in its language
        self._catalogue = catalogue
        self.today: Callable[[], dt.date] = dt.date.today  # tests set the day
        self._build_milestones()
        self._build_criteria()
        self._build_care()
        self.ranges_box = RangeLimitsBox(document)
        # the therapist drags the splitters; the criteria keep their own height
        split = QSplitter(Qt.Orientation.Vertical)
        for box, stretch in ((self.milestones_box, 3), (self.criteria_box, 0),
                             (self.ranges_box, 1), (self.care_box, 2)):
            split.addWidget(box)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setChildrenCollapsible(False)
        # in a scroll area: the tab never makes the window's docks (findings) smaller
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect_signals()
        self._refresh()

    # --- building -------------------------------------------------------------------------------

    def _build_milestones(self) -> None:
        self.milestones_box = QGroupBox(self.tr("Milestones on the recovery timeline"))
        self.milestones_model = MilestonesModel(self._doc, self)
        self.milestones = _table(self.milestones_model, self.tr("Milestones"))
        self._kind_delegate = ComboDelegate(self._kind_choices, self.milestones)
        self._when_delegate = WhenDelegate(self.milestones)
        self.milestones.setItemDelegateForColumn(MilestonesModel.KIND, self._kind_delegate)
        self.milestones.setItemDelegateForColumn(MilestonesModel.WHEN, self._when_delegate)
        self.milestone_kind = QComboBox()
        self.milestone_kind.setAccessibleName(self.tr("Milestone to add"))
        for label, value in self._kind_choices():
            self.milestone_kind.addItem(label, value)
        self.add_milestone = QPushButton(self.tr("Add &milestone"))
        self.remove_milestone = QPushButton(self.tr("Remove milestone"))
        self.timeline = QPlainTextEdit()
        self.timeline.setReadOnly(True)
        lines = self.fontMetrics().lineSpacing()
        self.timeline.setMinimumHeight(lines * 4)
        self.timeline.setMaximumHeight(lines * 7)
        self.milestones.setMinimumHeight(lines * 6)
        self.timeline.setAccessibleName(self.tr("Recovery timeline as printed"))
        row = QHBoxLayout()
        row.addWidget(self.milestone_kind, 1)
        row.addWidget(self.add_milestone)
        row.addWidget(self.remove_milestone)
        box = QVBoxLayout(self.milestones_box)
        box.addLayout(row)
        box.addWidget(self.milestones, 1)
        box.addWidget(self.timeline)

    def _build_criteria(self) -> None:
        self.criteria_box = QGroupBox(self.tr("Exit criteria and moving on"))
        self.criteria_phase = QComboBox()
        self.criteria_phase.setAccessibleName(self.tr("Phase"))
        self.ends_by = QComboBox()
        self.ends_by.setAccessibleName(self.tr("How the phase ends"))
        for label, value in ((self.tr("Ends at its last week"), "week"),
                             (self.tr("Ends when its criteria are met"), "criteria"),
                             (self.tr("Ends at its week or criteria, whichever is later"),
                              "later")):
            self.ends_by.addItem(label, value)
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.move_on = QPushButton(self.tr("Move to &next phase"))
        self.move_on.setToolTip(self.tr("Every exit criterion is met: this week's handout prints "
                                        "the next phase"))
        self.criteria_boxes: list[QCheckBox] = []
        self.criteria_list = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.criteria_phase, 1)
        row.addWidget(self.ends_by, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.stage_label, 1)
        foot.addWidget(self.move_on)
        box = QVBoxLayout(self.criteria_box)
        box.addLayout(row)
        box.addLayout(self.criteria_list)
        box.addStretch(1)
        box.addLayout(foot)

    def _build_care(self) -> None:
        self.care_box = QGroupBox(self.tr("Clinician care (never printed on the handout)"))
        self.care_model = ClinicianModel(self._doc, self)
        self.care = _table(self.care_model, self.tr("Clinician care"))
        self._care_kind_delegate = ComboDelegate(self._care_kind_choices, self.care)
        self._care_phase_delegate = ComboDelegate(self._phase_choices, self.care)
        self.care.setItemDelegateForColumn(ClinicianModel.KIND, self._care_kind_delegate)
        self.care.setItemDelegateForColumn(ClinicianModel.PHASE, self._care_phase_delegate)
        self.care.horizontalHeader().resizeSection(ClinicianModel.KIND, 220)
        self.care.horizontalHeader().resizeSection(ClinicianModel.PHASE, 160)
        self.care_kind = QComboBox()
        self.care_kind.setAccessibleName(self.tr("Clinician care to add"))
        for label, value in self._care_kind_choices():
            self.care_kind.addItem(label, value)
        self.add_care = QPushButton(self.tr("Add c&are"))
        self.remove_care = QPushButton(self.tr("Remove care"))
        row = QHBoxLayout()
        row.addWidget(self.care_kind, 1)
        row.addWidget(self.add_care)
        row.addWidget(self.remove_care)
        box = QVBoxLayout(self.care_box)
        box.addLayout(row)
        box.addWidget(self.care, 1)

    def _kind_choices(self) -> list[tuple[str, str]]:
        return [*((milestone_kind_label(k), k) for k in milestone_kinds()), (self.tr("own words"), "")]

    def _care_kind_choices(self) -> list[tuple[str, str]]:
        return [(QCoreApplication.translate("ClinicianKind", KIND_NAMES[k]), k)
                for k in CLINICIAN_KINDS]

    def _phase_choices(self) -> list[tuple[str, str]]:
        plan = self._doc.plan
        phases = plan.phases if plan is not None else []
        return [(self.tr("Every phase"), ""), *((p.name, p.id) for p in phases)]

    def _connect_signals(self) -> None:
        self._doc.changed.connect(self._on_document_changed)
        self._doc.replaced.connect(self._refresh)
        self.add_milestone.clicked.connect(self._on_add_milestone_clicked)
        self.remove_milestone.clicked.connect(self._on_remove_milestone_clicked)
        self.add_care.clicked.connect(self._on_add_care_clicked)
        self.remove_care.clicked.connect(self._on_remove_care_clicked)
        self.criteria_phase.currentIndexChanged.connect(lambda _i: self._show_criteria())
        self.ends_by.activated.connect(self._on_ends_by_activated)
        self.move_on.clicked.connect(self._on_move_on_clicked)

    # --- slots ----------------------------------------------------------------------------------

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.MILESTONES, ChangeKind.PRECAUTIONS, ChangeKind.CONDITIONS,
                           ChangeKind.SETTINGS, ChangeKind.PATIENT, ChangeKind.PLAN,
                           ChangeKind.PHASES, ChangeKind.PHASE, ChangeKind.PROGRESS):
            self._refresh()

    def _on_add_milestone_clicked(self) -> None:
        plan = self._doc.plan
        if plan is None:
            return
        kind = str(self.milestone_kind.currentData() or "") or None
        # a new milestone starts at week 6; its time is edited in place
        milestone = Milestone(kind=kind, weeks=6,
                              text="" if kind else self.tr("Write your words to the patient."))
        commands.set_milestones(self._doc, [*plan.milestones, milestone],
                                commands.tr("Add a milestone"))
        self.milestones.setCurrentIndex(
            self.milestones_model.index(len(plan.milestones), MilestonesModel.WHEN))

    def _on_remove_milestone_clicked(self) -> None:
        plan, row = self._doc.plan, self.milestones.currentIndex().row()
        if plan is not None and 0 <= row < len(plan.milestones):
            rest = [m for i, m in enumerate(plan.milestones) if i != row]
            commands.set_milestones(self._doc, rest, commands.tr("Remove a milestone"))

    def _on_add_care_clicked(self) -> None:
        plan = self._doc.plan
        if plan is None:
            return
        phase_id = self.criteria_phase.currentData() or None
        item = ClinicianItem(kind=str(self.care_kind.currentData()), phase_id=phase_id)
        commands.set_clinician_items(self._doc, [*plan.clinician_items, item],
                                     commands.tr("Add clinician care"))
        self.care.setCurrentIndex(self.care_model.index(len(plan.clinician_items),
                                                        ClinicianModel.TEXT))

    def _on_remove_care_clicked(self) -> None:
        plan, row = self._doc.plan, self.care.currentIndex().row()
        if plan is not None and 0 <= row < len(plan.clinician_items):
            rest = [c for i, c in enumerate(plan.clinician_items) if i != row]
            commands.set_clinician_items(self._doc, rest, commands.tr("Remove clinician care"))

    def _on_ends_by_activated(self, _index: int) -> None:
        phase_id = self.criteria_phase.currentData()
        if phase_id:
            commands.set_phase_end(self._doc, str(phase_id), self.ends_by.currentData())

    def _on_criterion_toggled(self, number: int, met: bool) -> None:
        phase_id = self.criteria_phase.currentData()
        plan = self._doc.plan
        if phase_id and plan is not None:
            by = plan.therapist or getpass.getuser()
            commands.set_criterion_met(self._doc, str(phase_id), number, met, by, self.today())

    def _on_move_on_clicked(self) -> None:
        phase_id = self.criteria_phase.currentData()
        if phase_id:
            commands.move_to_next_phase(self._doc, str(phase_id), self.today())

    # --- showing the plan -----------------------------------------------------------------------

    def _refresh(self) -> None:
        plan = self._doc.plan
        self.setEnabled(plan is not None)
        self._show_timeline()
        chosen = self.criteria_phase.currentData()
        self.criteria_phase.blockSignals(True)
        self.criteria_phase.clear()
        for phase in plan.phases if plan is not None else []:
            self.criteria_phase.addItem(phase.name, phase.id)
        if plan is not None and plan.phases:
            stage = stage_on(plan, self.today())
            keep = chosen if chosen in [p.id for p in plan.phases] else (
                stage.phase.id if stage else plan.phases[0].id)
            self.criteria_phase.setCurrentIndex(max(0, self.criteria_phase.findData(keep)))
        self.criteria_phase.blockSignals(False)
        self._show_criteria()
        self.remove_milestone.setEnabled(bool(plan and plan.milestones))
        self.remove_care.setEnabled(bool(plan and plan.clinician_items))

    def _show_timeline(self) -> None:
        plan = self._doc.plan
        if plan is None:
            self.timeline.setPlainText("")
            return
        shown = in_effect(plan)
        with using_language(plan.patient.language):  # as printed: in the patient's language
            lines = timeline_lines(shown, timeline(shown, self._catalogue))
        head = self.tr("On the handout (with the weight-bearing, brace and sling orders and the "
                       "driving and work settings):")
        body = "\n".join(f"• {line}" for line in lines) or self.tr("Nothing yet.")
        self.timeline.setPlainText(f"{head}\n{body}")

    def _show_criteria(self) -> None:
        for box in self.criteria_boxes:
            self.criteria_list.removeWidget(box)
            box.deleteLater()
        self.criteria_boxes = []
        plan = self._doc.plan
        phase_id = self.criteria_phase.currentData()
        phase = next((p for p in plan.phases if p.id == phase_id), None) if plan else None
        self.ranges_box.show_phase(phase.id if phase is not None else None)
        self.ends_by.setEnabled(phase is not None)
        if plan is None or phase is None:
            self.move_on.setEnabled(False)
            self.stage_label.setText("")
            return
        self.ends_by.setCurrentIndex(max(0, self.ends_by.findData(phase.ends_by)))
        for status in criteria_status(plan, phase):
            met = status.met
            text = status.text
            if met is not None:
                who = f", {met.by}" if met.by else ""
                with self._shown.writing():
                    on = format_date(met.on)
                text = self.tr("%1 (met %2%3)").replace("%1", text).replace(
                    "%2", on).replace("%3", who)
            box = QCheckBox(text)
            box.setChecked(met is not None)
            box.toggled.connect(lambda on, n=status.number: self._on_criterion_toggled(n, on))
            self.criteria_list.addWidget(box)
            self.criteria_boxes.append(box)
        self.move_on.setEnabled(can_move_on(plan, phase, self.today()))
        stage = stage_on(plan, self.today())
        if stage is not None:
            why = {Where.MOVED: self.tr(" (moved on by you)"),
                   Where.HELD: self.tr(" (held: exit criteria not all met)")}.get(stage.where, "")
            self.stage_label.setText(self.tr("This week's handout: stage %1 of %2, %3%4")
                                     .replace("%1", str(stage.number))
                                     .replace("%2", str(stage.count))
                                     .replace("%3", stage.phase.name).replace("%4", why))
