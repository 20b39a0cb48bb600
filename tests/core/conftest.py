"""Fixtures for the ecosystem GeoPackage tests: a small real file on disk, and helpers to edit it through QGIS layers
and to read it back with sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import sql_rows
from postgis_server import require_psycopg2
from qgis.core import QgsDataSourceUri, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer, QgsVectorLayerUtils

from brussels_creative.core.store import schema
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.postgis.connection import PostgisConnection
from brussels_creative.core.store.postgis.ecosystem import PostgisStore
from brussels_creative.core.store.postgis.store import connect, create_ecosystem

# Where the seeded entities stand (EPSG:31370, inside the Brussels region).
HUB_XY = (149_000.0, 170_000.0)
LAB_XY = (150_500.0, 168_500.0)
STUDIO_XY = (147_500.0, 171_000.0)

# Every table the plugin writes: a snapshot of them all shows a refused write left no trace anywhere.
PLUGIN_TABLES = tuple(schema.TABLE_DESCRIPTIONS)


class EcosystemHelpers:
    """Edits through QGIS layers and read-only queries on an ecosystem, in SQL both backends run (`?`
    placeholders). A backend gives layer(), rows() and write()."""

    layers: list
    plugin_tables = PLUGIN_TABLES

    def layer(self, table: str) -> QgsVectorLayer:
        raise NotImplementedError

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        raise NotImplementedError

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


    def value(self, sql: str, params: Sequence = ()):
        """The single value of a read-only query."""
        rows = self.rows(sql, params)
        assert len(rows) == 1 and len(rows[0]) == 1, rows
        return rows[0][0]

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row of every plugin table, in fid order."""
        return {table: self.rows(f"SELECT * FROM {table} ORDER BY fid") for table in self.plugin_tables}

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


@dataclass
class Ecosystem(EcosystemHelpers):
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

    # ---- sqlite3 ------------------------------------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Rows of a read-only query through a plain sqlite3 connection."""
        return sql_rows(self.path, sql, params)

    def write(self, sql: str, params: Sequence = ()) -> None:
        """One write by another client of the file (a plain sqlite3 connection)."""
        connection = sqlite3.connect(self.path)
        try:
            with connection:
                connection.execute(sql, params)
        finally:
            connection.close()

    def open_store(self) -> EcosystemStore:
        """The file's store, open for writing."""
        return EcosystemStore.open(self.path)

    def changed_by(self, name: str) -> str:
        """Who history names for a change the plugin made on behalf of `name`: that name, in a GeoPackage."""
        return name


def build_ecosystem(path: Path) -> Ecosystem:
    """Create a GeoPackage with EcosystemStore.create and seed it through the store's own write methods."""
    ecosystem = Ecosystem(path)
    with EcosystemStore.create(path) as store:
        ecosystem.uuids = seed(store)
    return ecosystem


def seed(store) -> dict[str, str]:
    """Three entities, their links and two relationships, written in one transaction through the store's API; the
    uuids by name."""
    with store.transaction():
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
    return {"hub": hub, "lab": lab, "studio": studio, "lab_member_of_hub": member, "studio_with_lab": collaboration}


@pytest.fixture
def ecosystem(release_qgis_layers, tmp_path: Path) -> Iterator[Ecosystem]:
    """A freshly created and seeded ecosystem GeoPackage in tmp_path, with QGIS running."""
    ecosystem = build_ecosystem(tmp_path / "ecosystem.gpkg")
    yield ecosystem
    ecosystem.close_layers()


@dataclass
class PostgisEcosystem(EcosystemHelpers):
    """The same seeded ecosystem in a schema of a real PostGIS database, read and written through the plugin's
    PostGIS connection (values come back as the GeoPackage gives them)."""

    dsn: str
    schema: str
    login: str
    uuids: dict[str, str] = field(default_factory=dict)
    xy: dict[str, tuple[float, float]] = field(
        default_factory=lambda: {"hub": HUB_XY, "lab": LAB_XY, "studio": STUDIO_XY}
    )

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Rows of a query on a connection of its own."""
        connection = PostgisConnection(connect(self.dsn), self.schema)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    layers: list[QgsVectorLayer] = field(default_factory=list)
    # the GeoPackage's change context is a table; PostGIS keeps it in settings of the transaction
    plugin_tables = tuple(table for table in PLUGIN_TABLES if table != "bc_change_context")

    def layer(self, table: str) -> QgsVectorLayer:
        """A fresh QGIS layer on one table of the schema, through the postgres provider."""
        uri = QgsDataSourceUri(self.dsn)
        geometry = {"entities": "geom", "municipalities": "geom", "relationship_lines": "geom"}.get(table)
        uri.setDataSource(self.schema, table, geometry, "", "fid")
        layer = QgsVectorLayer(uri.uri(False), table, "postgres")
        assert layer.isValid(), f"QGIS cannot open {table} in {self.schema}"
        self.layers.append(layer)
        return layer

    def write(self, sql: str, params: Sequence = ()) -> None:
        """One write by another client of the database."""
        connection = PostgisConnection(connect(self.dsn), self.schema)
        try:
            connection.execute(sql, params)
        finally:
            connection.close()

    def open_store(self) -> PostgisStore:
        """The schema's store."""
        return PostgisStore.open(self.dsn, self.schema, "tests")

    def changed_by(self, name: str) -> str:
        """Who history names for a change the plugin made on behalf of `name`: the database login, in PostGIS."""
        return self.login


@pytest.fixture(scope="session")
def postgis_template(postgis_server) -> str:
    """A database holding the seeded ecosystem in schema eco, copied (a file copy) for each test that needs it."""
    require_psycopg2()
    dsn = postgis_server.create_database("seeded_template")
    connection = connect(dsn)
    create_ecosystem(connection, "eco")
    connection.close()
    with PostgisStore.open(dsn, "eco") as store:
        uuids = seed(store)
    return uuids


@pytest.fixture(params=["geopackage", "postgis"])
def any_ecosystem(request, release_qgis_layers, tmp_path: Path):
    """The seeded ecosystem in a GeoPackage, then in PostGIS: tests written once run on both backends."""
    if request.param == "geopackage":
        ecosystem = build_ecosystem(tmp_path / "ecosystem.gpkg")
        yield ecosystem
        ecosystem.close_layers()
        return
    server = request.getfixturevalue("postgis_server")
    uuids = request.getfixturevalue("postgis_template")
    name = f"seeded_{abs(hash(request.node.nodeid)) % 10**12}"
    dsn = server.create_database(name, template="seeded_template")
    ecosystem = PostgisEcosystem(dsn, "eco", server.user, uuids)
    yield ecosystem
    ecosystem.close_layers()
    server.drop_database(name)


@pytest.fixture(scope="session")
def postgis_stores_database(postgis_server) -> str:
    """A database where each test that needs an empty ecosystem gets a schema of its own."""
    require_psycopg2()
    return postgis_server.create_database("empty_stores")


@pytest.fixture(params=["geopackage", "postgis"])
def empty_store(request, tmp_path: Path):
    """A new, empty ecosystem (vocabularies and municipalities only) open for writing: a GeoPackage, then a PostGIS
    schema."""
    if request.param == "geopackage":
        with EcosystemStore.create(tmp_path / "eco.gpkg") as store:
            yield store
        return
    dsn = request.getfixturevalue("postgis_stores_database")
    schema_name = f"eco_{abs(hash(request.node.nodeid)) % 10**12}"
    connection = connect(dsn)
    create_ecosystem(connection, schema_name)
    connection.close()
    with PostgisStore.open(dsn, schema_name, "tests") as store:
        yield store
