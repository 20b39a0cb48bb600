"""The plugin's "Open ecosystem from PostgreSQL…": a saved connection and a schema chosen in QGIS's own pickers open
the ecosystem there, styled and formed; a schema without one is said in the message bar."""

from __future__ import annotations

import pytest
from postgis_server import copied_ecosystem, require_psycopg2
from qgis.core import QgsDataSourceUri, QgsProject, QgsProviderRegistry
from qgis.PyQt.QtWidgets import QDialogButtonBox

import brussels_creative
from brussels_creative.gui.postgis_dialog import PostgisEcosystemDialog
from brussels_creative.layers.ecosystem_layers import LAYER_NAMES

psycopg2 = require_psycopg2()
CONNECTION = "bc_gui_team"


@pytest.fixture
def saved_team(postgis_server, sample_gpkg):
    """The sample in schema 'team', its database saved in QGIS as the connection 'bc_gui_team'."""
    copied_ecosystem(postgis_server, "gui_open_postgis", sample_gpkg, "team")
    uri = QgsDataSourceUri()
    uri.setConnection(postgis_server.host, str(postgis_server.port), "gui_open_postgis", postgis_server.user, "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), CONNECTION)
    yield CONNECTION
    metadata.deleteConnection(CONNECTION)
    postgis_server.drop_database("gui_open_postgis")


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
