"""Low-level GeoPackage helpers on a plain sqlite3 connection: geometry blobs, ST_ functions, registration."""

from __future__ import annotations

import math
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

SRS_ID = 31370
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def point_blob(x: float, y: float, srs_id: int = SRS_ID) -> bytes:
    """Return a GeoPackage geometry blob (little endian, no envelope) for a 2-D point."""
    return struct.pack("<2sBBi", b"GP", 0, 0x01, srs_id) + struct.pack("<BIdd", 1, 1, x, y)


def wkb_blob(wkb: bytes, envelope: tuple[float, float, float, float], srs_id: int = SRS_ID) -> bytes:
    """Wrap WKB in a GeoPackage blob with an xy envelope (minx, maxx, miny, maxy)."""
    return struct.pack("<2sBBi", b"GP", 0, 0x03, srs_id) + struct.pack("<4d", *envelope) + bytes(wkb)


def blob_wkb_offset(blob: bytes) -> int:
    """Return the offset of the WKB inside a GeoPackage blob."""
    flags = blob[3]
    return 8 + 8 * _ENVELOPE_DOUBLES.get((flags >> 1) & 0x07, 0)


def blob_point_xy(blob: bytes | None) -> tuple[float, float] | None:
    """Return (x, y) of a point blob, or None for NULL, empty or non-point geometries."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    offset = blob_wkb_offset(blob)
    order = "<" if blob[offset] == 1 else ">"
    (geometry_type,) = struct.unpack_from(order + "I", blob, offset + 1)
    if geometry_type % 1000 != 1:
        return None
    x, y = struct.unpack_from(order + "dd", blob, offset + 5)
    if math.isnan(x) or math.isnan(y):
        return None
    return x, y


def _envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    if blob is None or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    flags = blob[3]
    order = "<" if flags & 0x01 else ">"
    if (flags >> 1) & 0x07:
        return struct.unpack_from(order + "4d", blob, 8)
    xy = blob_point_xy(blob)
    if xy is None:
        from osgeo import ogr  # only non-point geometries without an envelope need a parser

        geometry = ogr.CreateGeometryFromWkb(bytes(blob[blob_wkb_offset(blob) :]))
        if geometry is None or geometry.IsEmpty():
            return None
        return geometry.GetEnvelope()
    return xy[0], xy[0], xy[1], xy[1]


def _is_empty(blob: bytes | None) -> int | None:
    if blob is None:
        return None
    return 1 if _envelope(blob) is None else 0


def _envelope_part(index: int):
    def function(blob):
        envelope = _envelope(blob)
        return None if envelope is None else envelope[index]

    return function


def register_functions(connection: sqlite3.Connection) -> None:
    """Register the ST_ functions GeoPackage R-tree triggers call, so plain sqlite3 can write geometries."""
    connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, _envelope_part(index), deterministic=True)


def register_table(
    connection: sqlite3.Connection,
    table: str,
    description: str,
    geometry_type: str | None = None,
    geometry_column: str = "geom",
    srs_id: int = SRS_ID,
) -> None:
    """Register a user table in gpkg_contents (and gpkg_geometry_columns for a feature table)."""
    data_type = "features" if geometry_type else "attributes"
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, ?, ?, ?, ?)",
        (table, data_type, table, description, srs_id if geometry_type else None),
    )
    if geometry_type:
        connection.execute(
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
            "VALUES (?, ?, ?, ?, 0, 0)",
            (table, geometry_column, geometry_type, srs_id),
        )


def update_extent(connection: sqlite3.Connection, table: str, geometry_column: str = "geom") -> None:
    """Store the table's current extent in gpkg_contents (min_x, min_y, max_x, max_y)."""
    minx = miny = math.inf
    maxx = maxy = -math.inf
    for (blob,) in connection.execute(f'SELECT "{geometry_column}" FROM "{table}"'):
        envelope = _envelope(blob)
        if envelope is None:
            continue
        minx, maxx = min(minx, envelope[0]), max(maxx, envelope[1])
        miny, maxy = min(miny, envelope[2]), max(maxy, envelope[3])
    if math.isfinite(minx):
        connection.execute(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
            (minx, miny, maxx, maxy, table),
        )


@contextmanager
def gdal_exceptions() -> Iterator[None]:
    """Make GDAL raise Python exceptions inside the block, restoring the caller's setting after."""
    from osgeo import gdal

    previous = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        yield
    finally:
        if not previous:
            gdal.DontUseExceptions()


def read_only_uri(path: str | Path) -> str:
    """Return an SQLite URI opening the file read-only (any character in the path is escaped)."""
    return f"file:{quote(Path(path).resolve().as_posix())}?mode=ro"


def tolerant_text(text: bytes) -> str:
    """A text value of the file as Python text: invalid UTF-8 (written by another tool) becomes U+FFFD instead of
    stopping the read (Python's sqlite3 raises on it)."""
    return text.decode("utf-8", "replace")


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """Open a GeoPackage read-only: nothing can be written through this connection; invalid UTF-8 text reads as
    U+FFFD."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    connection.text_factory = tolerant_text
    return connection
