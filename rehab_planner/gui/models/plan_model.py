"""PrescriptionModel: one phase's exercises grouped by kind (a tree); the phases are phase_model.py.

It shows one phase's prescriptions as last read from the document's Plan (`_rows`); edits made
in place become undo commands. After an edit of the phase's exercises (add, remove, a dosage) the
rows change in place (sync), so the view keeps its selection, scroll and expansion; a new order,
another phase or another plan resets the model and the views restore their selection by id.
What drags carry and what drops do is in plan_drops.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from rehab_planner.errors import RehabError
from rehab_planner.model import Category, Dosage, Exercise, Phase, Prescription, Side
from rehab_planner.model.vocab import CATEGORY_ORDER
from rehab_planner.plans.conditions import switched_off
from rehab_planner.plans.edits import Change, ChangeKind

from .. import commands
from ..document import PlanDocument
from ..icons import icon
from ..labels import label
from ..shown_texts import ShownTexts
from ..thumbnails import thumbnail, with_badge
from .phase_model import IdRole
from .plan_drops import (
    DROP_ACTIONS,
    PLAN_MIME_TYPES,
    can_drop,
    drop_in_phase,
    prescriptions_mime,
)

AnyIndex = QModelIndex | QPersistentModelIndex
THUMB = 36
# The whole dosage in plain words, as the handout prints it (the tree draws it under the name).
DosageTextRole = Qt.ItemDataRole.UserRole + 2
# Open findings of these kinds mark their exercise's row, with the findings panel's icon for them.
MARK_ICONS = {"conflict": "error", "warning": "warning"}
_MARK_ROLES = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.AccessibleDescriptionRole]
# The roles an exercise row answers (the views ask for many more, for every row, at each layout).
_RX_ROLES = frozenset({IdRole, DosageTextRole, *_MARK_ROLES, Qt.ItemDataRole.ForegroundRole,
                       Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                       Qt.ItemDataRole.EditRole})


class PrescriptionModel(QAbstractItemModel):
    """One phase's exercises under their kind (range of motion, strengthening, ...).

    Top-level rows are the kinds present in the phase, in handout order; their children are the
    prescriptions in plan order. A child's internal id is its kind's place in CATEGORY_ORDER + 1
    (it stays right when a group comes or goes before it); a group's is 0.
    An exercise with an open conflict or warning (set_findings) shows a badge and the message.
    """

    EXERCISE, DOSAGE, SIDE, NOTE = range(4)

    def __init__(self, document: PlanDocument, parent: QObject | None = None,
                 shown: ShownTexts | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._shown = shown or ShownTexts()  # names and dosage words in the interface language
        self._phase_id: str | None = None
        self._marks: dict[str, list[Any]] = {}  # prescription id -> its open findings, worst first
        # The groups the views know: changed only between Qt's begin/end calls (sync) or in a
        # reset, so Qt always asks about the rows it was told of.
        self._rows: list[tuple[Category, list[Prescription]]] = []
        # prescription id -> (the prescription, library, conditions, its facts): see _facts
        self._row_facts: dict[str, tuple[Prescription, object, object, tuple[
            Exercise | None, Dosage | None, bool]]] = {}
        document.changed.connect(self._on_document_changed)
        document.library_changed.connect(self.refresh)

    # --- which phase -----------------------------------------------------------------------------

    def set_phase(self, phase_id: str | None) -> None:
        """Show another phase's exercises."""
        self.beginResetModel()
        self._phase_id = phase_id
        self._rows = self._read_groups()
        self.endResetModel()

    @property
    def phase_id(self) -> str | None:
        """The phase shown."""
        return self._phase_id

    def refresh(self) -> None:
        """Re-read the plan (after a structural change)."""
        self.beginResetModel()
        self._row_facts.clear()
        self._rows = self._read_groups()
        self.endResetModel()

    def sync(self) -> None:
        """Bring the rows to the plan in place: groups and rows removed and inserted, changed rows
        told; a new order of the rows already there resets the model instead."""
        new = self._read_groups()
        new_kinds = [kind for kind, _ in new]
        old_kinds = [kind for kind, _ in self._rows]
        wanted = dict(new)
        kept_order = [[rx.id for rx in items] for _, items in self._rows]
        for (kind, _), ids in zip(self._rows, kept_order, strict=True):
            if kind in wanted:
                new_ids = {rx.id for rx in wanted[kind]}
                kept = [i for i in ids if i in new_ids]
                if kept != [rx.id for rx in wanted[kind] if rx.id in set(ids)]:
                    self.refresh()  # rows moved within a group
                    return
        if [k for k in old_kinds if k in wanted] != [k for k in new_kinds if k in old_kinds]:
            self.refresh()
            return
        for g in reversed(range(len(self._rows))):  # groups that went
            if self._rows[g][0] not in wanted:
                self.beginRemoveRows(QModelIndex(), g, g)
                del self._rows[g]
                self.endRemoveRows()
        for g, (kind, items) in enumerate(self._rows):  # rows in the groups that stay
            self._sync_group(g, items, wanted[kind])
        for g, (kind, items) in enumerate(new):  # groups that came, in handout order
            if kind not in old_kinds:
                self.beginInsertRows(QModelIndex(), g, g)
                self._rows.insert(g, (kind, list(items)))
                self.endInsertRows()

    def _sync_group(self, g: int, items: list[Prescription], new: list[Prescription]) -> None:
        """Bring one group's rows (`items`, changed in place) to `new` (the same order of the rows
        both have)."""
        parent = self.index(g, 0)
        count = len(items)
        new_ids = {rx.id for rx in new}
        r = len(items) - 1
        while r >= 0:  # runs of rows that went, from the end
            if items[r].id in new_ids:
                r -= 1
                continue
            last = r
            while r - 1 >= 0 and items[r - 1].id not in new_ids:
                r -= 1
            self.beginRemoveRows(parent, r, last)
            del items[r:last + 1]
            self.endRemoveRows()
            r -= 1
        old_ids = {rx.id for rx in items}
        for r, rx in enumerate(new):  # rows that came, in plan order
            if rx.id not in old_ids:
                self.beginInsertRows(parent, r, r)
                items.insert(r, rx)
                self.endInsertRows()
        changed = [r for r, rx in enumerate(new) if items[r] != rx]
        items[:] = new
        for r in changed:
            self.dataChanged.emit(self.index(r, 0, parent), self.index(r, self.NOTE, parent))
        if len(new) != count:  # the group's "(n)"
            self.dataChanged.emit(parent, parent, [Qt.ItemDataRole.DisplayRole])

    def set_findings(self, findings: Iterable[Any]) -> None:
        """Mark the exercises that have open conflicts or warnings.

        Args:
            findings: the plan's findings as the findings panel holds them (no new check is run).
        """
        marks: dict[str, list[Any]] = {}
        for finding in findings:
            rx_id = getattr(finding, "prescription_id", None)
            if rx_id and getattr(finding, "accepted", None) is None \
                    and str(finding.severity) in MARK_ICONS:
                marks.setdefault(rx_id, []).append(finding)
        for items in marks.values():
            items.sort(key=lambda f: list(MARK_ICONS).index(str(f.severity)))
        if marks == self._marks:
            return
        self._marks = marks
        for g, (_, items) in enumerate(self._groups()):
            group = self.index(g, 0)
            self.dataChanged.emit(self.index(0, self.EXERCISE, group),
                                  self.index(len(items) - 1, self.EXERCISE, group), _MARK_ROLES)

    def findings_of(self, rx_id: str) -> list[Any]:
        """The open conflicts and warnings of a prescription, worst first."""
        return list(self._marks.get(rx_id, []))

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.PRESCRIPTIONS, ChangeKind.PRESCRIPTION):
            self.sync()
        elif change.kind in (ChangeKind.PHASES, ChangeKind.PLAN):
            self.refresh()

    def _phase(self) -> Phase | None:
        plan = self._doc.plan
        if plan is None or self._phase_id is None:
            return None
        try:
            return plan.phase(self._phase_id)
        except KeyError:
            return None

    def _category(self, rx: Prescription) -> Category:
        exercise = self._doc.library.find(rx.exercise_id)
        return exercise.category if exercise else Category.FUNCTIONAL

    def _read_groups(self) -> list[tuple[Category, list[Prescription]]]:
        """The shown phase's prescriptions by kind, as the plan has them now."""
        phase = self._phase()
        if phase is None:
            return []
        by_kind: dict[Category, list[Prescription]] = {}
        for rx in phase.prescriptions:
            by_kind.setdefault(self._category(rx), []).append(rx)
        return [(kind, by_kind[kind]) for kind in CATEGORY_ORDER if kind in by_kind]

    def _groups(self) -> list[tuple[Category, list[Prescription]]]:
        """The groups the views know (read from the plan at the last reset or sync)."""
        return self._rows

    def _group_row(self, index: AnyIndex) -> int:
        """The row of the group an exercise's index belongs to (-1: not shown)."""
        kind = CATEGORY_ORDER[index.internalId() - 1]
        return next((g for g, (k, _) in enumerate(self._rows) if k == kind), -1)

    # --- lookups ---------------------------------------------------------------------------------

    def prescription(self, index: AnyIndex) -> Prescription | None:
        """The prescription in a row (None for a group row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        groups = self._groups()
        group = self._group_row(index)
        if group < 0 or index.row() >= len(groups[group][1]):
            return None
        return groups[group][1][index.row()]

    def index_of(self, rx_id: str, column: int = 0) -> QModelIndex:
        """The index of a prescription in the shown phase (invalid when elsewhere)."""
        for kind, items in self._groups():
            for r, rx in enumerate(items):
                if rx.id == rx_id:
                    return self.createIndex(r, column, CATEGORY_ORDER.index(kind) + 1)
        return QModelIndex()

    def all_ids(self) -> list[str]:
        """Prescription ids in display order."""
        return [rx.id for _, items in self._groups() for rx in items]

    def all_prescriptions(self) -> list[Prescription]:
        """The shown phase's prescriptions in display order."""
        return [rx for _, items in self._groups() for rx in items]

    # --- Qt tree model ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        kind = self._groups()[parent.row()][0]
        return self.createIndex(row, column, CATEGORY_ORDER.index(kind) + 1)

    def parent(self, index: AnyIndex | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:
            return QObject.parent(self)  # type: ignore[return-value]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        group = self._group_row(index)
        return self.createIndex(group, 0, 0) if group >= 0 else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        groups = self._groups()
        if not parent.isValid():
            return len(groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(groups):
            return len(groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Exercise"), self.tr("Dosage"), self.tr("Side"), self.tr("Note"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            groups = self._groups()
            if index.row() >= len(groups):
                return None
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                kind, items = groups[index.row()]
                return f"{label(kind)} ({len(items)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        rx = self.prescription(index)
        if rx is None:
            return None
        return self._rx_data(rx, index.column(), role)

    def _facts(self, rx: Prescription) -> tuple[Exercise | None, Dosage | None, bool]:
        """A row's exercise, its whole dosage and whether the plan's conditions switch it off,
        worked out once per version of the prescription (a view asks for each row's data many
        times when it lays the rows out)."""
        plan, library = self._doc.plan, self._doc.library
        conditions = plan.conditions if plan is not None else None
        known = self._row_facts.get(rx.id)
        if known is not None and known[0] is rx and known[1] is library and known[2] == conditions:
            return known[3]
        exercise = library.find(rx.exercise_id)
        dosage = exercise.dosage.merged(rx.dosage) if exercise else rx.dosage
        facts = (exercise, dosage, plan is not None and switched_off(plan, rx))
        self._row_facts[rx.id] = (rx, library, conditions, facts)
        return facts

    def _rx_data(self, rx: Prescription, col: int, role: int) -> object:
        if role not in _RX_ROLES:
            return None
        if role == IdRole:
            return rx.id
        exercise, dosage, off = self._facts(rx)
        if role == Qt.ItemDataRole.ForegroundRole and off:
            return QBrush(QColor("#888888"))  # kept in the plan, not on this patient's handout
        if role == DosageTextRole:
            return self._shown.dosage(dosage) if dosage else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.EXERCISE:
                name = self._name(exercise) if exercise else self.tr(
                    "%1 (not in the library)").replace("%1", rx.exercise_id)
                phase = self._phase()
                week = rx.later_start(phase) if phase is not None else None
                if week is not None:
                    name = self.tr("%1 (from week %2)").replace("%1", name).replace(
                        "%2", f"{week:g}")
                if role == Qt.ItemDataRole.AccessibleTextRole and dosage:
                    # The tree shows the dosage under the name, so a screen reader says both.
                    return self.tr("%1, %2").replace("%1", name).replace(
                        "%2", self._shown.dosage(dosage))
                if off:
                    return self.tr("%1 (off: not for this plan's conditions)").replace("%1", name)
                return name
            if col == self.DOSAGE:
                return self._shown.amount_and_how_often(dosage) if dosage else ""
            if col == self.SIDE:
                return label(dosage.side) if dosage else ""
            return rx.note
        if role == Qt.ItemDataRole.EditRole:
            if col == self.SIDE:
                return str(dosage.side) if dosage else str(Side.BOTH)
            if col == self.NOTE:
                return rx.note
        marks = self._marks.get(rx.id, [])
        if col == self.EXERCISE:
            return self._exercise_data(rx, exercise, marks, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NOTE:
                return rx.note or None  # the whole note: the column cuts long ones short
            return self._shown.dosage(dosage) if dosage else None
        return None

    def _name(self, exercise: Exercise) -> str:
        """The exercise's name in the interface language (the plan keeps the exercise's id)."""
        return self._shown.exercise_name(self._doc.library, exercise.id, exercise.name)

    def _exercise_data(self, rx: Prescription, exercise: Exercise | None, marks: list[Any],
                       role: int) -> object:
        """The Exercise column's picture and tooltip: the findings' badge and messages, if any."""
        if role == Qt.ItemDataRole.DecorationRole:
            badge = MARK_ICONS[str(marks[0].severity)] if marks else None
            if exercise is None:
                return icon(badge) if badge else None
            picture = thumbnail(exercise, THUMB)
            return with_badge(picture, icon(badge), badge) if badge else picture
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self._name(exercise) if exercise else rx.exercise_id
            return "\n".join([name] + [f"{label(f.severity)}: {f.message}" for f in marks])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and marks:
            return " ".join(f"{label(f.severity)}: {f.message}" for f in marks)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() == 0:
            return base
        base |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (self.SIDE, self.NOTE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        rx = self.prescription(index)
        if rx is None or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            if index.column() == self.NOTE:
                if str(value).strip() == rx.note:
                    return False
                commands.set_note(self._doc, rx.id, str(value))
                return True
            if index.column() == self.SIDE:
                exercise = self._doc.library.find(rx.exercise_id)
                default = exercise.dosage if exercise else rx.dosage
                if default is None:
                    return False
                base = default.merged(rx.dosage)
                if base.side == Side(str(value)):
                    return False
                commands.set_dosage(self._doc, rx.id, base.model_copy(update={"side": Side(str(value))}))
                return True
        except (RehabError, ValueError):
            return False
        return False

    # --- drag and drop ---------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return PLAN_MIME_TYPES

    def supportedDropActions(self) -> Qt.DropAction:
        return DROP_ACTIONS

    def supportedDragActions(self) -> Qt.DropAction:
        return DROP_ACTIONS

    def mimeData(self, indexes) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            rx = self.prescription(index)
            if rx is not None and rx.id not in ids:
                ids.append(rx.id)
        return prescriptions_mime(ids)

    def drop_position(self, row: int, parent: AnyIndex) -> int | None:
        """Where in the phase's list a drop at (row, parent) inserts (None: at the end)."""
        phase = self._phase()
        if phase is None:
            return None
        order = [rx.id for rx in phase.prescriptions]
        if parent.isValid() and parent.internalId() != 0:  # dropped onto an exercise
            rx = self.prescription(parent)
            return order.index(rx.id) if rx else None
        if parent.isValid():  # into a group, before `row` (or at its end)
            groups = self._groups()
            if parent.row() >= len(groups):
                return None
            items = groups[parent.row()][1]
            if 0 <= row < len(items):
                return order.index(items[row].id)
            return order.index(items[-1].id) + 1 if items else None
        if 0 <= row < len(self._groups()):  # between groups: before that group's first exercise
            return order.index(self._groups()[row][1][0].id)
        return None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return self._phase() is not None and can_drop(data)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if self._phase_id is not None:
            drop_in_phase(self._doc, self._phase_id, self.drop_position(row, parent), data, action)
        return False  # the plan already moved the rows; the view must not delete the source
