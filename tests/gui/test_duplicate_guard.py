"""The duplicate guard on a real entities layer: warns about similar names within 250 m, offers the existing one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer, QgsVectorLayerUtils
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
from qgis.PyQt.QtWidgets import QPushButton

from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.gui.duplicate_guard import OPEN_EXISTING_OBJECT_NAME, DuplicateGuard

CAFE_XY = (149_000.0, 170_000.0)


def offset(dx: float, dy: float = 0.0) -> tuple[float, float]:
    """A point dx, dy metres from the existing café."""
    return CAFE_XY[0] + dx, CAFE_XY[1] + dy


@dataclass
class Guarded:
    """The guarded entities layer (in edit mode), its guard and what the guard reported."""

    path: Path
    fids: dict[str, int]
    layer: QgsVectorLayer
    guard: DuplicateGuard
    found: list[tuple[int, list[int]]] = field(default_factory=list)

    def add(self, name: str, xy: tuple[float, float]) -> int:
        """Add an entity to the edit buffer the way a form does; return its (new) feature id."""
        fields = self.layer.fields()
        feature = QgsVectorLayerUtils.createFeature(
            self.layer,
            QgsGeometry.fromPointXY(QgsPointXY(*xy)),
            {fields.indexOf("name"): name, fields.indexOf("entity_type"): "company"},
        )
        assert self.layer.addFeature(feature)
        return feature.id()

    def rename(self, fid: int, name: str) -> None:
        """Change an entity's name in the edit buffer."""
        assert self.layer.changeAttributeValue(fid, self.layer.fields().indexOf("name"), name)


@pytest.fixture
def guarded(release_qgis_layers, qgis_iface, qgis_canvas, qgis_new_project, tmp_path) -> Iterator[Guarded]:
    """Entities "Café Central" and a studio 120 m away, the layer in edit mode, a guard attached."""
    path = tmp_path / "eco.gpkg"
    with EcosystemStore.create(path) as store, store.transaction():
        store.add_entity(*CAFE_XY, name="Café Central", entity_type="company")
        store.add_entity(*offset(0, 120), name="Studio Molenbeek", entity_type="company")
    layer = QgsVectorLayer(f"{path}|layername=entities", "entities", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:31370"
    QgsProject.instance().addMapLayer(layer)
    fids = {f["name"]: f.id() for f in layer.getFeatures()}
    qgis_canvas.waitWhileRendering()  # editing switches the file to WAL mode: not while a render reads it
    assert layer.startEditing()
    guard = DuplicateGuard(qgis_iface)
    guarded = Guarded(path, fids, layer, guard)
    guard.duplicateFound.connect(lambda fid, keys: guarded.found.append((fid, keys)))
    guard.attach(layer)
    yield guarded
    guard.detach()
    qgis_canvas.waitWhileRendering()
    if layer.isEditable():
        layer.rollBack()
    QgsProject.instance().removeAllMapLayers()


def open_existing_button(guard: DuplicateGuard) -> QPushButton:
    """The "Open existing" button of the guard's message bar warning."""
    assert guard.warning is not None
    button = guard.warning.findChild(QPushButton, OPEN_EXISTING_OBJECT_NAME)
    assert button is not None and button.text() == "Open existing"
    return button


def test_a_near_duplicate_within_250_m_warns_and_offers_the_existing_entity(guarded, qgis_iface):
    new = guarded.add("cafe central asbl", offset(100))
    assert guarded.found == [(new, [guarded.fids["Café Central"]])]
    warning = guarded.guard.warning
    assert warning in qgis_iface.messageBar().items()
    assert "“cafe central asbl” looks like “Café Central”, 100 m away" in warning.text()
    assert warning.title() == "Possible duplicate"

    open_existing_button(guarded.guard).click()
    qgis_iface.openFeatureForm.assert_called_once()
    layer, feature = qgis_iface.openFeatureForm.call_args.args[:2]
    assert layer is guarded.layer
    assert feature.id() == guarded.fids["Café Central"] and feature["name"] == "Café Central"


def test_it_is_a_warning_the_new_entity_can_still_be_saved(guarded):
    guarded.add("Cafe Central", offset(30))
    assert len(guarded.found) == 1
    assert guarded.layer.commitChanges()
    assert len(guarded.found) == 1  # the commit's new ids are not checked again
    connection = sqlite3.connect(f"file:{guarded.path.as_posix()}?mode=ro", uri=True)
    names = [row[0] for row in connection.execute("SELECT name FROM entities ORDER BY fid")]
    connection.close()
    assert names == ["Café Central", "Studio Molenbeek", "Cafe Central"]


@pytest.mark.parametrize(
    ("name", "xy"),
    [
        ("Café Central", offset(400)),  # same name, 400 m away
        ("Café Central", offset(0, 260)),  # same name, just beyond 250 m
        ("Atelier Ça Va", offset(20)),  # a different name next door
        ("Café Central 2", offset(20)),  # numbered: a different place
    ],
)
def test_no_warning_for_a_distant_entity_or_a_different_name(guarded, name, xy):
    guarded.add(name, xy)
    assert guarded.found == []
    assert guarded.guard.warning is None


def test_renaming_an_entity_to_a_nearby_name_warns(guarded):
    studio = guarded.fids["Studio Molenbeek"]
    guarded.rename(studio, "Studio Molenbeek asbl")  # its own old name does not count
    assert guarded.found == []
    guarded.rename(studio, "CAFÉ CENTRAL")
    assert guarded.found == [(studio, [guarded.fids["Café Central"]])]
    guarded.layer.changeAttributeValue(studio, guarded.layer.fields().indexOf("website"), "https://studio.brussels")
    assert len(guarded.found) == 1  # other fields are not checked


def test_an_entity_saved_by_the_attribute_form_is_checked(guarded):
    feature = QgsVectorLayerUtils.createFeature(guarded.layer, QgsGeometry.fromPointXY(QgsPointXY(*offset(60))))
    context = QgsAttributeEditorContext()
    form = QgsAttributeForm(guarded.layer, feature, context)
    try:
        form.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
        form.changeAttribute("name", "Cafe Centrall")
        form.changeAttribute("entity_type", "company")
        assert form.save()
    finally:
        form.deleteLater()
    assert len(guarded.found) == 1 and guarded.found[0][1] == [guarded.fids["Café Central"]]
    assert "“Cafe Centrall” looks like “Café Central”, 60 m away" in guarded.guard.warning.text()


def test_the_nearest_best_match_comes_first_and_the_others_are_counted(guarded):
    guarded.add("Cafe Central", offset(-200))
    guarded.found.clear()
    new = guarded.add("Café Central", offset(50))
    assert guarded.found[0][0] == new and len(guarded.found[0][1]) == 2
    assert guarded.found[0][1][0] == guarded.fids["Café Central"]  # equal scores: the nearer one first
    assert "(1 more similar entities nearby)" in guarded.guard.warning.text()


def test_rollback_and_detach_stop_the_warnings(guarded, qgis_iface):
    studio = guarded.fids["Studio Molenbeek"]
    guarded.rename(studio, "Café Central")
    assert len(guarded.found) == 1
    guarded.layer.rollBack()  # undoing the rename changes the name back: not a user's edit
    assert len(guarded.found) == 1
    assert guarded.layer.startEditing()
    guarded.guard.detach()
    assert guarded.guard.warning is None  # the pending warning is withdrawn
    guarded.add("Cafe Central", offset(10))
    assert len(guarded.found) == 1
    guarded.guard.attach(guarded.layer)
    guarded.add("Cafe Central", offset(-10))
    assert len(guarded.found) == 2
