"""Curation from the entities layer in the QGIS GUI (pytest-qgis, qtbot): propose a change, record a claim, verify
and mark reviewed the selected entities; the file's content is checked after each."""

from __future__ import annotations

from helpers import sql_rows
from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

from brussels_creative.gui import curation_actions
from brussels_creative.gui.curation_actions import CurationActions, ProposeDialog
from brussels_creative.layers.ecosystem_layers import open_ecosystem


def _select(layer, uuids):
    ids = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(
        "\"uuid\" IN (" + ", ".join(f"'{u}'" for u in uuids) + ")"))]
    layer.selectByIds(ids)


def test_the_propose_dialog_stores_only_the_changed_values_as_proposals(qtbot, sample_gpkg, curator):
    uuid, phone = sql_rows(sample_gpkg, "SELECT uuid, phone FROM entities ORDER BY fid LIMIT 1")[0]
    dialog = ProposeDialog(str(sample_gpkg), uuid)
    qtbot.addWidget(dialog)
    assert dialog.proposer.text() == "curator.anna"
    assert dialog.edits["phone"].text() == (phone or "")
    dialog.accept()
    assert dialog.error.text() == "Nothing changed: change a value to propose it"
    dialog.edits["phone"].setText("+32 2 777 77 77")
    dialog.edits["entity_audiences"].setText("artists, students")
    dialog.comment.setPlainText("vu sur leur site")
    dialog.accept()
    assert dialog.result() == dialog.Accepted
    assert sql_rows(sample_gpkg, "SELECT entity_uuid, field, value, proposer, source, comment, status FROM proposals "
                              "ORDER BY fid") == [
        (uuid, "phone", '"+32 2 777 77 77"', "curator.anna", "form", "vu sur leur site", "pending"),
        (uuid, "entity_audiences", '["artists", "students"]', "curator.anna", "form", "vu sur leur site", "pending")]
    assert sql_rows(sample_gpkg, "SELECT phone FROM entities WHERE uuid = ?", (uuid,)) == [(phone,)]


def test_verify_and_review_the_selected_entities_from_the_layer(qgis_iface, qgis_new_project, sample_gpkg, curator):
    layers = open_ecosystem(sample_gpkg, qgis_new_project)
    entities = layers.layers["entities"]
    qgis_iface.setActiveLayer(entities)
    messages: list[tuple[str, int]] = []
    actions = CurationActions(qgis_iface, lambda text, level: messages.append((text, level)))
    try:
        actions.attach(entities)
        assert [a.name() for a in entities.actions().actions()] == [curation_actions.FORM_ACTION_NAME]
        unverified = [u for (u,) in sql_rows(sample_gpkg, "SELECT uuid FROM entities WHERE verification <> 'verified' "
                                                       "ORDER BY fid LIMIT 3")]
        _select(entities, unverified)
        actions.verify()
        assert messages[-1] == ("3 entities verified", 3)
        verified = sql_rows(sample_gpkg, "SELECT DISTINCT verification, verified_by FROM entities WHERE uuid IN "
                                      "(?, ?, ?)", unverified)
        assert verified == [("verified", "curator.anna")]
        actions.review()
        assert messages[-1] == ("3 entities marked reviewed", 3)
        assert {f["verification"] for f in entities.selectedFeatures()} == {"verified"}  # the layer was reloaded
        entities.removeSelection()
        actions.verify()
        assert messages[-1] == ("Select the entities first", 1)
    finally:
        actions.detach()


def test_record_a_claim_of_the_selected_entity(qtbot, qgis_iface, qgis_new_project, sample_gpkg, curator):
    layers = open_ecosystem(sample_gpkg, qgis_new_project)
    entities = layers.layers["entities"]
    uuid = sql_rows(sample_gpkg,
                    "SELECT uuid FROM entities WHERE verification = 'unverified' ORDER BY fid LIMIT 1")[0][0]
    _select(entities, [uuid])
    qgis_iface.setActiveLayer(entities)
    messages: list[tuple[str, int]] = []
    actions = CurationActions(qgis_iface, lambda text, level: messages.append((text, level)))

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "bc_claim_dialog" and w.isVisible())
        dialog.name.setText("Jan Peeters")
        dialog.email.setText("jan@example.org")
        dialog.accept()

    try:
        QTimer.singleShot(200, fill)
        actions.claim()
    finally:
        actions.detach()
    assert messages[-1] == ("Claim recorded", 3)
    assert sql_rows(sample_gpkg, "SELECT verification, claimed_by FROM entities WHERE uuid = ?", (uuid,)) == [
        ("claimed", "Jan Peeters <jan@example.org>")]


def test_both_ends_confirming_a_relationship_make_it_mutual(qgis_iface, qgis_new_project, sample_gpkg, curator):
    layers = open_ecosystem(sample_gpkg, qgis_new_project)
    relationships = layers.layers["relationships"]
    uuid, source, target = sql_rows(sample_gpkg, "SELECT uuid, from_uuid, to_uuid FROM relationships ORDER BY fid "
                                              "LIMIT 1")[0]
    _select(relationships, [uuid])
    qgis_iface.setActiveLayer(relationships)
    messages: list[tuple[str, int]] = []
    actions = CurationActions(qgis_iface, lambda text, level: messages.append((text, level)))
    try:
        actions.confirm(end=source, who="source staff")
        assert messages[-1] == ("Relationship confirmed by one end", 3)
        actions.confirm(end=target, who="target staff")
        assert messages[-1] == ("Relationship confirmed by both ends: mutual", 3)
    finally:
        actions.detach()
    assert sql_rows(sample_gpkg, "SELECT r.from_confirmed_by, r.to_confirmed_by, l.confirmation FROM relationships r "
                              "JOIN relationship_lines l ON l.fid = r.fid WHERE r.uuid = ?", (uuid,)) == [
        ("source staff", "target staff", "mutual")]
