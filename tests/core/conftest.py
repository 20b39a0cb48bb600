"""Fixtures for the ecosystem GeoPackage tests: a small real file on disk, and helpers to edit it through QGIS layers
and to read it back with sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer, QgsVectorLayerUtils

from brussels_creative.core.store import schema
from brussels_creative.core.store.ecosystem import EcosystemStore

# Where the seeded entities stand (EPSG:31370, inside the Brussels region).
HUB_XY = (149_000.0, 170_000.0)
LAB_XY = (150_500.0, 168_500.0)
STUDIO_XY = (147_500.0, 171_000.0)

# Every table the plugin writes: a snapshot of them all shows a refused write left no trace anywhere.
PLUGIN_TABLES = tuple(schema.TABLE_DESCRIPTIONS)


@dataclass
class Ecosystem:
    """A real ecosystem GeoPackage on disk with three entities, their links and two relationships.

    ``uuids`` maps "hub", "lab", "studio" to the entities' uuids and "lab_member_of_hub", "studio_with_lab" to the
    relationships' uuids; ``xy`` maps the entities to their points.
    """

    path: Path
    uuids: dict[str, str] = field(default_factory=dict)
    layers: list[QgsVectorLayer] = field(default_factory=list)
    xy: dict[str, tuple[float, float]] = field(
        default_factory=lambda: {"hub": HUB_XY, "lab": LAB_XY, "studio": STUDIO_XY}
    )

    # ---- QGIS ---------------------------------------------------------------------------------------------------
    def layer(self, table: str) -> QgsVectorLayer:
        """A fresh QGIS layer on one table of the file, through the OGR provider as QGIS users open it."""
        layer = QgsVectorLayer(f"{self.path}|layername={table}", table, "ogr")
        assert layer.isValid(), f"QGIS cannot open {table} in {self.path}"
        self.layers.append(layer)
        return layer

    def close_layers(self) -> None:
        """Roll back any editing session a failed test left open and release the layers."""
        for layer in self.layers:
            if layer.isEditable():
                layer.rollBack()
        self.layers.clear()

    def new_feature(self, layer: QgsVectorLayer, xy: tuple[float, float] | None = None, **values) -> QgsFeature:
        """A feature as a QGIS form makes it (provider defaults applied), with the given values set."""
        geometry = QgsGeometry.fromPointXY(QgsPointXY(*xy)) if xy is not None else QgsGeometry()
        feature = QgsVectorLayerUtils.createFeature(layer, geometry)
        for name, value in values.items():
            assert layer.fields().indexOf(name) >= 0, f"{layer.name()} has no field {name}"
            feature.setAttribute(name, value)
        return feature

    def set_value(self, layer: QgsVectorLayer, fid: int, name: str, value) -> None:
        """Change one attribute in the layer's edit buffer."""
        index = layer.fields().indexOf(name)
        assert index >= 0, f"{layer.name()} has no field {name}"
        assert layer.changeAttributeValue(fid, index, value)

    def qgis_rows(self, table: str) -> list[tuple]:
        """Every feature of a table as QGIS reads it from a fresh layer: (fid, attributes..., geometry WKT)."""
        layer = self.layer(table)
        rows = [(f.id(), *f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]
        return sorted(rows, key=lambda row: row[0])

    # ---- sqlite3 ------------------------------------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Rows of a read-only query through a plain sqlite3 connection."""
        connection = sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def value(self, sql: str, params: Sequence = ()):
        """The single value of a read-only query."""
        rows = self.rows(sql, params)
        assert len(rows) == 1 and len(rows[0]) == 1, rows
        return rows[0][0]

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row of every plugin table, in fid order."""
        return {table: self.rows(f"SELECT * FROM {table} ORDER BY fid") for table in PLUGIN_TABLES}

    def fid(self, table: str, column: str, value) -> int:
        """The fid of the one row of a table whose column holds the value."""
        return self.value(f"SELECT fid FROM {table} WHERE {column} = ?", (value,))

    def last_history_fid(self) -> int:
        """The fid of the newest history row (0 when there is none)."""
        return self.value("SELECT coalesce(max(fid), 0) FROM history")

    def history_since(self, fid: int) -> list[tuple]:
        """History rows written after the given history fid: (action, table_name, row_uuid, old_values, new_values)."""
        return self.rows(
            "SELECT action, table_name, row_uuid, old_values, new_values FROM history WHERE fid > ? ORDER BY fid",
            (fid,),
        )


def build_ecosystem(path: Path) -> Ecosystem:
    """Create a GeoPackage with EcosystemStore.create and seed it through the store's own write methods."""
    ecosystem = Ecosystem(path)
    with EcosystemStore.create(path) as store, store.transaction():
        hub = store.add_entity(
            *HUB_XY,
            name="Hub Centrale",
            entity_type="hub",
            municipality="21004",
            postcode="1000",
            size_class="small",
            email="hello@hub.brussels",
            website="https://hub.brussels",
            founded_year=2010,
        )
        lab = store.add_entity(*LAB_XY, name="Lab Ixelles", entity_type="fablab", municipality="21009", postcode="1050")
        studio = store.add_entity(*STUDIO_XY, name="Studio Molenbeek", entity_type="company", municipality="21012")
        store.set_links("entity_sectors", hub, ["music", "design"], primary="music")
        store.set_links("entity_services", hub, ["training"])
        store.set_links("entity_audiences", hub, ["artists"])
        store.set_links("entity_sectors", lab, ["design"], primary="design")
        store.set_links("entity_services", lab, ["prototyping"])
        member = store.add_relationship(lab, hub, "member_of")
        collaboration = store.add_relationship(studio, lab, "collaborates_with")
    ecosystem.uuids = {
        "hub": hub,
        "lab": lab,
        "studio": studio,
        "lab_member_of_hub": member,
        "studio_with_lab": collaboration,
    }
    return ecosystem


@pytest.fixture
def ecosystem(release_qgis_layers, tmp_path: Path) -> Iterator[Ecosystem]:
    """A freshly created and seeded ecosystem GeoPackage in tmp_path, with QGIS running."""
    ecosystem = build_ecosystem(tmp_path / "ecosystem.gpkg")
    yield ecosystem
    ecosystem.close_layers()
