"""EcosystemStore: create, open, upgrade and write an ecosystem GeoPackage; the one entry point all code uses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import SchemaError, tr_noop
from . import gpkg, region, schema, taxonomy
from .base import StoreBase

PLUGIN_VERSION = "0.1.0"


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def read_schema_version(path: str | Path) -> int | None:
    """Return the schema version stored in a GeoPackage without writing to it (None: not an ecosystem file)."""
    path = Path(path)
    if not path.exists():
        raise SchemaError(tr_noop("{path}: no such file"), path=path)
    try:
        connection = gpkg.connect_read_only(path)
        try:
            row = connection.execute("SELECT value FROM bc_meta WHERE key = 'schema_version'").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return int(row[0]) if row else None


def checked_schema_version(file: str | Path, not_ecosystem: str, newer: str, /, **values: object) -> int:
    """Return the schema version of an ecosystem GeoPackage, one this plugin can read. SchemaError from the template
    `not_ecosystem` when the file has none, from `newer` when it is newer than this plugin's; the templates are
    filled with `values` (the file's under the name they use), and `newer` also with {version} and
    {SCHEMA_VERSION}."""
    version = read_schema_version(file)
    if version is None:
        raise SchemaError(not_ecosystem, **values)
    if version > schema.SCHEMA_VERSION:
        raise SchemaError(newer, **values, version=version, SCHEMA_VERSION=schema.SCHEMA_VERSION)
    return version


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    connection.text_factory = gpkg.tolerant_text
    gpkg.register_functions(connection)
    return connection


class EcosystemStore(StoreBase):
    """An open ecosystem GeoPackage. Writes go through `transaction()`: all or nothing."""

    database_errors = (sqlite3.DatabaseError,)

    def __init__(self, path: str | Path, connection: sqlite3.Connection) -> None:
        self.path = Path(path)
        self.connection = connection

    @property
    def name(self) -> str:
        """The file's name."""
        return self.path.name

    # ---- life cycle -------------------------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, overwrite: bool = False, schema_version: int = schema.SCHEMA_VERSION
    ) -> EcosystemStore:
        """Create a new ecosystem GeoPackage with every table, filled vocabularies and the municipalities."""
        from osgeo import ogr, osr

        path = Path(path)
        if path.suffix.lower() != ".gpkg":
            raise SchemaError(tr_noop("{path}: an ecosystem file must have the .gpkg extension"), path=path)
        if path.exists() and not overwrite:
            raise SchemaError(tr_noop("{path} already exists; choose another name or allow overwriting"), path=path)
        # The new file is built beside the target and replaces it only when complete (an old file survives failures).
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.stem + ".creating.gpkg")
        temporary.unlink(missing_ok=True)
        with gpkg.gdal_exceptions():
            dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(temporary))
            dataset = None  # noqa: F841 (closes the file)
        try:
            connection = _connect(temporary)
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(gpkg.SRS_ID)
            connection.execute(
                "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
                "definition, description) VALUES (?, ?, 'EPSG', ?, ?, ?)",
                (
                    "Belge 1972 / Belgian Lambert 72",
                    gpkg.SRS_ID,
                    gpkg.SRS_ID,
                    srs.ExportToWkt(),
                    "Belgian Lambert 72, metres",
                ),
            )
            store = cls(temporary, connection)
            store._apply_migrations(0, schema_version, fill=True)
            connection.close()
            _create_spatial_indexes(temporary, schema_version)
            temporary.replace(path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return cls(path, _connect(path))

    @classmethod
    def open(cls, path: str | Path, upgrade: bool = True) -> EcosystemStore:
        """Open an ecosystem GeoPackage; an older schema is upgraded (after a backup), a newer one refused."""
        path = Path(path)
        version = checked_schema_version(
            path, tr_noop("{path} is not a Brussels Creative ecosystem GeoPackage (no bc_meta schema version)"),
            tr_noop("{path} uses schema version {version}, newer than this plugin's {SCHEMA_VERSION}: update the "
                    "Brussels Creative plugin to open it (the file was not changed)"),
            path=path)
        if version < schema.SCHEMA_VERSION:
            if not upgrade:
                raise SchemaError(
                    tr_noop("{path} uses schema version {version}; it needs an upgrade"),
                    path=path, version=version)
            upgrade_file(path, version)
        return cls(path, _connect(path))

    @classmethod
    def open_read_only(cls, path: str | Path) -> EcosystemStore:
        """Open an ecosystem GeoPackage for reading only: no upgrade, nothing can be written (the GUI's reads)."""
        path = Path(path)
        if read_schema_version(path) is None:
            raise SchemaError(
                tr_noop("{path} is not a Brussels Creative ecosystem GeoPackage (no bc_meta schema version)"),
                path=path)
        return cls(path, gpkg.connect_read_only(path))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back entirely on any error."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # ---- schema -----------------------------------------------------------------------------------------------
    def _apply_migrations(self, from_version: int, to_version: int, fill: bool) -> None:
        connection = self.connection
        with self.transaction():
            schema.drop_triggers(connection)
            for version in range(from_version + 1, to_version + 1):
                statements, tables = schema.MIGRATIONS[version]
                for statement in statements():
                    connection.execute(statement)
                for table in tables:
                    description, geometry_type = schema.TABLE_DESCRIPTIONS[table]
                    gpkg.register_table(connection, table, description, geometry_type)
                if version == 1 and fill:
                    _fill_vocabularies(connection)
                    _fill_municipalities(connection)
                    connection.execute(
                        "INSERT INTO bc_meta (key, value) VALUES ('created_at', ?), ('schema_version', '0'), "
                        "('plugin_version', ?)",
                        (_now(), PLUGIN_VERSION),
                    )
                connection.execute("UPDATE bc_meta SET value = ? WHERE key = 'schema_version'", (str(version),))
            connection.execute("UPDATE bc_meta SET value = ? WHERE key = 'plugin_version'", (PLUGIN_VERSION,))
            schema.install_triggers(connection)
            connection.execute(
                "UPDATE gpkg_contents SET last_change = ? WHERE table_name IN "
                "(SELECT table_name FROM gpkg_contents)",
                (_now(),),
            )

    def refresh_extents(self) -> None:
        """Store the current extent of the spatial tables in gpkg_contents."""
        for table in ("entities", "relationship_lines", "municipalities"):
            gpkg.update_extent(self.connection, table)

    def extend_extent(self, xs: list[float], ys: list[float]) -> None:
        """Grow the entities' extent in gpkg_contents to hold these points (after an import)."""
        current = self.connection.execute(
            "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'entities'"
        ).fetchone()
        box = [min(xs), min(ys), max(xs), max(ys)]
        if current is not None and None not in current:
            box = [min(box[0], current[0]), min(box[1], current[1]), max(box[2], current[2]), max(box[3], current[3])]
        self.connection.execute(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = 'entities'", box
        )

    def has_project(self, name: str) -> bool:
        """True when the file holds a QGIS project of this name (table qgis_projects)."""
        exists = self.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'qgis_projects'"
        ).fetchone()
        return bool(exists) and bool(
            self.connection.execute("SELECT 1 FROM qgis_projects WHERE name = ?", (name,)).fetchone()
        )

def upgrade_file(path: str | Path, from_version: int) -> Path:
    """Back the file up beside itself, then upgrade it to the current schema in one transaction."""
    path = Path(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.schema{from_version}-backup-{stamp}{path.suffix}")
    # SQLite's online backup copies the committed database, including what still sits in a -wal file.
    source = sqlite3.connect(str(path))
    try:
        copy = sqlite3.connect(str(backup))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    store = EcosystemStore(path, _connect(path))
    try:
        store._apply_migrations(from_version, schema.SCHEMA_VERSION, fill=False)
    finally:
        store.close()
    _create_spatial_indexes(path, schema.SCHEMA_VERSION, from_version=from_version)
    return backup


def _create_spatial_indexes(path: Path, to_version: int, from_version: int = 0) -> None:
    from osgeo import gdal

    tables = [t for v in range(from_version + 1, to_version + 1) for t in schema.SPATIAL_INDEXED[v]]
    if not tables:
        return
    with gpkg.gdal_exceptions():
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        for table in tables:
            dataset.ExecuteSQL(f"SELECT CreateSpatialIndex('{table}', 'geom')")
        dataset = None


def _fill_vocabularies(connection: sqlite3.Connection) -> None:
    for table, row in taxonomy.vocabulary_rows():
        if "directed" in row:
            row["directed"] = int(row["directed"])
        connection.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                           list(row.values()))


def _fill_municipalities(connection: sqlite3.Connection) -> None:
    for nis, wkb, envelope in region.municipality_geometries():
        connection.execute(
            "INSERT INTO municipalities (geom, code, label_en, label_fr, label_nl, postcodes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (gpkg.wkb_blob(wkb, envelope), *taxonomy.municipality_row(nis)),
        )
    gpkg.update_extent(connection, "municipalities")
