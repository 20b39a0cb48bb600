"""The plugin's "Open ecosystem from PostgreSQL…": a saved connection and a schema chosen in QGIS's own pickers open
the ecosystem there, styled and formed, curated in the dock and by the layers' actions; a schema without one is said
in the message bar."""

from __future__ import annotations

import pytest
from postgis_server import copied_ecosystem, require_psycopg2, rows
from qgis.core import QgsDataSourceUri, QgsProject, QgsProviderRegistry, QgsVectorLayerUtils
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox

import brussels_creative
from brussels_creative.core.curation import proposals
from brussels_creative.core.store.postgis.ecosystem import PostgisStore
from brussels_creative.core.store.postgis.source import PostgisSource
from brussels_creative.gui.curation_actions import ProposeDialog
from brussels_creative.gui.postgis_dialog import PostgisEcosystemDialog
from brussels_creative.layers.ecosystem_layers import LAYER_NAMES, layer_ecosystem

psycopg2 = require_psycopg2()
CONNECTION = "bc_gui_team"


@pytest.fixture
def saved_team(request, postgis_server, sample_gpkg):
    """The sample in schema 'team' of a database of the test's own (QGIS pools its connections by connection string:
    one left to a database dropped by an earlier test would fail its first query), saved in QGIS as the connection
    'bc_gui_team'; the database's name."""
    database = f"gui_open_postgis_{request.node.name.split('_', 2)[-1][:30]}"
    copied_ecosystem(postgis_server, database, sample_gpkg, "team")
    uri = QgsDataSourceUri()
    uri.setConnection(postgis_server.host, str(postgis_server.port), database, postgis_server.user, "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), CONNECTION)
    yield database
    metadata.deleteConnection(CONNECTION)
    postgis_server.drop_database(database)


def test_the_dialog_offers_the_saved_connection_and_its_schemas(qtbot, saved_team):
    dialog = PostgisEcosystemDialog()
    qtbot.addWidget(dialog)
    dialog.connection.setConnection(CONNECTION)
    schemas = [dialog.schema.comboBox().itemText(i) for i in range(dialog.schema.comboBox().count())]
    assert "team" in schemas and "public" in schemas
    dialog.schema.setSchema("team")
    assert dialog.chosen() == (CONNECTION, "team")
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()


def test_the_plugin_opens_the_ecosystem_of_a_schema_and_says_when_there_is_none(qgis_iface, qgis_processing,
                                                                              project, saved_team):
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        qgis_iface.messageBar().clear_messages()
        assert not plugin.open_postgis_ecosystem(CONNECTION, "public")
        assert any("holds no ecosystem" in m for m in qgis_iface.messageBar().get_messages(2))
        assert plugin.open_postgis_ecosystem(CONNECTION, "team")
        layers = QgsProject.instance().mapLayers().values()
        assert len(layers) == len(LAYER_NAMES) and {layer.providerType() for layer in layers} == {"postgres"}
        assert qgis_iface.activeLayer().name() == "Entities" and qgis_iface.activeLayer().featureCount() == 120
        assert any("Opened bc_gui_team/team (120 entities)" in m for m in qgis_iface.messageBar().get_messages(3))
    finally:
        plugin.unload()


def test_the_dock_curates_the_opened_schema_and_the_entities_layer_shows_the_decision(qtbot, qgis_iface,
                                                                                   qgis_processing, project,
                                                                                   saved_team, postgis_server,
                                                                                   curator):
    dsn = postgis_server.dsn(saved_team)
    with PostgisStore.open(dsn, "team") as store:
        uuid = store.connection.execute("SELECT uuid FROM entities ORDER BY fid LIMIT 1").fetchone()[0]
        fid = proposals.propose(store, uuid, "phone", "+32 2 555 01 01", "jan", "partner list 2026")
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.open_postgis_ecosystem(CONNECTION, "team")
        dock = plugin.curation_dock
        assert dock.file_label.text() == "Curating bc_gui_team/team"
        panel = dock.proposals
        assert [panel.table.item(row, 0).data(Qt.UserRole) for row in range(panel.table.rowCount())] == [fid]
        panel.table.selectRow(0)
        qtbot.mouseClick(panel.approve_button, Qt.LeftButton)
        assert rows(dsn, "SELECT phone FROM team.entities WHERE uuid = %s", (uuid,)) == [("+32 2 555 01 01",)]
        assert rows(dsn, "SELECT status, decided_by FROM team.proposals WHERE fid = %s", (fid,)) == [
            ("approved", "curator.anna")]
        assert rows(dsn, "SELECT changed_by, source, proposal_fid FROM team.history WHERE row_uuid = %s "
                         "ORDER BY fid DESC LIMIT 1", (uuid,)) == [(postgis_server.user, "partner list 2026", fid)]
        entities = qgis_iface.activeLayer()
        assert next(f for f in entities.getFeatures() if f["uuid"] == uuid)["phone"] == "+32 2 555 01 01"
        assert dock.tabs.tabText(0) == "Proposals (0)"
        # a reader of the schema's role may look but not decide: the refusal is said, nothing changes
        with PostgisStore.open(dsn, "team") as store:
            second = proposals.propose(store, uuid, "phone", "02 000 00 00", "jan", "web map")
            store.connection.execute("CREATE ROLE bc_gui_reader LOGIN IN ROLE bc_reader")
        dock.set_ecosystem(PostgisSource(postgis_server.dsn(saved_team, "bc_gui_reader"), "team", saved_team),
                           entities)
        assert panel.table.rowCount() == 0  # the reader role cannot read proposals: said, not a traceback
        assert any("permission denied for table proposals" in m for m in qgis_iface.messageBar().get_messages(2))
        assert rows(dsn, "SELECT status FROM team.proposals WHERE fid = %s", (second,)) == [("pending",)]
    finally:
        plugin.unload()


def test_the_layer_actions_verify_confirm_and_propose_on_the_schema(qtbot, qgis_iface, qgis_processing, project,
                                                                   saved_team, postgis_server, curator):
    dsn = postgis_server.dsn(saved_team)
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.open_postgis_ecosystem(CONNECTION, "team")
        entities = qgis_iface.activeLayer()
        unverified = [u for (u,) in rows(dsn, "SELECT uuid::text FROM team.entities WHERE verification <> "
                                              "'verified' ORDER BY fid LIMIT 3")]
        ids = [f.id() for f in entities.getFeatures() if f["uuid"] in unverified]
        entities.selectByIds(ids)
        # a new entry named as one beside it is warned about, as in a GeoPackage
        found = []
        plugin.duplicate_guard.duplicateFound.connect(lambda _fid, similar: found.append(similar))
        existing = next(entities.getFeatures())
        assert entities.startEditing()
        twin = QgsVectorLayerUtils.createFeature(entities, existing.geometry(), {
            entities.fields().indexOf("name"): existing["name"], entities.fields().indexOf("entity_type"): "company"})
        assert entities.addFeature(twin)
        assert found and existing.id() in found[0]
        assert entities.rollBack()
        entities.selectByIds(ids)
        qgis_iface.messageBar().clear_messages()
        plugin.curation_actions.verify()
        said = [qgis_iface.messageBar().get_messages(level) for level in range(4)]
        assert said[3] and said[3][-1].endswith("3 entities verified"), said
        assert rows(dsn, "SELECT DISTINCT verification, verified_by FROM team.entities WHERE uuid::text = ANY(%s)",
                    (unverified,)) == [("verified", "curator.anna")]
        assert {f["verification"] for f in entities.selectedFeatures()} == {"verified"}  # the layer was reloaded
        relationships = next(layer for layer in QgsProject.instance().mapLayers().values()
                             if QgsDataSourceUri(layer.source()).table() == "relationships")
        uuid, source, target = rows(dsn, "SELECT uuid::text, from_uuid::text, to_uuid::text FROM team.relationships "
                                         "ORDER BY fid LIMIT 1")[0]
        relationships.selectByIds([f.id() for f in relationships.getFeatures() if f["uuid"] == uuid])
        qgis_iface.setActiveLayer(relationships)
        plugin.curation_actions.confirm(end=source, who="source staff")
        plugin.curation_actions.confirm(end=target, who="target staff")
        assert "mutual" in qgis_iface.messageBar().get_messages(3)[-1]
        assert rows(dsn, "SELECT confirmation FROM team.relationship_lines WHERE uuid::text = %s", (uuid,)) == [
            ("mutual",)]
        dialog = ProposeDialog(layer_ecosystem(entities), unverified[0])
        qtbot.addWidget(dialog)
        dialog.edits["phone"].setText("+32 2 777 77 77")
        dialog.accept()
        assert dialog.result() == dialog.Accepted
        assert rows(dsn, "SELECT field, value, proposer FROM team.proposals WHERE entity_uuid::text = %s",
                    (unverified[0],)) == [("phone", '"+32 2 777 77 77"', "curator.anna")]
    finally:
        plugin.unload()
