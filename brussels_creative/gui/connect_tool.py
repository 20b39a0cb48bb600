"""Map tool "Connect entities": click a source entity, click a target, choose the relation, and it is stored.

The relationship is written through the project's ``relationships`` layer of the entities' ecosystem, in a GeoPackage
or in PostGIS (or a layer opened on the fly when the project has none), so the file's or the database's rules
validate it:
- layer not in edit mode: the tool starts editing, adds the feature and commits at once; a refused write is rolled
  back and the rule's message is shown in the message bar;
- layer already in edit mode (the user is editing relationships): the feature joins the user's edit buffer and is
  stored when the user saves the layer; committing for them would also save their other pending edits. The
  ``relationship_lines`` layer is then refreshed after that save.
"""

from __future__ import annotations

import uuid as uuid_module
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent
from qgis.PyQt.QtWidgets import QDialog

from ..core.store.sources import EcosystemSource
from ..layers.ecosystem_layers import find_table_layer, layer_ecosystem, table_layer
from .connect_dialog import ConnectDialog, RelationChoice

TOLERANCE_PX = 8
RELATIONSHIPS = "relationships"
RELATIONSHIP_LINES = "relationship_lines"


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


# ---- layers of the same ecosystem -------------------------------------------------------------------------------
def layer_table(layer: QgsVectorLayer) -> tuple[Path | None, str | None]:
    """Return (GeoPackage path, table name) of an OGR layer; (None, None) for other layers."""
    if layer is None or layer.providerType() != "ogr":
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None, None
    return Path(path).resolve(), parts.get("layerName") or None


def refresh_layer(layer: QgsVectorLayer | None) -> None:
    """Make a layer re-read its data source and repaint (rows written by the file's triggers appear)."""
    if layer is None:
        return
    layer.dataProvider().reloadData()
    layer.updateExtents()
    layer.triggerRepaint()


def explain_write_error(errors: list[str]) -> str:
    """Turn QGIS commit errors into the rule's message ("bc_relationship_unique: …")."""
    text = " ".join(line.strip() for line in errors if line.strip())
    if "UNIQUE constraint failed: relationships.from_uuid" in text:
        return tr("bc_relationship_unique: this relationship already exists (same source, target and type)")
    start = text.find("bc_")
    if start >= 0:
        return text[start:]
    for marker in ("constraint failed:", "failed to execute insert :"):
        start = text.find(marker)
        if start >= 0:
            return text[start + len(marker) :].strip() or text
    return text or tr("the GeoPackage refused the write")


class ConnectEntitiesTool(QgsMapTool):
    """Click a source entity, then a target entity, choose the relation in a dialog: the relationship is stored.

    Escape or a right click cancels the current pick. ``relationshipCreated`` carries the new relationship's uuid
    (emitted when it is committed, or added to the edit buffer of a relationships layer the user is editing).
    """

    relationshipCreated = pyqtSignal(str)  # noqa: N815 (Qt signal names are camelCase)

    def __init__(self, iface, entities_layer: QgsVectorLayer) -> None:
        super().__init__(iface.mapCanvas())
        self.iface = iface
        self.entities_layer = entities_layer
        self.source: QgsFeature | None = None
        self.dialog: ConnectDialog | None = None
        self.highlight: QgsRubberBand | None = None
        self._buffered_layers: set[str] = set()
        self._ecosystem: EcosystemSource | None = None
        self.setCursor(Qt.CrossCursor)

    # ---- messages ---------------------------------------------------------------------------------------------
    def _message(self, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info, duration: int = 4) -> None:
        self.iface.messageBar().pushMessage(tr("Connect entities"), text, level=level, duration=duration)

    # ---- picking ----------------------------------------------------------------------------------------------
    def ecosystem(self) -> EcosystemSource | None:
        """The ecosystem of the entities layer (a GeoPackage or a PostGIS schema), found once."""
        if self._ecosystem is None:
            self._ecosystem = layer_ecosystem(self.entities_layer)
        return self._ecosystem

    def entity_at(self, map_point: QgsPointXY) -> QgsFeature | None:
        """Return the entity nearest to a map point within TOLERANCE_PX pixels, or None."""
        canvas = self.canvas()
        tolerance = TOLERANCE_PX * canvas.mapUnitsPerPixel()
        box = QgsRectangle(
            map_point.x() - tolerance, map_point.y() - tolerance, map_point.x() + tolerance, map_point.y() + tolerance
        )
        layer = self.entities_layer
        request = QgsFeatureRequest().setFilterRect(self.toLayerCoordinates(layer, box))
        click = QgsGeometry.fromPointXY(self.toLayerCoordinates(layer, map_point))
        best, best_distance = None, None
        for feature in layer.getFeatures(request):
            if not feature.hasGeometry():
                continue
            distance = feature.geometry().distance(click)
            if best_distance is None or distance < best_distance:
                best, best_distance = feature, distance
        return best

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:
        """Pick the source, then the target entity; a right click cancels."""
        if event.button() == Qt.RightButton:
            self.cancel()
            return
        if event.button() != Qt.LeftButton:
            return
        feature = self.entity_at(event.mapPoint())
        if feature is None:
            self._message(tr("No entity here: click on an entity point"), Qgis.MessageLevel.Warning)
            return
        if feature.id() < 0 or not feature["uuid"]:
            self._message(
                tr("“{}” is not saved yet: save the entities layer before connecting it").format(feature["name"]),
                Qgis.MessageLevel.Warning,
            )
            return
        if self.source is None:
            self._pick_source(feature)
            return
        if feature["uuid"] == self.source["uuid"]:
            self._message(
                tr("A relation needs two different entities: click another entity as the target"),
                Qgis.MessageLevel.Warning,
            )
            return
        source, self.source = self.source, None
        try:
            choice = self.ask_relation(source, feature)
        finally:
            self.clear_highlight()
        if choice is not None:
            self.connect(source, feature, choice)

    def _pick_source(self, feature: QgsFeature) -> None:
        self.source = feature
        self.clear_highlight()
        band = QgsRubberBand(self.canvas(), Qgis.GeometryType.Point)
        band.setIcon(QgsRubberBand.ICON_CIRCLE)
        band.setIconSize(16)
        band.setWidth(3)
        band.setColor(QColor(230, 0, 126))
        band.setToGeometry(feature.geometry(), self.entities_layer)
        self.highlight = band
        self._message(tr("Source: “{}”. Now click the target entity (Esc cancels)").format(feature["name"]))

    def clear_highlight(self) -> None:
        """Remove the source highlight from the map."""
        if self.highlight is not None:
            self.highlight.reset(Qgis.GeometryType.Point)
            self.canvas().scene().removeItem(self.highlight)
            self.highlight = None

    def cancel(self) -> None:
        """Forget the picked source and clear its highlight."""
        if self.source is not None:
            self._message(tr("Connection cancelled"))
        self.source = None
        self.clear_highlight()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels the current pick."""
        if event.key() == Qt.Key_Escape:
            self.cancel()
            event.accept()
        else:
            event.ignore()

    def deactivate(self) -> None:
        """Cancel the pick when the user switches to another tool."""
        self.source = None
        self.clear_highlight()
        super().deactivate()

    # ---- choosing and storing ---------------------------------------------------------------------------------
    def ask_relation(self, source: QgsFeature, target: QgsFeature) -> RelationChoice | None:
        """Show the connect dialog (exposed as ``self.dialog`` while open); None when cancelled."""
        ecosystem = self.ecosystem()
        if ecosystem is None:
            self._message(tr("The layer is not the entities layer of an ecosystem"), Qgis.MessageLevel.Critical, 0)
            return None
        self.dialog = ConnectDialog(
            str(source["name"]), str(target["name"]), ecosystem.relation_types(), parent=self.iface.mainWindow()
        )
        try:
            if self.dialog.exec_() != QDialog.Accepted:
                return None
            return self.dialog.choice()
        finally:
            self.dialog.deleteLater()
            self.dialog = None

    def relationships_layer(self) -> QgsVectorLayer | None:
        """Return the project's relationships layer of the same ecosystem, or one opened on the fly."""
        ecosystem = self.ecosystem()
        if ecosystem is None:
            return None
        layer = find_table_layer(ecosystem, RELATIONSHIPS) or table_layer(ecosystem, RELATIONSHIPS, RELATIONSHIPS)
        return layer if layer.isValid() else None

    def refresh_lines(self) -> None:
        """Reload the project's relationship_lines layer of the same ecosystem, so new lines appear."""
        ecosystem = self.ecosystem()
        if ecosystem is not None:
            refresh_layer(find_table_layer(ecosystem, RELATIONSHIP_LINES))

    def connect(self, source: QgsFeature, target: QgsFeature, choice: RelationChoice) -> str | None:
        """Store the relationship through the relationships layer; returns its uuid, None when refused."""
        layer = self.relationships_layer()
        if layer is None:
            self._message(tr("Cannot open the relationships table of this ecosystem"), Qgis.MessageLevel.Critical, 0)
            return None
        first, second = (target, source) if choice.swapped else (source, target)
        relationship_uuid = str(uuid_module.uuid4())
        values = {
            "uuid": relationship_uuid,
            "from_uuid": first["uuid"],
            "to_uuid": second["uuid"],
            "relation_type": choice.relation_type,
            "since": choice.since,
            "note": choice.note,
        }
        fields = layer.fields()
        attributes = {fields.indexOf(name): value for name, value in values.items() if fields.indexOf(name) >= 0}
        feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry(), attributes)
        created_by = fields.indexOf("created_by")
        if created_by >= 0 and not feature.attribute(created_by):
            feature.setAttribute(created_by, QgsApplication.userLoginName())
        reading = f"{first['name']} — {choice.label or choice.relation_type} — {second['name']}"

        if layer.isEditable():
            if not layer.addFeature(feature):
                self._message(tr("Could not add the relationship to the edit buffer"), Qgis.MessageLevel.Critical, 0)
                return None
            self._refresh_lines_after_save(layer)
            self._message(
                tr("Relationship {} added to the edits of layer “{}”: save the layer to store it").format(
                    reading, layer.name()
                ),
                Qgis.MessageLevel.Info,
                8,
            )
            self.relationshipCreated.emit(relationship_uuid)
            return relationship_uuid

        # Editing switches the GeoPackage to WAL mode, which breaks the canvas's read-only connections mid-render:
        # stop rendering first (the map is refreshed after the write).
        self.canvas().stopRendering()
        if not layer.startEditing():
            self._message(tr("The relationships table cannot be edited (read-only file?)"), Qgis.MessageLevel.Critical)
            return None
        if not (layer.addFeature(feature) and layer.commitChanges()):
            reason = explain_write_error(layer.commitErrors())
            layer.rollBack()
            self._message(tr("Relationship not stored: {}").format(reason), Qgis.MessageLevel.Critical, duration=0)
            return None
        self.refresh_lines()
        self._message(tr("Relationship stored: {}").format(reading), Qgis.MessageLevel.Success)
        self.relationshipCreated.emit(relationship_uuid)
        return relationship_uuid

    def _refresh_lines_after_save(self, layer: QgsVectorLayer) -> None:
        if layer.id() in self._buffered_layers:
            return
        self._buffered_layers.add(layer.id())
        layer.afterCommitChanges.connect(self.refresh_lines)
