"""Copy an ecosystem between a GeoPackage and a PostgreSQL/PostGIS schema, both ways, losing nothing: every row of
every table with its fid, uuids and dates, the history as it was written (its rows are copied, not re-made by the
target's triggers), proposals, portfolios and KPI snapshots.

A copy is made in one transaction into a new target: a new schema (nothing of it left on any error) or a new
GeoPackage (built beside its path and moved there when complete). A column of the source with no place in the target
is refused by name rather than dropped."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ... import errors
from .. import gpkg, schema
from ..ecosystem import EcosystemStore
from .migrations import LATEST_VERSION, check_schema_name, schema_version
from .relation import as_geopackage_sql, table_columns
from .store import create_ecosystem

# In the order rows can be written (references first). relationship_lines is made by each side from relationships
# (a view in PostGIS, a trigger-kept table in the GeoPackage); bc_change_context is empty outside a write.
TABLES = (
    *schema.LOOKUP_TABLES,
    "municipalities",
    "entities",
    *schema.LINK_TABLES,
    "relationships",
    "history",
    "proposals",
    "portfolios",
    "kpi_snapshots",
)
BATCH = 2000
Progress = Callable[[str, int], bool]  # (table, rows copied so far) -> keep going


@dataclass
class CopyReport:
    """What a copy wrote: rows per table."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """All rows copied."""
        return sum(self.rows.values())


# ---- PostgreSQL columns --------------------------------------------------------------------------------------
def _pg_write_placeholder(pg_type: str) -> str:
    """SQL taking a GeoPackage value into a PostgreSQL column."""
    if pg_type.startswith("geometry"):
        return f"ST_GeomFromWKB(%s, {gpkg.SRS_ID})"
    if pg_type == "boolean":
        return "%s::integer::boolean"
    return "%s"


# ---- GeoPackage geometry blobs -------------------------------------------------------------------------------
def _blob_to_wkb(blob: bytes | None) -> bytes | None:
    return None if blob is None else bytes(blob[gpkg.blob_wkb_offset(blob):])


def _wkb_to_blob(wkb: bytes | None) -> bytes | None:
    """The GeoPackage blob GDAL writes: points without an envelope, other geometries with their xy envelope."""
    if wkb is None:
        return None
    wkb = bytes(wkb)
    order = "<" if wkb[0] == 1 else ">"
    (geometry_type,) = struct.unpack_from(order + "I", wkb, 1)
    if geometry_type % 1000 == 1:
        return struct.pack("<2sBBi", b"GP", 0, 0x01 if wkb[0] == 1 else 0x00, gpkg.SRS_ID) + wkb
    from osgeo import ogr

    geometry = ogr.CreateGeometryFromWkb(wkb)
    return gpkg.wkb_blob(wkb, geometry.GetEnvelope())


# ---- GeoPackage → PostGIS ------------------------------------------------------------------------------------
def _gpkg_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _gpkg_rows(connection: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[list]:
    """The table's rows in fid order; a text that is not UTF-8 is refused by table and row."""
    selected = ", ".join(f'"{c}"' for c in columns)
    last = None
    try:
        for row in connection.execute(f'SELECT {selected} FROM "{table}" ORDER BY fid'):
            last = row[0]
            yield list(row)
    except sqlite3.OperationalError as error:
        raise errors.ValidationError(
            errors.tr_noop("{table}: the row after fid {fid} holds text that is not UTF-8 ({error}); correct it in the "
                           "GeoPackage first"), table=table, fid=last, error=str(error)) from error


def _missing_columns(table: str, source: list[str], target: list[str]) -> None:
    lost = [c for c in source if c not in target]
    if lost:
        raise errors.ValidationError(
            errors.tr_noop("{table}: the columns {columns} have no place in the target; the copy would lose them"),
            table=table, columns=", ".join(lost))


def copy_geopackage_to_postgis(path: str | Path, connection, schema_name: str,
                               progress: Progress | None = None) -> CopyReport:
    """Copy the ecosystem GeoPackage into a new schema of the connection's database, in one transaction."""
    from psycopg2.extras import execute_values

    check_schema_name(schema_name)
    report = CopyReport()
    with EcosystemStore.open(path) as store:
        source = store.connection
        source.text_factory = str

        def fill(cursor) -> None:
            for table in TABLES:
                columns = _gpkg_columns(source, table)
                target = table_columns(cursor, f'"{schema_name}"."{table}"')
                _missing_columns(table, columns, list(target))
                cursor.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
                cursor.execute(f'DELETE FROM "{table}"')
                template = "(" + ", ".join(_pg_write_placeholder(target[c]) for c in columns) + ")"
                names = ", ".join(f'"{c}"' for c in columns)
                geometry = [i for i, c in enumerate(columns) if target[c].startswith("geometry")]
                report.rows[table] = 0
                for batch in _batches(_gpkg_rows(source, table, columns)):
                    for row in batch:
                        for i in geometry:
                            row[i] = _blob_to_wkb(row[i])
                    execute_values(cursor, f'INSERT INTO "{table}" ({names}) VALUES %s', batch, template,
                                   page_size=BATCH)
                    report.rows[table] += len(batch)
                    if progress is not None and not progress(table, report.rows[table]):
                        raise errors.CanceledError(errors.tr_noop("the copy was canceled; nothing was written"))
                cursor.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'fid'), "
                               f'coalesce((SELECT max(fid) FROM "{table}"), 0) + 1, false)')
            _copy_meta(source.execute("SELECT key, value FROM bc_meta WHERE key <> 'schema_version'").fetchall(),
                       lambda key, value: cursor.execute(
                           "INSERT INTO bc_meta (key, value) VALUES (%s, %s) ON CONFLICT (key) "
                           "DO UPDATE SET value = excluded.value", (key, value)))

        create_ecosystem(connection, schema_name, seed=fill)
    return report


def _batches(rows: Iterator[list]) -> Iterator[list[list]]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy_meta(rows: list[tuple[str, str]], write: Callable[[str, str], object]) -> None:
    """bc_meta's keys but the schema version (each side numbers its own)."""
    for key, value in rows:
        write(key, value)


# ---- PostGIS → GeoPackage ------------------------------------------------------------------------------------
def copy_postgis_to_geopackage(connection, schema_name: str, path: str | Path, overwrite: bool = False,
                               progress: Progress | None = None) -> CopyReport:
    """Copy the ecosystem in the schema into a new GeoPackage, made complete beside its path, then moved there."""
    check_schema_name(schema_name)
    version = schema_version(connection, schema_name)
    connection.rollback()
    if version == 0:
        raise errors.ValidationError(errors.tr_noop("SCHEMA: {schema} holds no ecosystem"), schema=schema_name)
    if version != LATEST_VERSION:  # a copy only reads: upgrading the team's schema is not its job
        raise errors.SchemaError(errors.tr_noop("SCHEMA: {schema} is at version {version}, this plugin copies "
                                                "version {latest}: its curator upgrades it first"),
                                 schema=schema_name, version=version, latest=LATEST_VERSION)
    path = Path(path)
    if path.exists() and not overwrite:
        raise errors.SchemaError(errors.tr_noop("{path} already exists; choose another name or allow overwriting"),
                                 path=path)
    building = path.with_name(path.stem + ".copying.gpkg")
    report = CopyReport()
    try:
        with EcosystemStore.create(building, overwrite=True) as store, connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")  # one consistent state
            target = store.connection
            with store.transaction():
                schema.drop_triggers(target)
                for table in TABLES:
                    _copy_table_out(cursor, schema_name, target, table, report, progress)
                schema.rebuild_relationship_lines(target)
                cursor.execute(f'SELECT key, value FROM "{schema_name}".bc_meta WHERE key <> %s', ("schema_version",))
                _copy_meta(cursor.fetchall(), lambda key, value: target.execute(
                    "INSERT INTO bc_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                    "excluded.value", (key, value)))
                schema.install_triggers(target)
                store.refresh_extents()
            connection.rollback()
        building.replace(path)
    except BaseException:
        connection.rollback()
        building.unlink(missing_ok=True)
        raise
    return report


def _copy_table_out(cursor, schema_name: str, target: sqlite3.Connection, table: str, report: CopyReport,
                    progress: Progress | None) -> None:
    columns = table_columns(cursor, f'"{schema_name}"."{table}"')
    _missing_columns(table, list(columns), _gpkg_columns(target, table))
    names = list(columns)
    geometry = [i for i, c in enumerate(names) if columns[c].startswith("geometry")]
    target.execute(f'DELETE FROM "{table}"')
    selected = ", ".join(as_geopackage_sql(c, columns[c]) for c in names)
    insert = (f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in names)}) '
              f"VALUES ({', '.join('?' * len(names))})")
    cursor.execute(f'SELECT {selected} FROM "{schema_name}"."{table}" ORDER BY fid')
    report.rows[table] = 0
    while batch := cursor.fetchmany(BATCH):
        rows = [list(row) for row in batch]
        for row in rows:
            for i in geometry:
                row[i] = _wkb_to_blob(row[i])
        target.executemany(insert, rows)
        report.rows[table] += len(rows)
        if progress is not None and not progress(table, report.rows[table]):
            raise errors.CanceledError(errors.tr_noop("the copy was canceled; nothing was written"))
