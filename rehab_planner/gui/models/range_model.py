"""RangeLimitsModel: one phase's range limits as a table (joint motion, degrees, how, side); each
edit is one undo step."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from rehab_planner.errors import RehabError
from rehab_planner.model import Phase
from rehab_planner.model.range_limit import RangeLimit, parse_joint_motion
from rehab_planner.plans.edits import Change, ChangeKind

from .. import commands
from ..document import PlanDocument
from ..labels import joint_motion_label

AnyIndex = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole
Edit = Qt.ItemDataRole.EditRole


class RangeLimitsModel(QAbstractTableModel):
    """The chosen phase's range limits. It reads the document's Plan on every call."""

    MOTION, DEGREES, MODE, SIDE = range(4)

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._phase_id: str | None = None
        document.changed.connect(self._on_document_changed)
        document.replaced.connect(self._reset)

    def mode_names(self) -> dict[str, str]:
        """How a limit holds, as the therapist reads it."""
        return {"both": self.tr("passive and active"), "passive": self.tr("passive"),
                "active": self.tr("active")}

    def side_names(self) -> dict[str, str]:
        """The side a limit is for."""
        return {"": self.tr("operated side"), "left": self.tr("left"), "right": self.tr("right")}

    def set_phase(self, phase_id: str | None) -> None:
        """Show this phase's limits."""
        self._phase_id = phase_id
        self._reset()

    @property
    def phase_id(self) -> str | None:
        """The phase shown."""
        return self._phase_id

    def phase(self) -> Phase | None:
        """The phase shown, if it is still in the plan."""
        plan = self._doc.plan
        if plan is None or self._phase_id is None:
            return None
        return next((p for p in plan.phases if p.id == self._phase_id), None)

    def limits(self) -> list[RangeLimit]:
        """The phase's limits."""
        phase = self.phase()
        return list(phase.range_limits) if phase is not None else []

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.PHASE, ChangeKind.PHASES, ChangeKind.PLAN):
            self._reset()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.limits())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Display:
            return (self.tr("Joint and motion"), self.tr("Up to (degrees)"), self.tr("Holds for"),
                    self.tr("Side"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Display) -> object:
        limits = self.limits()
        if not index.isValid() or index.row() >= len(limits):
            return None
        limit, col = limits[index.row()], index.column()
        if role == Edit:
            return (limit.key, limit.degrees, limit.mode, limit.side or "")[col]
        if role == Display:
            if col == self.MOTION:
                return joint_motion_label(limit.key)
            if col == self.DEGREES:
                return self.tr("not at all") if limit.degrees == 0 else f"{limit.degrees}°"
            if col == self.MODE:
                return self.mode_names()[limit.mode]
            return self.side_names()[limit.side or ""]
        if role == Qt.ItemDataRole.ToolTipRole and (limit.only_if or limit.unless):
            return self.tr("Switched by conditions: only with %1; not with %2").replace(
                "%1", ", ".join(limit.only_if) or "-").replace("%2", ", ".join(limit.unless) or "-")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: object, role: int = Edit) -> bool:
        limits = self.limits()
        if not index.isValid() or role != Edit or index.row() >= len(limits) \
                or self._phase_id is None:
            return False
        limit = limits[index.row()]
        update: dict[str, object]
        try:
            if index.column() == self.MOTION:
                joint, motion = parse_joint_motion(str(value))
                update = {"joint": joint, "motion": motion}
            elif index.column() == self.DEGREES:
                update = {"degrees": int(value)}  # type: ignore[call-overload]
            elif index.column() == self.MODE:
                update = {"mode": str(value)}
            else:
                update = {"side": str(value) or None}
            new = RangeLimit.model_validate(limit.model_dump() | update)
            if new == limit:
                return False
            limits[index.row()] = new
            commands.set_range_limits(self._doc, self._phase_id, limits,
                                      commands.tr("Edit a range limit"))
        except (RehabError, ValidationError, ValueError, TypeError):
            return False  # e.g. 200 degrees of hip flexion: the view keeps the old value
        return True
