"""The curation dock in the QGIS GUI (pytest-qgis, qtbot): proposals approved, rejected with a reason, in bulk, the
conflict dialog, the filters; the review queue verified and marked reviewed; portfolios made from the selection and
from an expression, their members selected, deleted. Every decision is checked in the file itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import sql_rows
from qgis.core import QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from brussels_creative.core.curation import proposals
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.gui.curation_dock import CurationDock
from brussels_creative.gui.curation_panel import feature_ids
from brussels_creative.layers.ecosystem_layers import open_ecosystem


@dataclass
class Curation:
    path: Path
    dock: CurationDock
    entities: QgsVectorLayer
    uuids: list[str]
    fids: dict[str, int]
    messages: list[tuple[str, int]] = field(default_factory=list)

    def select(self, table, row_ids) -> None:
        """Select the rows whose first cell carries these ids."""
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(table.MultiSelection)
        for row in range(table.rowCount()):
            if table.item(row, 0).data(Qt.UserRole) in row_ids:
                table.selectRow(row)
        table.setSelectionMode(mode)

    def shown_ids(self, table) -> list:
        return [table.item(row, 0).data(Qt.UserRole) for row in range(table.rowCount())]


def _answer(handle: Callable, name: str | None = None) -> None:
    """Answer the next modal dialog (by object name when given) once it is shown."""
    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or (name and widget.objectName() != name):
            QTimer.singleShot(50, run)
            return
        handle(widget)
    QTimer.singleShot(50, run)


@pytest.fixture
def curation(qtbot, qgis_iface, qgis_canvas, qgis_new_project, sample_gpkg, curator, release_qgis_layers):
    """The sample with four pending proposals (a phone, audiences, a name changed since by someone else, a new
    entity), opened in the project, and the dock on it."""
    uuids = [u for (u,) in sql_rows(sample_gpkg, "SELECT uuid FROM entities WHERE status <> 'closed' ORDER BY fid "
                                              "LIMIT 4")]
    with EcosystemStore.open(sample_gpkg) as store:
        fids = {
            "phone": proposals.propose(store, uuids[0], "phone", "+32 2 555 01 01", "jan", "partner list 2026"),
            "audiences": proposals.propose(store, uuids[1], "entity_audiences", ["artists", "students"], "lea",
                                           "web map"),
            "name": proposals.propose(store, uuids[2], "name", "Atelier Nord", "lea", "web map"),
            "new": proposals.propose_new(store, {"name": "Studio Midi", "entity_type": "company",
                                                 "location": [149000.0, 170000.0]}, "sam", "partner list 2026")[1],
        }
        store.connection.execute("UPDATE entities SET name = 'Atelier Sud' WHERE uuid = ?", (uuids[2],))
        store.connection.commit()
    ecosystem = open_ecosystem(sample_gpkg, qgis_new_project)
    entities = ecosystem.layers["entities"]
    qgis_canvas.setDestinationCrs(entities.crs())
    messages: list[tuple[str, int]] = []
    dock = CurationDock(lambda text, level: messages.append((text, level)), qgis_canvas)
    qtbot.addWidget(dock)
    dock.set_ecosystem(ecosystem.path, entities)
    dock.show()
    return Curation(sample_gpkg, dock, entities, uuids, fids, messages)


def test_the_dock_lists_pending_proposals_with_current_and_proposed_values(curation):
    panel = curation.dock.proposals
    assert curation.dock.file_label.text() == "Curating sample.gpkg"
    assert curation.dock.tabs.tabText(0) == "Proposals (4)"
    assert curation.shown_ids(panel.table) == [curation.fids[k] for k in ("phone", "audiences", "name", "new")]
    cells = {panel.table.item(row, 2).text(): [panel.table.item(row, c).text() for c in (3, 4, 6, 5)]
             for row in range(panel.table.rowCount())}
    phone = sql_rows(curation.path, "SELECT phone FROM entities WHERE uuid = ?", (curation.uuids[0],))[0][0]
    assert cells["phone"] == [phone or "—", "+32 2 555 01 01", "partner list 2026", "pending"]
    assert cells["entity_audiences"][1:] == ["artists, students", "web map", "pending"]
    assert cells["name"] == ["Atelier Sud", "Atelier Nord", "web map", "changed since proposed"]
    assert cells["new entity"][1] == "name: Studio Midi; entity_type: company; location: 149000.0, 170000.0"


def test_approve_applies_the_change_with_its_source_in_history(qtbot, curation):
    panel = curation.dock.proposals
    curation.select(panel.table, [curation.fids["phone"]])
    qtbot.mouseClick(panel.approve_button, Qt.LeftButton)
    assert curation.messages[-1] == (f"Proposal {curation.fids['phone']} approved and applied", 3)
    uuid = curation.uuids[0]
    assert sql_rows(curation.path, "SELECT phone FROM entities WHERE uuid = ?", (uuid,)) == [("+32 2 555 01 01",)]
    assert sql_rows(curation.path, "SELECT changed_by, source, proposal_fid FROM history WHERE row_uuid = ? "
                                "ORDER BY fid DESC LIMIT 1", (uuid,)) == [
        ("curator.anna", "partner list 2026", curation.fids["phone"])]
    assert curation.fids["phone"] not in curation.shown_ids(panel.table)
    assert curation.dock.tabs.tabText(0) == "Proposals (3)"
    feature = next(f for f in curation.entities.getFeatures() if f["uuid"] == uuid)
    assert feature["phone"] == "+32 2 555 01 01"  # the layer shows the file


def test_reject_asks_a_reason_and_changes_nothing_else(qtbot, curation):
    panel = curation.dock.proposals
    before = sql_rows(curation.path, "SELECT * FROM entities WHERE uuid = ?", (curation.uuids[1],))
    curation.select(panel.table, [curation.fids["audiences"]])

    def give_reason(dialog) -> None:
        dialog.setTextValue("students are not an audience of a printer")
        dialog.accept()

    _answer(give_reason)
    qtbot.mouseClick(panel.reject_button, Qt.LeftButton)
    assert curation.messages[-1] == ("1 proposals rejected", 3)
    assert sql_rows(curation.path, "SELECT status, decided_by, reason FROM proposals WHERE fid = ?",
                 (curation.fids["audiences"],)) == [
        ("rejected", "curator.anna", "students are not an audience of a printer")]
    assert sql_rows(curation.path, "SELECT * FROM entities WHERE uuid = ?", (curation.uuids[1],)) == before
    panel.status.setCurrentIndex(panel.status.findData("rejected"))
    assert curation.shown_ids(panel.table) == [curation.fids["audiences"]]
    assert panel.table.item(0, 5).text() == "rejected by curator.anna: students are not an audience of a printer"


def test_a_rejection_without_a_reason_is_refused(qtbot, curation):
    panel = curation.dock.proposals
    curation.select(panel.table, [curation.fids["phone"]])
    panel.reject_selected("  ")
    assert curation.messages[-1] == ("A rejection needs a reason", 1)
    assert sql_rows(curation.path, "SELECT status FROM proposals WHERE fid = ?", (curation.fids["phone"],)) == [
        ("pending",)]


def test_the_conflict_dialog_shows_then_now_proposed_and_applies_only_when_asked(qtbot, curation):
    panel = curation.dock.proposals
    fid, uuid = curation.fids["name"], curation.uuids[2]
    then = sql_rows(curation.path, "SELECT base_value FROM proposals WHERE fid = ?", (fid,))[0][0].strip('"')
    seen = {}

    def look_and_leave(dialog) -> None:
        seen.update({key: label.text() for key, label in dialog.values.items()})
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Cancel).click()

    curation.select(panel.table, [fid])
    _answer(look_and_leave, "bc_conflict_dialog")
    qtbot.mouseClick(panel.approve_button, Qt.LeftButton)
    assert seen == {"then": then, "now": "Atelier Sud", "proposed": "Atelier Nord"}
    assert curation.messages[-1] == (f"Proposal {fid} left pending", 0)
    assert sql_rows(curation.path, "SELECT name FROM entities WHERE uuid = ?", (uuid,)) == [("Atelier Sud",)]
    assert sql_rows(curation.path, "SELECT status FROM proposals WHERE fid = ?", (fid,)) == [("pending",)]

    curation.select(panel.table, [fid])
    _answer(lambda dialog: dialog.apply_button.click(), "bc_conflict_dialog")
    qtbot.mouseClick(panel.approve_button, Qt.LeftButton)
    assert sql_rows(curation.path, "SELECT name FROM entities WHERE uuid = ?", (uuid,)) == [("Atelier Nord",)]
    assert sql_rows(curation.path, "SELECT status, decided_by FROM proposals WHERE fid = ?", (fid,)) == [
        ("approved", "curator.anna")]


def test_bulk_approval_applies_the_clean_ones_and_leaves_the_conflict_pending(qtbot, curation):
    panel = curation.dock.proposals
    chosen = [curation.fids[k] for k in ("phone", "name", "new")]
    curation.select(panel.table, chosen)
    qtbot.mouseClick(panel.approve_button, Qt.LeftButton)
    assert curation.messages[-1] == (
        "2 proposals approved; 1 left pending: their field changed since (approve each alone to see the values)", 1)
    assert dict(sql_rows(curation.path, "SELECT fid, status FROM proposals")) == {
        curation.fids["phone"]: "approved", curation.fids["audiences"]: "pending",
        curation.fids["name"]: "pending", curation.fids["new"]: "approved"}
    assert sql_rows(curation.path, "SELECT entity_type, source FROM entities WHERE name = 'Studio Midi'") == [
        ("company", "partner list 2026")]
    assert curation.shown_ids(panel.table) == [curation.fids["audiences"], curation.fids["name"]]


def test_bulk_rejection_with_one_reason(qtbot, curation):
    panel = curation.dock.proposals
    curation.select(panel.table, [curation.fids["phone"], curation.fids["new"]])
    panel.reject_selected("not from the entity itself")
    assert curation.messages[-1] == ("2 proposals rejected", 3)
    assert sql_rows(curation.path, "SELECT fid FROM proposals WHERE reason = 'not from the entity itself' ORDER BY fid"
                 ) == [(curation.fids["phone"],), (curation.fids["new"],)]
    assert sql_rows(curation.path, "SELECT count(*) FROM entities WHERE name = 'Studio Midi'") == [(0,)]


def test_a_proposal_decided_meanwhile_by_another_curator_is_reported_not_applied_twice(qtbot, curation):
    panel = curation.dock.proposals
    fid = curation.fids["phone"]
    curation.select(panel.table, [fid, curation.fids["audiences"]])
    with EcosystemStore.open(curation.path) as store:  # another curator, another connection
        proposals.reject(store, fid, "curator.bert", "duplicate")
    qtbot.mouseClick(panel.approve_button, Qt.LeftButton)
    assert curation.messages[-1] == ("1 proposals approved; 1 decided by someone else already", 1)
    assert sql_rows(curation.path, "SELECT status, decided_by FROM proposals WHERE fid = ?", (fid,)) == [
        ("rejected", "curator.bert")]


def test_filters_by_source_type_and_age(curation):
    panel = curation.dock.proposals
    panel.source.setText("WEB")
    panel.source.editingFinished.emit()
    assert curation.shown_ids(panel.table) == [curation.fids["audiences"], curation.fids["name"]]
    panel.source.setText("")
    panel.source.editingFinished.emit()
    types = {key: sql_rows(curation.path, "SELECT entity_type FROM entities WHERE uuid = ?", (uuid,))[0][0]
             for key, uuid in zip(("phone", "audiences", "name"), curation.uuids, strict=False)}
    types["new"] = "company"
    wanted = types["phone"]
    panel.entity_type.setCurrentIndex(panel.entity_type.findData(wanted))
    assert curation.shown_ids(panel.table) == [curation.fids[k] for k, t in types.items() if t == wanted]
    panel.entity_type.setCurrentIndex(0)
    with sqlite3.connect(curation.path) as connection:
        connection.execute("UPDATE proposals SET proposed_at = '2026-01-05T10:00:00.000Z' WHERE fid = ?",
                           (curation.fids["phone"],))
    panel.older.setValue(30)
    assert curation.shown_ids(panel.table) == [curation.fids["phone"]]


def test_zoom_to_the_entity_of_a_proposal(qtbot, curation, qgis_canvas):
    panel = curation.dock.proposals
    curation.select(panel.table, [curation.fids["phone"]])
    qtbot.mouseClick(panel.zoom_button, Qt.LeftButton)
    feature = next(f for f in curation.entities.getFeatures() if f["uuid"] == curation.uuids[0])
    point = feature.geometry().asPoint()
    extent = qgis_canvas.extent()
    assert extent.contains(QgsPointXY(point)) and extent.width() < 2000
    assert curation.entities.selectedFeatureIds() == [feature.id()]


def test_the_review_queue_is_verified_and_marked_reviewed_in_bulk(qtbot, curation):
    panel = curation.dock.review
    curation.dock.tabs.setCurrentWidget(panel)
    expected = sql_rows(curation.path, "SELECT count(*) FROM entities WHERE status <> 'closed' AND (verification <> "
                                    "'verified' OR max(coalesce(substr(last_reviewed, 1, 10), ''), "
                                    "coalesce(substr(verified_at, 1, 10), '')) < date('now', '-12 months'))")[0][0]
    assert panel.table.rowCount() == expected > 3
    assert curation.dock.tabs.tabText(1) == f"Review queue ({expected})"
    never = [u for u in curation.shown_ids(panel.table)
             if sql_rows(curation.path, "SELECT verification FROM entities WHERE uuid = ?", (u,))[0][0] == "unverified"]
    panel.reason.setCurrentIndex(panel.reason.findData("never_verified"))
    assert curation.shown_ids(panel.table) == never
    chosen = never[:3]
    curation.select(panel.table, chosen)
    qtbot.mouseClick(panel.verify_button, Qt.LeftButton)
    assert curation.messages[-1] == ("3 entities verified", 3)
    assert sql_rows(curation.path, f"SELECT DISTINCT verification, verified_by FROM entities WHERE uuid IN "
                                f"({', '.join('?' * 3)})", chosen) == [("verified", "curator.anna")]
    assert curation.shown_ids(panel.table) == never[3:]
    panel.reason.setCurrentIndex(0)
    reasons = {panel.table.item(r, 0).data(Qt.UserRole): panel.table.item(r, 3).text()
               for r in range(panel.table.rowCount())}
    stale = [u for u, why in reasons.items() if why == "not reviewed lately"][:2]
    waiting = [u for u, why in reasons.items() if why == "never verified"][:1]
    assert len(stale) == 2
    curation.select(panel.table, stale + waiting)
    qtbot.mouseClick(panel.reviewed_button, Qt.LeftButton)
    assert curation.messages[-1] == ("3 entities marked reviewed", 3)
    shown = curation.shown_ids(panel.table)
    assert not set(stale) & set(shown) and set(waiting) <= set(shown)  # reviewed is not verified


def test_portfolios_from_the_selection_and_from_an_expression(qtbot, curation):
    panel = curation.dock.portfolios
    layer = curation.entities
    layer.selectByIds(feature_ids(layer, curation.uuids[:3]))

    def name_it(name: str, expression: str | None = None):
        def fill(dialog) -> None:
            dialog.name.setText(name)
            dialog.description.setText("for the board")
            if expression is not None:
                dialog.expression.setExpression(expression)
            dialog.accept()
        return fill

    _answer(name_it("first three"), "bc_portfolio_dialog")
    qtbot.mouseClick(panel.from_selection_button, Qt.LeftButton)
    _answer(name_it("coworkings", "\"entity_type\" = 'coworking'"), "bc_portfolio_dialog")
    qtbot.mouseClick(panel.from_expression_button, Qt.LeftButton)
    coworkings = sql_rows(curation.path, "SELECT count(*) FROM entities WHERE entity_type = 'coworking'")[0][0]
    assert [[panel.table.item(r, c).text() for c in range(6)] for r in range(panel.table.rowCount())] == [
        ["coworkings", str(coworkings), "\"entity_type\" = 'coworking'", "curator.anna", "yes", "for the board"],
        ["first three", "3", "a list of entities", "curator.anna", "yes", "for the board"]]
    assert curation.dock.tabs.tabText(2) == "Portfolios (2)"
    stored = sql_rows(curation.path, "SELECT name, owner, shared FROM portfolios ORDER BY name")
    assert stored == [("coworkings", "curator.anna", 1), ("first three", "curator.anna", 1)]

    layer.removeSelection()
    curation.select(panel.table, ["first three"])
    qtbot.mouseClick(panel.select_button, Qt.LeftButton)
    assert sorted(f["uuid"] for f in layer.selectedFeatures()) == sorted(curation.uuids[:3])

    curation.select(panel.table, ["coworkings"])
    _answer(lambda box: box.button(QMessageBox.Yes).click())
    qtbot.mouseClick(panel.delete_button, Qt.LeftButton)
    assert sql_rows(curation.path, "SELECT name FROM portfolios") == [("first three",)]
    assert curation.messages[-1] == ("1 portfolios deleted", 3)


def test_a_portfolio_dialog_refuses_an_expression_that_does_not_parse(qtbot, curation):
    from brussels_creative.gui.portfolios_panel import PortfolioDialog

    dialog = PortfolioDialog(curation.entities, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("broken")
    dialog.expression.setExpression("\"entity_type\" = ")
    dialog.accept()
    assert dialog.error.text().startswith("The expression does not parse")
    assert dialog.result() != dialog.Accepted


def test_without_an_ecosystem_the_dock_says_how_to_open_one(qtbot, curator):
    messages = []
    dock = CurationDock(lambda text, level: messages.append((text, level)))
    qtbot.addWidget(dock)
    assert dock.file_label.text() == "No ecosystem open: Brussels Creative ▸ Open ecosystem…"
    assert [dock.tabs.tabText(i) for i in range(3)] == ["Proposals (0)", "Review queue (0)", "Portfolios (0)"]
    dock.proposals.approve_selected()
    assert messages == [("Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)", 1)]


def test_the_name_typed_in_the_header_signs_the_next_decisions(qtbot, curation):
    from qgis.core import QgsSettings

    from brussels_creative.layers.user import CURATOR_SETTING

    assert curation.dock.curator.text() == "curator.anna"
    curation.dock.curator.setText("curator.bert")
    curation.dock.curator.editingFinished.emit()
    assert QgsSettings().value(CURATOR_SETTING) == "curator.bert"
    panel = curation.dock.proposals
    curation.select(panel.table, [curation.fids["phone"]])
    qtbot.mouseClick(panel.approve_button, Qt.LeftButton)
    assert sql_rows(curation.path, "SELECT decided_by FROM proposals WHERE fid = ?", (curation.fids["phone"],)) == [
        ("curator.bert",)]
