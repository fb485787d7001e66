"""HandoutSettings: the plan's settings (sitting limit, fever, driving, ...) and its guidance topics.

The topics are ticked in one list (its rows never move, so ticking is steady under the pointer)
and put in their printed order in a second list: drag and drop, Move up and Move down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import ValidationError
from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.errors import RehabError
from rehab_planner.model import Plan, PlanSettings
from rehab_planner.plans.edits import Change, ChangeKind

from .. import commands
from ..document import PlanDocument
from ..icons import icon
from ..labels import QT_TRANSLATE_NOOP

# (field, label, minimum, maximum, suffix, text of the "not set" value or "" when it must be set).
# A field that may be None gets one step below its minimum (or 0), shown as the "not set" text.
# Texts in tables reach the .ts through QT_TRANSLATE_NOOP (lupdate cannot read tr(variable)).
NUMBERS: tuple[tuple[str, str, int, int, str, str], ...] = (
    ("sitting_limit_minutes", QT_TRANSLATE_NOOP("HandoutSettings", "Sit no longer than"), 5, 240,
     QT_TRANSLATE_NOOP("HandoutSettings", " min"), QT_TRANSLATE_NOOP("HandoutSettings", "Not ordered")),
    ("sitting_limit_weeks", QT_TRANSLATE_NOOP("HandoutSettings", "Sitting limit until week"), 1, 52,
     "", QT_TRANSLATE_NOOP("HandoutSettings", "No end")),
    ("walking_goal_minutes", QT_TRANSLATE_NOOP("HandoutSettings", "Walking goal"), 5, 120,
     QT_TRANSLATE_NOOP("HandoutSettings", " min"), ""),
    ("driving_weeks", QT_TRANSLATE_NOOP("HandoutSettings", "No driving for"), 0, 52,
     QT_TRANSLATE_NOOP("HandoutSettings", " weeks"), QT_TRANSLATE_NOOP("HandoutSettings", "Surgeon decides")),
    ("brace_weeks", QT_TRANSLATE_NOOP("HandoutSettings", "Wear the brace for"), 1, 52,
     QT_TRANSLATE_NOOP("HandoutSettings", " weeks"), QT_TRANSLATE_NOOP("HandoutSettings", "Not set")),
    ("no_nsaid_weeks", QT_TRANSLATE_NOOP("HandoutSettings", "No NSAIDs for"), 1, 52,
     QT_TRANSLATE_NOOP("HandoutSettings", " weeks"), QT_TRANSLATE_NOOP("HandoutSettings", "Not set")),
    ("return_to_work_weeks", QT_TRANSLATE_NOOP("HandoutSettings", "Back to work at"), 0, 52,
     QT_TRANSLATE_NOOP("HandoutSettings", " weeks"), QT_TRANSLATE_NOOP("HandoutSettings", "Not set")),
    ("max_minutes_a_day", QT_TRANSLATE_NOOP("HandoutSettings", "Exercise time a day, at most"), 5, 240,
     QT_TRANSLATE_NOOP("HandoutSettings", " min"), ""),
    ("max_exercises_per_phase", QT_TRANSLATE_NOOP("HandoutSettings", "Exercises a phase, at most"), 1, 60,
     "", ""),
)
# The ACL graft is one of the plan's conditions (resources/conditions.yaml): it picks the graft's own
# notes, orders and exercises. "" is none chosen.
GRAFTS: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("HandoutSettings", "Not set")),
    ("graft-patellar-tendon", QT_TRANSLATE_NOOP("HandoutSettings", "Patellar tendon")),
    ("graft-hamstring", QT_TRANSLATE_NOOP("HandoutSettings", "Hamstring")),
    ("graft-quadriceps", QT_TRANSLATE_NOOP("HandoutSettings", "Quadriceps tendon")),
    ("graft-allograft", QT_TRANSLATE_NOOP("HandoutSettings", "Donor (allograft)")),
)
TOPIC_MIME = "application/x-rehab-guidance-topic"  # what dragging a topic in the order list carries



class TopicOrderList(QListWidget):
    """The chosen topics in printed order; a topic dragged and dropped asks to move.

    The list never moves its own rows: the plan is changed through an undo command and the list
    is then filled again from the plan.

    Signals:
        topic_dropped(str, int): a topic id and the position it goes to, counted after it is taken
            out of the list.
    """

    topic_dropped = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def topic_ids(self) -> list[str]:
        """The topic ids shown, top to bottom."""
        return [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())]

    def mimeTypes(self) -> list[str]:
        return [TOPIC_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        ids = [str(item.data(Qt.ItemDataRole.UserRole)) for item in items]
        mime.setData(TOPIC_MIME, QByteArray("\n".join(ids[:1]).encode()))
        return mime

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at `pos` (viewport coordinates) goes before (count(): the end)."""
        index = self.indexAt(pos)
        if not index.isValid():  # below the last topic
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        topic_id = bytes(event.mimeData().data(TOPIC_MIME).data()).decode()
        ids = self.topic_ids()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if topic_id not in ids:
            event.ignore()
            return
        row = self.drop_row(event.position().toPoint())
        # Not a move for Qt: the view must not delete the dragged row; the plan moves it.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        old = ids.index(topic_id)
        self.topic_dropped.emit(topic_id, row - 1 if row > old else row)


class HandoutSettings(QWidget):
    """Edits PlanSettings and the lifestyle topics; each change is one undo step.

    Args:
        document: the open plan.
        topics: guidance topic id -> title, in the guidance file's order.
    """

    def __init__(self, document: PlanDocument, topics: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._topics: dict[str, str] = dict(topics)
        self.numbers: dict[str, QSpinBox] = {}
        self.fever = QDoubleSpinBox()
        self.fever.setRange(99.0, 104.0)
        self.fever.setDecimals(1)
        self.fever.setSingleStep(0.1)
        self.fever.setSuffix(" °F")
        self.fever.setAccessibleName(self.tr("Call about a fever from"))
        self.brace = QCheckBox(self.tr("The patient wears a brace"))
        self.graft = QComboBox()
        for graft, text in GRAFTS:
            self.graft.addItem(self.tr(text), graft)
        self.graft.setAccessibleName(self.tr("ACL graft"))
        self.graft.setToolTip(self.tr("ACL reconstruction: where the new ligament came from. "
                                      "The handout prints the notes for this graft only."))
        self.emergency = QLineEdit()
        self.emergency.setMaxLength(12)
        self.emergency.setAccessibleName(self.tr("Emergency number"))
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Lifestyle topics in the handout"))
        self.topics.setToolTip(self.tr("Tick the topics the handout explains"))
        self.topics.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.order = TopicOrderList()
        self.order.setAccessibleName(self.tr("Order of the topics in the handout"))
        self.order.setToolTip(self.tr("The handout prints the ticked topics in this order. "
                                      "Drag a topic, or use Move up and Move down (Alt+Up, Alt+Down)"))
        self.order.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.order.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.order_label = QLabel(self.tr("Printed &order:"))
        self.order_label.setBuddy(self.order)
        self.move_up = self._move_action(self.tr("Move up"), "up", "Alt+Up",
                                         self.tr("Print the chosen topic one place earlier"))
        self.move_down = self._move_action(self.tr("Move down"), "down", "Alt+Down",
                                           self.tr("Print the chosen topic one place later"))
        self.move_buttons: list[QToolButton] = []
        for action in (self.move_up, self.move_down):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(action.text().replace("&", ""))
            self.move_buttons.append(button)
            # The shortcut works while the order list has focus (it does not take Alt+Down from
            # the date and drop-down fields elsewhere in the window); also in its context menu.
            # No mnemonic: Alt+U and Alt+D already open the "surgeon" and "handout" tabs.
            self.order.addAction(action)
        self.order.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self._build_layout()
        self._connect_signals()
        self.show_plan(None)

    def _build_layout(self) -> None:
        values = QGroupBox(self.tr("Values in the handout"))
        form = QFormLayout(values)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, text, low, high, suffix, unset in NUMBERS:
            spin = QSpinBox()
            # The "not set" value sits at 0 or below, so typing 45 passes through 4, not unset.
            spin.setRange(min(low - 1, 0) if unset else low, high)
            spin.setSuffix(self.tr(suffix) if suffix else "")
            if unset:
                spin.setSpecialValueText(self.tr(unset))
            spin.setAccessibleName(self.tr(text))
            self.numbers[name] = spin
            form.addRow(self.tr(text) + ":", spin)
            if name == "walking_goal_minutes":
                form.addRow(self.tr("Call about a fever from:"), self.fever)
            if name == "driving_weeks":
                form.addRow("", self.brace)
        form.addRow(self.tr("Emergency number:"), self.emergency)
        form.addRow(self.tr("ACL graft:"), self.graft)
        scroll = QScrollArea()
        scroll.setWidget(values)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        topics = QGroupBox(self.tr("Lifestyle topics"))
        topics_layout = QVBoxLayout(topics)
        topics_layout.addWidget(QLabel(self.tr("Tick the topics to print:")))
        topics_layout.addWidget(self.topics, 3)
        topics_layout.addWidget(self.order_label)
        topics_layout.addWidget(self.order, 2)
        buttons = QHBoxLayout()
        for button in self.move_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        topics_layout.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(topics, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)

    def _connect_signals(self) -> None:
        for name, spin in self.numbers.items():
            spin.valueChanged.connect(lambda value, n=name: self._on_number_changed(n, value))
        self.fever.valueChanged.connect(lambda value: self._push("fever_f", round(value, 1)))
        self.brace.toggled.connect(lambda on: self._push("brace", on))
        self.graft.currentIndexChanged.connect(self._on_graft_changed)
        self.emergency.editingFinished.connect(
            lambda: self._push("emergency_number", self.emergency.text().strip()))
        self.topics.itemChanged.connect(self._on_topics_item_changed)
        self.order.topic_dropped.connect(self._on_order_topic_dropped)
        self.order.currentRowChanged.connect(lambda _row: self._update_move_actions())
        self.move_up.triggered.connect(lambda: self._move_current(-1))
        self.move_down.triggered.connect(lambda: self._move_current(+1))
        self._doc.changed.connect(self._on_document_changed)
        self._doc.replaced.connect(lambda: self.show_plan(self._doc.plan))

    def _move_action(self, text: str, icon_name: str, shortcut: str, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("%1 (%2)").replace("%1", tip).replace("%2", keys))
        return action

    def set_topics(self, topics: Mapping[str, str]) -> None:
        """Use the loaded guidance topics (id -> title)."""
        self._topics = dict(topics)
        self.show_plan(self._doc.plan)

    # --- showing the plan -------------------------------------------------------------------------

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.SETTINGS, ChangeKind.GUIDANCE, ChangeKind.CONDITIONS,
                           ChangeKind.PLAN):
            self.show_plan(self._doc.plan)

    def show_plan(self, plan: Plan | None) -> None:
        """Show a plan's settings and topics (without pushing edits)."""
        self.setEnabled(plan is not None)
        self.problem.clear()
        settings = plan.settings if plan else PlanSettings()
        for widget in (*self.numbers.values(), self.fever, self.brace, self.graft, self.topics):
            widget.blockSignals(True)
        for name, spin in self.numbers.items():
            value = getattr(settings, name)
            spin.setValue(spin.minimum() if value is None else value)
        self.fever.setValue(settings.fever_f)
        self.brace.setChecked(settings.brace)
        chosen = [c for c in (plan.conditions if plan else []) if c in dict(GRAFTS)]
        self.graft.setCurrentIndex(max(0, self.graft.findData(chosen[0] if chosen else "")))
        if not self.emergency.hasFocus():
            self.emergency.setText(settings.emergency_number)
        self._fill_topics(plan.guidance if plan else [])
        self._fill_order(plan.guidance if plan else [])
        for widget in (*self.numbers.values(), self.fever, self.brace, self.graft, self.topics):
            widget.blockSignals(False)

    def _fill_topics(self, chosen: list[str]) -> None:
        shown = [self.topics.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.topics.count())]
        wanted = list(dict.fromkeys([*chosen, *self._topics]))
        if sorted(shown) != sorted(wanted):
            # Chosen topics first, in the plan's (printed) order; then the others.
            self.topics.clear()
            for topic_id in wanted:
                item = QListWidgetItem(self._topics.get(topic_id, topic_id))
                item.setData(Qt.ItemDataRole.UserRole, topic_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.topics.addItem(item)
        # Items are updated in place: an edit made by ticking one must not delete it under Qt.
        for i in range(self.topics.count()):
            item = self.topics.item(i)
            state = (Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                     else Qt.CheckState.Unchecked)
            if item.checkState() != state:
                item.setCheckState(state)

    def _fill_order(self, chosen: list[str]) -> None:
        """Show the chosen topics in printed order, keeping the current topic current."""
        if self.order.topic_ids() != chosen:
            current = self.order.currentItem()
            keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
            self.order.blockSignals(True)
            self.order.clear()
            for topic_id in chosen:
                item = QListWidgetItem(self._topics.get(topic_id, topic_id))
                item.setData(Qt.ItemDataRole.UserRole, topic_id)
                item.setToolTip(item.text())
                # No ItemIsDropEnabled: a drop lands between topics, never on one.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                self.order.addItem(item)
            if keep in chosen:
                self.order.setCurrentRow(chosen.index(keep))
            self.order.blockSignals(False)
        self._update_move_actions()

    def _update_move_actions(self) -> None:
        row, count = self.order.currentRow(), self.order.count()
        self.move_up.setEnabled(row > 0)
        self.move_down.setEnabled(0 <= row < count - 1)

    # --- edits -----------------------------------------------------------------------------------

    def _on_number_changed(self, name: str, value: int) -> None:
        spin = self.numbers[name]
        unset = bool(spin.specialValueText()) and value == spin.minimum()
        self._push(name, None if unset else value)

    def _on_graft_changed(self, _index: int) -> None:
        plan = self._doc.plan
        if plan is None:
            return
        grafts = {graft for graft, _text in GRAFTS if graft}
        kept = [c for c in plan.conditions if c not in grafts]
        chosen = str(self.graft.currentData() or "")
        commands.set_conditions(self._doc, [*kept, chosen] if chosen else kept)

    def _push(self, name: str, value: object) -> None:
        plan = self._doc.plan
        if plan is None or getattr(plan.settings, name) == value:
            return
        try:
            settings = PlanSettings.model_validate(plan.settings.model_dump() | {name: value})
        except ValidationError as exc:
            self.problem.setText(str(exc.errors()[0]["msg"]).removeprefix("Value error, "))
            return
        self.problem.clear()
        commands.set_settings(self._doc, settings, name)

    def _on_topics_item_changed(self, _item: QListWidgetItem) -> None:
        plan = self._doc.plan
        if plan is None:
            return
        ticked = [self.topics.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.topics.count())
                  if self.topics.item(i).checkState() == Qt.CheckState.Checked]
        # Keep the plan's order; a newly ticked topic goes last.
        topic_ids = [t for t in plan.guidance if t in ticked] + [t for t in ticked
                                                                 if t not in plan.guidance]
        if topic_ids != plan.guidance:
            commands.set_guidance(self._doc, [str(t) for t in topic_ids])

    def _move_current(self, step: int) -> None:
        item = self.order.currentItem()
        if item is None or self._doc.plan is None:
            return
        row = self.order.row(item) + step
        if 0 <= row < self.order.count():
            commands.move_guidance_topic(self._doc, str(item.data(Qt.ItemDataRole.UserRole)), row)

    def _on_order_topic_dropped(self, topic_id: str, index: int) -> None:
        plan = self._doc.plan
        if plan is None or plan.guidance[index:index + 1] == [topic_id]:
            return  # dropped where it already is
        try:
            commands.move_guidance_topic(self._doc, topic_id, index)
        except RehabError as exc:  # a stale drag: the topic was unticked meanwhile
            self.problem.setText(str(exc))
            return
        self.order.setCurrentRow(index)
