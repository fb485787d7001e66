"""RangeLimitsBox: a phase's range limits (joint motion, degrees, passive or active, side), added,
edited in place and removed; each change is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.errors import RehabError
from rehab_planner.model.range_limit import MOTIONS, Joint, Motion, RangeLimit, joint_motion_key

from .. import commands
from ..document import PlanDocument
from ..labels import joint_motion_label
from ..models.range_model import RangeLimitsModel
from .delegates import AnyIndex, ComboDelegate


def joint_motions() -> list[tuple[str, str]]:
    """Every joint motion a limit may name: (label, key), in the model's order."""
    return [(joint_motion_label(joint_motion_key(j, m)), joint_motion_key(j, m))
            for j, motions in MOTIONS.items() for m in motions]


class _DegreesDelegate(QStyledItemDelegate):
    """Edits the degrees: 0 ('not at all') to the most the joint motion reaches."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        spin = QSpinBox(parent)
        key = index.sibling(index.row(), RangeLimitsModel.MOTION).data(Qt.ItemDataRole.EditRole)
        joint, _, motion = str(key).partition(" ")
        spin.setRange(0, MOTIONS[Joint(joint)][Motion(motion)])
        spin.setSuffix("°")
        spin.setSpecialValueText(self.tr("not at all"))
        return spin


class RangeLimitsBox(QGroupBox):
    """The chosen phase's range limits; show_phase() picks the phase."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Range limits of this phase"), parent)
        self._doc = document
        self.model = RangeLimitsModel(document, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Range limits"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RangeLimitsModel.MOTION, QHeaderView.ResizeMode.Stretch)
        for column in (RangeLimitsModel.DEGREES, RangeLimitsModel.MODE, RangeLimitsModel.SIDE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._delegates = [
            ComboDelegate(joint_motions, self.table), _DegreesDelegate(self.table),
            ComboDelegate(lambda: [(v, k) for k, v in self.model.mode_names().items()],
                          self.table),
            ComboDelegate(lambda: [(v, k) for k, v in self.model.side_names().items()],
                          self.table)]
        for column, delegate in enumerate(self._delegates):
            self.table.setItemDelegateForColumn(column, delegate)
        lines = self.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(lines * 5)
        self.motion = QComboBox()
        self.motion.setAccessibleName(self.tr("Joint and motion to limit"))
        for label, key in joint_motions():
            self.motion.addItem(label, key)
        self.degrees = QSpinBox()
        self.degrees.setAccessibleName(self.tr("Up to (degrees)"))
        self.degrees.setSuffix("°")
        self.degrees.setSpecialValueText(self.tr("not at all"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Holds for"))
        for key, label in self.model.mode_names().items():
            self.mode.addItem(label, key)
        self.add = QPushButton(self.tr("Add &limit"))
        self.remove = QPushButton(self.tr("Remove limit"))
        # said where the therapist looks, without a wrapped label that the splitter squeezes
        hint = self.tr("Each exercise card of the phase tells the patient where to stop; "
                       "an exercise that cannot stay within a limit is a conflict.")
        self.setToolTip(hint)
        self.table.setToolTip(hint)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.motion, 2)
        row.addWidget(self.degrees)
        row.addWidget(self.mode, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.problem)
        box.addWidget(self.table, 1)
        self._connect_signals()
        self._on_motion_changed()
        self._refresh_buttons()

    def _connect_signals(self) -> None:
        self.motion.currentIndexChanged.connect(lambda _i: self._on_motion_changed())
        self.add.clicked.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.model.modelReset.connect(self._refresh_buttons)

    def show_phase(self, phase_id: str | None) -> None:
        """Show (and edit) this phase's limits."""
        self.model.set_phase(phase_id)

    def _refresh_buttons(self) -> None:
        has_phase = self.model.phase() is not None
        self.add.setEnabled(has_phase)
        self.remove.setEnabled(has_phase and self.model.rowCount() > 0)

    def _on_motion_changed(self) -> None:
        joint, _, motion = str(self.motion.currentData()).partition(" ")
        top = MOTIONS[Joint(joint)][Motion(motion)]
        self.degrees.setRange(0, top)
        self.degrees.setValue(min(self.degrees.value() or 90, top))

    def _on_add_clicked(self) -> None:
        phase_id = self.model.phase_id
        if phase_id is None:
            return
        joint, _, motion = str(self.motion.currentData()).partition(" ")
        limit = RangeLimit(joint=Joint(joint), motion=Motion(motion),
                           degrees=self.degrees.value(), mode=self.mode.currentData())
        try:
            commands.set_range_limits(self._doc, phase_id, [*self.model.limits(), limit],
                                      commands.tr("Add a range limit"))
        except RehabError:  # the one way it fails: the same limit twice
            self.problem.setText(self.tr("This phase already limits that joint motion that way. "
                                         "Change the limit in the table."))
            self.problem.show()
            return
        self.problem.hide()
        self.table.setCurrentIndex(self.model.index(self.model.rowCount() - 1,
                                                    RangeLimitsModel.DEGREES))

    def _on_remove_clicked(self) -> None:
        phase_id, row = self.model.phase_id, self.table.currentIndex().row()
        limits = self.model.limits()
        if phase_id is None or not 0 <= row < len(limits):
            return
        del limits[row]
        commands.set_range_limits(self._doc, phase_id, limits, commands.tr("Remove a range limit"))
