"""DuplicateGuard: warn when an entity is added or renamed with a name close to a nearby entity's name.

Attached to an entities layer, it listens to the layer's edit buffer: ``featureAdded`` (a form or tool adds a new
entity) and ``attributeValueChanged`` on the name field (a rename). Both fire when the edit reaches the buffer,
before the user saves the layer, so the user can still delete the new entry or open the existing one. It is a
warning, never a block: a message bar item names the existing entity, its distance, and offers "Open existing"
(the existing entity's attribute form). Features being committed (new ids) and edits undone by a rollback are not
checked. The look-up reads the layer as the user sees it (saved features and the edit buffer), within
``radius_m`` metres of the entity, in EPSG:31370 (the ecosystem layer's CRS; other CRSs are transformed).
"""

from __future__ import annotations

import contextlib

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMessageBar, QgsMessageBarItem
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton

from ..core.intake.similarity import DEFAULT_RADIUS_M, SIMILARITY_THRESHOLD, Match, find_similar

WORKING_CRS = "EPSG:31370"
OPEN_EXISTING_OBJECT_NAME = "BrusselsCreativeOpenExisting"


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


class DuplicateGuard(QObject):
    """Warns in the message bar about near-duplicate entities; ``attach(layer)`` starts, ``detach()`` stops.

    ``duplicateFound`` carries the checked feature's id and the ids of the similar entities, best first.
    """

    duplicateFound = pyqtSignal("qint64", list)  # noqa: N815 (Qt signal names are camelCase)

    def __init__(
        self,
        iface,
        radius_m: float = DEFAULT_RADIUS_M,
        threshold: float = SIMILARITY_THRESHOLD,
        name_field: str = "name",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.iface = iface
        self.radius_m = radius_m
        self.threshold = threshold
        self.name_field = name_field
        self.layer: QgsVectorLayer | None = None
        self.warning: QgsMessageBarItem | None = None
        self._rolling_back = False

    # ---- life cycle -------------------------------------------------------------------------------------------
    def attach(self, layer: QgsVectorLayer) -> None:
        """Watch a layer's additions and renames (detaching from any previous layer)."""
        self.detach()
        self.layer = layer
        layer.featureAdded.connect(self._feature_added)
        layer.attributeValueChanged.connect(self._attribute_changed)
        layer.beforeRollBack.connect(self._before_rollback)
        layer.afterRollBack.connect(self._after_rollback)
        layer.willBeDeleted.connect(self.detach)

    def detach(self) -> None:
        """Stop watching the layer and withdraw a pending warning."""
        layer, self.layer = self.layer, None
        self._rolling_back = False
        self._pop_warning()
        if layer is None or sip.isdeleted(layer):
            return
        for signal, slot in (
            (layer.featureAdded, self._feature_added),
            (layer.attributeValueChanged, self._attribute_changed),
            (layer.beforeRollBack, self._before_rollback),
            (layer.afterRollBack, self._after_rollback),
            (layer.willBeDeleted, self.detach),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)

    def _before_rollback(self) -> None:
        self._rolling_back = True

    def _after_rollback(self) -> None:
        self._rolling_back = False

    # ---- checks -----------------------------------------------------------------------------------------------
    def _feature_added(self, fid: int) -> None:
        # New features in the edit buffer have negative ids; positive ones are features being committed.
        if fid < 0 and not self._rolling_back:
            self.check(fid)

    def _attribute_changed(self, fid: int, index: int, _value) -> None:
        if self._rolling_back or self.layer is None:
            return
        if index == self.layer.fields().indexOf(self.name_field):
            self.check(fid)

    def check(self, fid: int) -> list[Match]:
        """Look for similar names near one feature of the layer; warn when there are any. Returns the matches."""
        layer = self.layer
        if layer is None:
            return []
        feature = layer.getFeature(fid)
        if not feature.isValid() or not feature.hasGeometry() or feature.geometry().isEmpty():
            return []
        name = feature[self.name_field]
        if not name:
            return []
        matches = self.similar_entities(feature)
        if matches:
            self.warn(feature, matches)
            self.duplicateFound.emit(fid, [m.key for m in matches])
        return matches

    def similar_entities(self, feature: QgsFeature) -> list[Match]:
        """Return the layer's other entities within radius_m whose names are similar to the feature's."""
        layer = self.layer
        to_metres = QgsCoordinateTransform(
            layer.crs(), QgsCoordinateReferenceSystem(WORKING_CRS), QgsProject.instance().transformContext()
        )
        centre = to_metres.transform(feature.geometry().centroid().asPoint())
        box = QgsRectangle(
            centre.x() - self.radius_m, centre.y() - self.radius_m, centre.x() + self.radius_m,
            centre.y() + self.radius_m,
        )  # fmt: skip
        search = to_metres.transformBoundingBox(box, Qgis.TransformDirection.Reverse) if to_metres.isValid() else box
        request = QgsFeatureRequest().setFilterRect(search)
        candidates = []
        for other in layer.getFeatures(request):
            if other.id() == feature.id() or not other.hasGeometry() or other.geometry().isEmpty():
                continue
            point = to_metres.transform(other.geometry().centroid().asPoint())
            candidates.append((other.id(), other[self.name_field], point.x(), point.y()))
        return find_similar(feature[self.name_field], centre.x(), centre.y(), candidates, self.radius_m, self.threshold)

    # ---- warning ----------------------------------------------------------------------------------------------
    def warn(self, feature: QgsFeature, matches: list[Match]) -> QgsMessageBarItem:
        """Show the message bar warning with an "Open existing" button for the best match."""
        best = matches[0]
        text = tr("“{}” looks like “{}”, {} m away: open the existing entity, or carry on if they differ.").format(
            feature[self.name_field], best.name, round(best.distance_m)
        )
        if len(matches) > 1:
            text += " " + tr("({} more similar entities nearby)").format(len(matches) - 1)
        bar = self.iface.messageBar()
        self._pop_warning()
        item = QgsMessageBar.createMessage(tr("Possible duplicate"), text)
        button = QPushButton(tr("Open existing"), item)
        button.setObjectName(OPEN_EXISTING_OBJECT_NAME)
        button.clicked.connect(lambda _checked=False, fid=best.key: self.open_existing(fid))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Warning, 30)
        self.warning = item
        return item

    def _pop_warning(self) -> None:
        item, self.warning = self.warning, None
        if item is not None and not sip.isdeleted(item):
            self.iface.messageBar().popWidget(item)

    def open_existing(self, fid: int) -> None:
        """Open the attribute form of an existing entity of the layer."""
        layer = self.layer
        if layer is None or sip.isdeleted(layer):
            return
        feature = layer.getFeature(fid)
        if feature.isValid():
            self.iface.openFeatureForm(layer, feature)
