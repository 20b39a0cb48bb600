"""The dock's proposals tab: pending proposals with the current and proposed values side by side, filters by status,
source, age and entity type, approve (the conflict dialog when the field changed since), reject with a reason, both in
bulk, and zoom to the entity."""

from __future__ import annotations

import datetime as dt

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.curation import proposals
from ..core.errors import BrusselsCreativeError
from ..core.store.base import StoreBase
from ..core.store.sources import open_store
from ..layers.translation import error_text
from ..layers.user import curator_name
from .connect_dialog import tr, user_language
from .curation_panel import ENTITY_ROLE, CurationPanel, fill_table, selected_ids

STATUSES = ("pending", "approved", "rejected", "")  # "" = every status


def shown(value) -> str:
    """A proposal's value as a curator reads it: lists of codes comma-separated, a location as x, y."""
    if value is None or value is proposals.UNKNOWN:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {shown(item)}" for key, item in value.items())
    return str(value)


def age_days(proposed_at: str, today: dt.date | None = None) -> int:
    """Whole days since a proposal was made."""
    return ((today or dt.datetime.now(dt.UTC).date()) - dt.date.fromisoformat(proposed_at[:10])).days


def field_label(proposal: proposals.Proposal) -> str:
    """The field a proposal changes, or what a proposal of a new entity is."""
    return tr("new entity") if proposal.kind == "new" else proposal.field


def status_text(proposal: proposals.Proposal) -> str:
    """Pending (with a warning when the field changed since), or who decided it and why."""
    if proposal.status == "pending":
        return tr("changed since proposed") if proposal.conflict else tr("pending")
    if proposal.status == "approved":
        return tr("approved by {}").format(proposal.decided_by)
    return tr("rejected by {}: {}").format(proposal.decided_by, proposal.reason)


class ConflictDialog(QDialog):
    """The field changed since the proposal was made: the three values, and the choice to apply it anyway."""

    def __init__(self, conflict: proposals.ProposalConflictError, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bc_conflict_dialog")
        self.setWindowTitle(tr("The value changed since the proposal"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("{} of {} changed after this change was proposed. Applying it replaces the "
                                   "value it has now.").format(conflict.field, entity)))
        form = QFormLayout()
        self.values = {}
        for key, label, value in (("then", tr("When proposed"), conflict.then),
                                  ("now", tr("Now"), conflict.now),
                                  ("proposed", tr("Proposed"), conflict.proposed)):
            text = QLabel(shown(value))
            text.setObjectName(f"conflict_{key}")
            text.setWordWrap(True)
            self.values[key] = text
            form.addRow(label, text)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.apply_button = buttons.addButton(tr("Apply anyway"), QDialogButtonBox.AcceptRole)
        self.apply_button.setObjectName("conflict_apply")
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Leave it pending"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ProposalsPanel(CurationPanel):
    """Pending proposals of the ecosystem in use, decided here."""

    def __init__(self, notify, canvas=None, parent: QWidget | None = None) -> None:
        super().__init__(notify, canvas, parent)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("proposals_status")
        for status, label in zip(STATUSES, (tr("Pending"), tr("Approved"), tr("Rejected"), tr("All")), strict=True):
            self.status.addItem(label, status)
        self.source = QLineEdit()
        self.source.setObjectName("proposals_source")
        self.source.setPlaceholderText(tr("Source contains…"))
        self.older = QSpinBox()
        self.older.setObjectName("proposals_older")
        self.older.setRange(0, 3650)
        self.older.setSpecialValueText(tr("any age"))
        self.older.setSuffix(tr(" days or older"))
        self.entity_type = QComboBox()
        self.entity_type.setObjectName("proposals_type")
        for widget in (self.status, self.source, self.older, self.entity_type):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.approve_button, self.reject_button, self.zoom_button = self.add_table(layout, (
            tr("#"), tr("Entity"), tr("Field"), tr("Current value"), tr("Proposed value"), tr("Status"), tr("Source"),
            tr("Proposed by"), tr("Age (days)"), tr("Type")), "proposals_table", (
            ("proposals_approve", tr("Approve"),
             tr("Apply the selected proposals; each is logged in the history with its source"), self.approve_selected),
            ("proposals_reject", tr("Reject…"), None, self.reject_selected),
            ("proposals_zoom", tr("Zoom to entity"), None, self.zoom_selected)))
        self.count = 0
        self.refresh_on(self.status.currentIndexChanged, self.source.editingFinished, self.older.valueChanged,
                        self.entity_type.currentIndexChanged)

    def _fill_types(self, store: StoreBase) -> None:
        chosen = self.entity_type.currentData()
        self.entity_type.blockSignals(True)
        self.entity_type.clear()
        self.entity_type.addItem(tr("Every type"), "")
        for code, label in store.labels("entity_types", user_language()):
            self.entity_type.addItem(label, code)
        index = self.entity_type.findData(chosen)
        self.entity_type.setCurrentIndex(max(index, 0))
        self.entity_type.blockSignals(False)

    def show_rows(self) -> None:
        """Read the proposals that pass the filters, oldest first."""
        rows, self.count = [], 0
        if self.ecosystem:
            with open_store(self.ecosystem, read_only=True) as store:
                self._fill_types(store)
                chosen_type = self.entity_type.currentData()
                found = proposals.list_proposals(
                    store, status=self.status.currentData() or None, source=self.source.text().strip() or None,
                    older_than_days=self.older.value() or None, entity_types=(chosen_type,) if chosen_type else ())
                self.count = proposals.pending_count(store)
            rows = [(p.fid, p.entity_uuid, (p.fid, p.entity_name or "", field_label(p),
                                            "" if p.kind == "new" else shown(p.current), shown(p.value),
                                            status_text(p), p.source or "", p.proposer or "",
                                            age_days(p.proposed_at), p.entity_type or ""))
                    for p in found]
        fill_table(self.table, rows)

    def approve_selected(self) -> None:
        """Approve the selected proposals: one alone shows the conflict dialog when its field changed since; several
        are applied one by one and those with a conflict are left pending and counted."""
        fids = selected_ids(self.table)
        if not self._ready(fids):
            return
        curator = curator_name()
        try:
            with open_store(self.ecosystem) as store:
                if len(fids) == 1:
                    self._approve_one(store, fids[0], curator)
                    return
                result = proposals.approve_many(store, fids, curator)
        except BrusselsCreativeError as error:
            self.refresh()
            self.notify(error_text(error), 2)
            return
        text = tr("{} proposals approved").format(len(result.done))
        if result.conflicts:
            text += tr("; {} left pending: their field changed since (approve each alone to see the values)").format(
                len(result.conflicts))
        if result.decided:
            text += tr("; {} decided by someone else already").format(len(result.decided))
        self.written(text, 3 if not (result.conflicts or result.decided) else 1)

    def _approve_one(self, store: StoreBase, fid: int, curator: str) -> None:
        try:
            proposals.approve(store, fid, curator)
        except proposals.ProposalConflictError as conflict:
            entity = proposals.get(store, fid).entity_name or ""
            if not ConflictDialog(conflict, entity, self).exec_():
                self.notify(tr("Proposal {} left pending").format(fid), 0)
                return
            proposals.approve(store, fid, curator, force=True)
        self.written(tr("Proposal {} approved and applied").format(fid))

    def reject_selected(self, reason: str | None = None) -> None:
        """Reject the selected proposals with one reason (asked when not given)."""
        fids = selected_ids(self.table)
        if not self._ready(fids):
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, tr("Reject proposals"),
                                              tr("Why are the {} selected proposals rejected?").format(len(fids)))
            if not ok:
                return
        if not reason.strip():
            self.notify(tr("A rejection needs a reason"), 1)
            return
        rejected, result = self.try_write(lambda store: proposals.reject_many(store, fids, curator_name(), reason))
        if not rejected:
            return
        text = tr("{} proposals rejected").format(len(result.done))
        if result.decided:
            text += tr("; {} decided by someone else already").format(len(result.decided))
        self.written(text, 3 if not result.decided else 1)

    def zoom_selected(self) -> None:
        """Zoom to the entities of the selected proposals."""
        uuids = [u for u in selected_ids(self.table, ENTITY_ROLE) if u]
        if uuids:
            self.zoom_to(uuids)

    def _ready(self, fids: list) -> bool:
        if not self.ecosystem:
            self.notify(tr("Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)"), 1)
            return False
        if not fids:
            self.notify(tr("Select proposals in the list first"), 1)
            return False
        return True

