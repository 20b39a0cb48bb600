"""The dock's review queue tab: entities never verified, claimed but not verified (fast-verification candidates first)
or not reviewed for N months; verify or mark reviewed in bulk, zoom to them."""

from __future__ import annotations

from collections.abc import Callable

from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..core.curation import claims, review
from ..core.store.sources import open_store
from ..layers.user import curator_name
from .connect_dialog import tr
from .curation_panel import CurationPanel, fill_table, selected_ids


def reason_label(reason: str) -> str:
    """Why an entity waits for a curator, in the user's language."""
    return {review.CLAIMED_NOT_VERIFIED: tr("claimed, not verified"),
            review.NEVER_VERIFIED: tr("never verified"),
            review.NOT_REVIEWED: tr("not reviewed lately")}[reason]


class ReviewPanel(CurationPanel):
    """The review queue of the ecosystem in use."""

    def __init__(self, notify, canvas=None, parent: QWidget | None = None) -> None:
        super().__init__(notify, canvas, parent)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Not reviewed for")))
        self.months = QSpinBox()
        self.months.setObjectName("review_months")
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(tr(" months"))
        filters.addWidget(self.months)
        self.reason = QComboBox()
        self.reason.setObjectName("review_reason")
        self.reason.addItem(tr("Every reason"), "")
        for reason in review.REASONS:
            self.reason.addItem(reason_label(reason), reason)
        filters.addWidget(self.reason)
        filters.addStretch()
        layout.addLayout(filters)
        self.verify_button, self.reviewed_button, self.zoom_button = self.add_table(layout, (
            tr("Entity"), tr("Type"), tr("Municipality"), tr("Why"), tr("Since"), tr("Fast verification")),
            "review_table", (
            ("review_verify", tr("Verify"),
             tr("Mark the selected entities verified by you (the review date is set too)"), self.verify_selected),
            ("review_reviewed", tr("Mark reviewed"), None, self.review_selected),
            ("review_zoom", tr("Zoom to entities"), None, self.zoom_selected)))
        self.count = 0
        self.refresh_on(self.months.valueChanged, self.reason.currentIndexChanged)

    def show_rows(self) -> None:
        """Read the queue again with the chosen months and reason."""
        queue = []
        if self.ecosystem:
            reason = self.reason.currentData()
            with open_store(self.ecosystem, read_only=True) as store:
                queue = review.review_queue(store, self.months.value(),
                                            reasons=(reason,) if reason else review.REASONS)
        self.count = len(queue)
        fill_table(self.table, [
            (entry.uuid, entry.uuid, (entry.name, entry.entity_type, entry.municipality or "",
                                      reason_label(entry.reason), (entry.since or "")[:10],
                                      tr("e-mail matches the website") if entry.domain_match else ""))
            for entry in queue])

    def verify_selected(self) -> None:
        """Mark the selected entities verified."""
        self._write(claims.verify, tr("{} entities verified"))

    def review_selected(self) -> None:
        """Set the review date of the selected entities."""
        self._write(claims.mark_reviewed, tr("{} entities marked reviewed"))

    def zoom_selected(self) -> None:
        """Zoom to the selected entities."""
        uuids = selected_ids(self.table)
        if uuids:
            self.zoom_to(uuids)

    def _write(self, write: Callable, message: str) -> None:
        uuids = selected_ids(self.table)
        if not self.ecosystem or not uuids:
            self.notify(tr("Select entities in the queue first"), 1)
            return
        done, count = self.try_write(lambda store: write(store, uuids, curator_name()))
        if done:
            self.written(message.format(count))
