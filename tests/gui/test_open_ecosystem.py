"""The plugin's "Open ecosystem" and drag-and-drop open a recognised GeoPackage once, and store its project."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorFileWriter, QgsVectorLayer

import brussels_creative
from brussels_creative.gui.drop_handler import EcosystemDropHandler
from brussels_creative.layers.ecosystem_layers import LAYER_NAMES, has_stored_project


def test_open_ecosystem_adds_the_layers_once_and_stores_the_project(qgis_iface, qgis_processing, project,
                                                                   sample_gpkg):
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.open_ecosystem(str(sample_gpkg))
        assert plugin.open_ecosystem(str(sample_gpkg))
        assert len(QgsProject.instance().mapLayers()) == len(LAYER_NAMES)
        assert has_stored_project(sample_gpkg)
        assert qgis_iface.activeLayer().name() == "Entities"
        canvas = qgis_iface.mapCanvas()  # a new project shows the region, in EPSG:31370
        region = QgsProject.instance().mapLayersByName("Municipalities")[0].extent()
        assert canvas.mapSettings().destinationCrs().authid() == "EPSG:31370"
        assert canvas.extent().contains(region) and canvas.extent().height() < 1.2 * region.height()
    finally:
        plugin.unload()


def test_opening_a_file_that_is_not_an_ecosystem_says_so(qgis_iface, qgis_processing, project, tmp_path):
    plain = tmp_path / "plain.gpkg"
    layer = QgsVectorLayer("Point?crs=EPSG:31370", "p", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(plain), project.transformContext(), options)
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        qgis_iface.messageBar().clear_messages()
        assert not plugin.open_ecosystem(str(plain))
        messages = qgis_iface.messageBar().get_messages(2)  # Qgis.Critical
        assert any("not a Brussels Creative ecosystem" in m for m in messages)
        assert QgsProject.instance().mapLayers() == {}
    finally:
        plugin.unload()


def test_drop_handler_takes_ecosystem_files_only(sample_gpkg, tmp_path):
    opened = []
    handler = EcosystemDropHandler(lambda path: opened.append(path) or True)
    other = tmp_path / "notes.gpkg"
    other.write_bytes(b"not a database")
    assert not handler.handleFileDrop(str(other))
    assert not handler.handleFileDrop(str(tmp_path / "table.csv"))
    assert handler.handleFileDrop(str(sample_gpkg))
    assert opened == [str(sample_gpkg)]


def test_connect_entities_needs_an_open_ecosystem_then_sets_the_map_tool(qgis_iface, qgis_processing, project,
                                                                         sample_gpkg):
    from brussels_creative.gui.connect_tool import ConnectEntitiesTool

    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        qgis_iface.messageBar().clear_messages()
        plugin.connect_action.trigger()
        assert not plugin.connect_action.isChecked()
        assert any("Open an ecosystem first" in m for m in qgis_iface.messageBar().get_messages(0))
        assert plugin.open_ecosystem(str(sample_gpkg))
        plugin.connect_action.trigger()
        tool = qgis_iface.mapCanvas().mapTool()
        assert isinstance(tool, ConnectEntitiesTool)
        assert tool.entities_layer is plugin.ecosystems[str(sample_gpkg.resolve())].layers["entities"]
        assert plugin.connect_action.isChecked()
        assert plugin.duplicate_guard is not None
    finally:
        plugin.unload()
    assert qgis_iface.mapCanvas().mapTool() is None


def test_the_curation_dock_follows_the_opened_ecosystem_and_goes_with_unload(qgis_iface, qgis_processing, project,
                                                                           sample_gpkg):
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    dock = plugin.curation_dock
    try:
        assert dock.file_label.text() == "No ecosystem open: Brussels Creative ▸ Open ecosystem…"
        assert dock.isHidden()
        assert plugin.open_ecosystem(str(sample_gpkg))
        action = next(a for a in plugin.actions if a.objectName() == "BrusselsCreative_show_curation")
        action.trigger()
        assert not dock.isHidden()  # shown (the test main window itself is never shown)
        assert dock.file_label.text() == "Curating sample.gpkg"
        assert dock.review.table.rowCount() == dock.review.count > 0
        assert dock.review.layer() is qgis_iface.activeLayer()
    finally:
        plugin.unload()
    assert plugin.curation_dock is None
