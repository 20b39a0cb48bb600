"""The "Connect entities" map tool, driven with simulated clicks on a real canvas over a real ecosystem GeoPackage."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import sql_rows
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QDate, QEvent, QPoint, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QResizeEvent
from qgis.PyQt.QtTest import QTest

from brussels_creative.core.store import gpkg
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.gui.connect_tool import ConnectEntitiesTool

HUB_XY = (149_000.0, 170_000.0)
LAB_XY = (149_200.0, 170_000.0)
STUDIO_XY = (149_000.0, 170_200.0)
EMPTY_XY = (149_300.0, 170_300.0)


@pytest.fixture
def english() -> Iterator[QgsSettings]:
    """QGIS's user locale set to English for the test, restored after."""
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "en")
    yield settings
    if previous is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", previous)


@dataclass
class Scene:
    """An ecosystem GeoPackage with three entities, its layers in the project and on the canvas, and the tool."""

    path: Path
    uuids: dict[str, str]
    canvas: object
    iface: object
    layers: dict[str, QgsVectorLayer] = field(default_factory=dict)
    tool: ConnectEntitiesTool | None = None
    created: list[str] = field(default_factory=list)

    def add_layer(self, table: str) -> QgsVectorLayer:
        """Add a layer on one table of the file to the project."""
        layer = QgsVectorLayer(f"{self.path}|layername={table}", table, "ogr")
        assert layer.isValid(), table
        QgsProject.instance().addMapLayer(layer)
        self.layers[table] = layer
        return layer

    def make_tool(self) -> ConnectEntitiesTool:
        """The tool on the entities layer, active on the canvas."""
        self.tool = ConnectEntitiesTool(self.iface, self.layers["entities"])
        self.tool.relationshipCreated.connect(self.created.append)
        self.canvas.setMapTool(self.tool)
        return self.tool

    def click(self, xy: tuple[float, float], button=Qt.LeftButton) -> None:
        """Click the canvas at the pixel showing a map point."""
        pixel = self.canvas.getCoordinateTransform().transform(QgsPointXY(*xy))
        position = QPoint(round(pixel.x()), round(pixel.y()))
        event = QgsMapMouseEvent(self.canvas, QEvent.MouseButtonRelease, position, button, button, Qt.NoModifier)
        self.tool.canvasReleaseEvent(event)

    def rows(self, sql: str, params=()) -> list[tuple]:
        """Rows of a read-only sqlite3 query on the file."""
        return sql_rows(self.path, sql, params)

    def messages(self, level: Qgis.MessageLevel) -> list[str]:
        """Messages pushed to the (pytest-qgis) message bar at a level."""
        return self.iface.messageBar().get_messages(level)


def answer_dialog(tool: ConnectEntitiesTool, relation_type: str | None = None, accept: bool = True, **fill) -> dict:
    """Fill and close the tool's modal dialog as soon as it opens; returns what it showed (or 'error')."""
    seen: dict = {}

    def respond() -> None:
        dialog = tool.dialog
        if dialog is None:
            seen["error"] = "no dialog open"
            return
        try:
            seen["labels"] = [dialog.type_combo.itemText(i) for i in range(dialog.type_combo.count())]
            if relation_type is not None:
                dialog.set_relation_type(relation_type)
            if fill.get("swap"):
                dialog.swap_button.click()
            if "since" in fill:
                dialog.set_since(fill["since"])
            if "note" in fill:
                dialog.note_edit.setText(fill["note"])
            seen["reading"] = dialog.reading.text()
            seen["since_is_null"] = dialog.since_edit.isNull()
            seen["since_text"] = dialog.since_edit.text()
            seen["swap_enabled"] = dialog.swap_button.isEnabled()
        except Exception as error:  # reported to the test: the modal dialog must close anyway
            seen["error"] = error
            dialog.reject()
            return
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, respond)
    return seen


def connect(scene: Scene, source_xy, target_xy, relation_type: str | None = None, **answer) -> dict:
    """Click a source entity, then a target, with the scene's tool (made if there is none yet), the dialog answered as
    answer_dialog does; checks the dialog opened and closed without error and returns what it showed."""
    tool = scene.make_tool() if scene.tool is None else scene.tool
    scene.click(source_xy)
    seen = answer_dialog(tool, relation_type, **answer)
    scene.click(target_xy)
    assert "error" not in seen, seen
    return seen


def start_editing(scene: Scene, layer: QgsVectorLayer) -> None:
    """Start editing as a user does, once the map is drawn (editing switches the file to WAL mode, which a
    render still reading it would report as GDAL errors)."""
    scene.canvas.waitWhileRendering()
    assert layer.startEditing()


def line_xy(blob: bytes) -> tuple[tuple[float, float], tuple[float, float]]:
    """The two points of a GeoPackage LineString blob."""
    offset = gpkg.blob_wkb_offset(blob)
    order, kind, count, x1, y1, x2, y2 = struct.unpack_from("<BII4d", blob, offset)
    assert (order, kind, count) == (1, 2, 2)
    return (x1, y1), (x2, y2)


@pytest.fixture
def scene(release_qgis_layers, english, qgis_iface, qgis_canvas, qgis_new_project, tmp_path) -> Iterator[Scene]:
    """Three entities 200 m apart, the entities, relationships and lines layers in the project, a 600 m wide map."""
    path = tmp_path / "eco.gpkg"
    with EcosystemStore.create(path) as store, store.transaction():
        uuids = {
            "hub": store.add_entity(*HUB_XY, name="Hub Centrale", entity_type="hub"),
            "lab": store.add_entity(*LAB_XY, name="Lab Ixelles", entity_type="fablab"),
            "studio": store.add_entity(*STUDIO_XY, name="Studio Molenbeek", entity_type="company"),
        }
    scene = Scene(path, uuids, qgis_canvas, qgis_iface)
    for table in ("entities", "relationships", "relationship_lines"):
        scene.add_layer(table)
    # A hidden canvas keeps a tiny map size until its viewport gets a resize event.
    viewport = qgis_canvas.viewport()
    QCoreApplication.sendEvent(viewport, QResizeEvent(viewport.size(), QSize(1, 1)))
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    qgis_canvas.setExtent(QgsRectangle(148_800, 169_800, 149_400, 170_400))
    assert qgis_canvas.mapUnitsPerPixel() < 2.0
    qgis_canvas.waitWhileRendering()  # a test that starts editing must not race a render (see start_editing)
    qgis_iface.messageBar().clear_messages()
    yield scene
    qgis_canvas.waitWhileRendering()
    if scene.tool is not None:
        qgis_canvas.unsetMapTool(scene.tool)
        scene.tool.deleteLater()
    for layer in scene.layers.values():
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().removeAllMapLayers()


def test_two_clicks_and_the_dialog_store_the_relationship_and_its_line(scene, qtbot):
    tool = scene.make_tool()
    scene.click(LAB_XY)
    assert tool.source is not None and tool.source["uuid"] == scene.uuids["lab"]
    assert tool.highlight is not None and tool.highlight.numberOfVertices() == 1
    seen = answer_dialog(tool, "member_of", since=QDate(2021, 3, 1), note="since the opening")
    scene.click(HUB_XY)

    assert "error" not in seen, seen
    assert seen["reading"] == "Lab Ixelles — member of — Hub Centrale"
    assert "member of" in seen["labels"] and "collaborates with" in seen["labels"]
    rows = scene.rows("SELECT uuid, from_uuid, to_uuid, relation_type, since, note FROM relationships")
    assert rows == [
        (scene.created[0], scene.uuids["lab"], scene.uuids["hub"], "member_of", "2021-03-01", "since the opening")
    ]
    ((line_uuid, blob),) = scene.rows("SELECT uuid, geom FROM relationship_lines")
    assert line_uuid == scene.created[0]
    assert line_xy(blob) == (LAB_XY, HUB_XY)
    lines = scene.layers["relationship_lines"]
    assert lines.featureCount() == 1  # the project's layer was reloaded: the line is on the map
    assert [f.geometry().asPolyline() for f in lines.getFeatures()] == [[QgsPointXY(*LAB_XY), QgsPointXY(*HUB_XY)]]
    assert tool.source is None and tool.highlight is None
    assert any("Lab Ixelles — member of — Hub Centrale" in m for m in scene.messages(Qgis.MessageLevel.Success))
    assert not scene.layers["relationships"].isEditable()


def test_swap_stores_the_reverse_direction_and_no_date_stays_empty(scene, qtbot):
    seen = connect(scene, HUB_XY, LAB_XY, "member_of", swap=True)
    assert seen["reading"] == "Lab Ixelles — member of — Hub Centrale"
    assert seen["since_is_null"] and seen["since_text"] == "no date"
    assert scene.rows("SELECT from_uuid, to_uuid, since, note FROM relationships") == [
        (scene.uuids["lab"], scene.uuids["hub"], None, None)
    ]


def test_dialog_labels_follow_the_user_locale_and_the_files_vocabulary(scene, english, qtbot):
    connection = sqlite3.connect(scene.path)
    with connection:
        connection.execute(
            "INSERT INTO relation_types (code, label_en, label_fr, label_nl, directed, inverse_en, inverse_fr, "
            "inverse_nl) VALUES ('shares_studio_with', 'shares a studio with', 'partage un atelier avec', "
            "'deelt een atelier met', 0, 'shares a studio with', 'partage un atelier avec', 'deelt een atelier met')"
        )
    connection.close()
    english.setValue("locale/userLocale", "fr_BE")
    seen = connect(scene, LAB_XY, HUB_XY, "member_of", accept=False)
    assert seen["reading"] == "Lab Ixelles — membre de — Hub Centrale"
    assert "partage un atelier avec" in seen["labels"] and "member of" not in seen["labels"]

    english.setValue("locale/userLocale", "nl")
    seen = connect(scene, STUDIO_XY, LAB_XY, "shares_studio_with")
    assert seen["reading"].startswith("Studio Molenbeek — deelt een atelier met — Lab Ixelles")
    assert scene.rows("SELECT relation_type FROM relationships") == [("shares_studio_with",)]


def test_escape_cancels_the_pick_and_clears_the_highlight(scene, qtbot):
    tool = scene.make_tool()
    scene.click(LAB_XY)
    assert tool.highlight is not None
    QTest.keyClick(scene.canvas, Qt.Key_Escape)  # through the canvas, as QGIS delivers it to the active tool
    assert tool.source is None and tool.highlight is None
    seen = answer_dialog(tool, accept=False)
    scene.click(HUB_XY)  # a new source, not a target: no dialog
    qtbot.wait(10)
    assert seen == {"error": "no dialog open"}
    assert tool.source["uuid"] == scene.uuids["hub"]
    scene.click(HUB_XY, button=Qt.RightButton)  # a right click cancels too
    assert tool.source is None and tool.highlight is None
    assert scene.rows("SELECT count(*) FROM relationships") == [(0,)]


def test_clicking_empty_map_says_so(scene, qtbot):
    tool = scene.make_tool()
    scene.click(EMPTY_XY)
    assert tool.source is None
    assert any("No entity here: click on an entity point" in m for m in scene.messages(Qgis.MessageLevel.Warning))


def test_a_click_a_few_pixels_off_still_picks_the_nearest_entity(scene, qtbot):
    tool = scene.make_tool()
    scene.click((LAB_XY[0] + 4 * scene.canvas.mapUnitsPerPixel(), LAB_XY[1]))
    assert tool.source is not None and tool.source["uuid"] == scene.uuids["lab"]


def test_clicking_the_same_entity_twice_asks_for_another_one(scene, qtbot):
    tool = scene.make_tool()
    scene.click(LAB_XY)
    seen = answer_dialog(tool, accept=False)
    scene.click(LAB_XY)
    qtbot.wait(10)
    assert seen == {"error": "no dialog open"}
    assert any("A relation needs two different entities" in m for m in scene.messages(Qgis.MessageLevel.Warning))
    assert tool.source["uuid"] == scene.uuids["lab"]  # still waiting for a target
    assert scene.rows("SELECT count(*) FROM relationships") == [(0,)]


def test_cancelling_the_dialog_stores_nothing(scene, qtbot):
    connect(scene, LAB_XY, HUB_XY, "member_of", accept=False)
    assert scene.tool.source is None and scene.tool.highlight is None
    assert scene.rows("SELECT count(*) FROM relationships") == [(0,)]
    assert scene.created == []


def test_a_duplicate_relationship_shows_the_rule_and_stores_nothing(scene, qtbot):
    with EcosystemStore.open(scene.path) as store, store.transaction():
        store.add_relationship(scene.uuids["lab"], scene.uuids["hub"], "member_of")
    before = scene.rows("SELECT * FROM relationships ORDER BY fid"), scene.rows("SELECT * FROM history ORDER BY fid")
    connect(scene, LAB_XY, HUB_XY, "member_of")
    critical = scene.messages(Qgis.MessageLevel.Critical)
    assert any("Relationship not stored" in m and "bc_relationship_unique" in m for m in critical), critical
    assert before == (
        scene.rows("SELECT * FROM relationships ORDER BY fid"),
        scene.rows("SELECT * FROM history ORDER BY fid"),
    )
    assert not scene.layers["relationships"].isEditable()
    assert scene.created == []


def test_a_relationships_layer_in_edit_mode_gets_the_relationship_in_its_buffer(scene, qtbot):
    relationships = scene.layers["relationships"]
    start_editing(scene, relationships)
    connect(scene, LAB_XY, HUB_XY, "hosted_by")
    assert scene.rows("SELECT count(*) FROM relationships") == [(0,)]  # waits for the user's save
    assert relationships.isEditable() and len(relationships.editBuffer().addedFeatures()) == 1
    assert any("save the layer" in m for m in scene.messages(Qgis.MessageLevel.Info))
    assert relationships.commitChanges()
    assert scene.rows("SELECT uuid, relation_type FROM relationships") == [(scene.created[0], "hosted_by")]
    assert scene.layers["relationship_lines"].featureCount() == 1  # refreshed after the user's save


def test_without_relationship_layers_in_the_project_the_file_is_still_written(scene, qtbot):
    for table in ("relationships", "relationship_lines"):
        QgsProject.instance().removeMapLayer(scene.layers.pop(table).id())
    seen = connect(scene, STUDIO_XY, LAB_XY, "collaborates_with")
    assert seen["reading"] == "Studio Molenbeek — collaborates with — Lab Ixelles (both ways)"
    assert not seen["swap_enabled"]  # an undirected relation has no direction to swap
    assert scene.rows("SELECT from_uuid, to_uuid, relation_type FROM relationships") == [
        (scene.uuids["studio"], scene.uuids["lab"], "collaborates_with")
    ]
    assert len(scene.rows("SELECT fid FROM relationship_lines WHERE geom IS NOT NULL")) == 1


def test_an_unsaved_entity_cannot_be_connected_yet(scene, qtbot):
    entities = scene.layers["entities"]
    start_editing(scene, entities)
    feature = QgsFeature(entities.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*EMPTY_XY)))
    feature["name"] = "New Place"
    feature["entity_type"] = "hub"
    assert entities.addFeature(feature)
    tool = scene.make_tool()
    scene.click(EMPTY_XY)
    assert tool.source is None
    assert any("not saved yet" in m for m in scene.messages(Qgis.MessageLevel.Warning))
