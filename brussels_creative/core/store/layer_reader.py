"""Fast reads of any point layer: a GeoPackage table straight from SQLite, other OGR sources (GeoJSON, shapefile,
FlatGeobuf, CSV...) through GDAL's Arrow stream. Coordinates come as numpy arrays in the layer's own SRS, with the
fids and the requested columns, as QGIS's OGR provider would give them; a source or a column these readers cannot
give exactly raises NotFastReadableError, and the caller reads it another way."""

from __future__ import annotations

import json
import math
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import BrusselsCreativeError
from . import gpkg


class NotFastReadableError(BrusselsCreativeError):
    """The source (or a requested column) cannot be read exactly by the fast readers."""


@dataclass(frozen=True)
class LayerSrs:
    """The spatial reference a layer declares: organisation and code (e.g. EPSG, 4326) and its WKT definition."""

    organization: str | None
    code: int | None
    definition: str | None

    def authid(self) -> str | None:
        """'ORG:code' when both are known, else None."""
        if self.organization and self.code is not None and self.organization.upper() != "NONE":
            return f"{self.organization.upper()}:{self.code}"
        return None


@dataclass
class LayerPoints:
    """Points of a layer in its own SRS: one row per point (a multipoint's points share their feature's fid and
    values); features without a usable point are counted in `skipped`."""

    x: np.ndarray
    y: np.ndarray
    fids: np.ndarray
    columns: dict[str, list] = field(default_factory=dict)
    skipped: int = 0
    srs: LayerSrs | None = None


# --------------------------------------------------------------------------------------------------------------------
# WKB


_POINT_TYPES = {1: 2, 1001: 3, 2001: 3, 3001: 4}  # ISO WKB point type -> doubles per point
_MULTIPOINT_TYPES = {4: 1, 1004: 1, 2004: 1, 3004: 1}
_EWKB_Z, _EWKB_M, _EWKB_SRID = 0x80000000, 0x40000000, 0x20000000


def _wkb_kind(code: int) -> tuple[int, int]:
    """(base type, doubles per point) of a WKB type code, ISO or extended (PostGIS) flags."""
    if code & (_EWKB_Z | _EWKB_M | _EWKB_SRID):
        if code & _EWKB_SRID:
            raise NotFastReadableError("WKB with an embedded SRID")
        dims = 2 + bool(code & _EWKB_Z) + bool(code & _EWKB_M)
        return code & 0xFFFF, dims
    base = code % 1000
    dims = (2, 3, 3, 4)[code // 1000] if code < 4000 else 0
    if dims == 0:
        raise NotFastReadableError(f"WKB type {code}")
    return base, dims


def wkb_points(wkb: bytes | memoryview, offset: int = 0) -> list[tuple[float, float]] | None:
    """The (x, y) of each point of a WKB Point or MultiPoint as QGIS lists them (an empty part as NaN); None for an
    empty geometry. Other geometry types raise NotFastReadableError."""
    order = "<" if wkb[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", wkb, offset + 1)
    base, dims = _wkb_kind(code)
    if base == 1:
        x, y = struct.unpack_from(order + "dd", wkb, offset + 5)
        return None if math.isnan(x) or math.isnan(y) else [(x, y)]
    if base != 4:
        raise NotFastReadableError(f"a {code} geometry in a point layer")
    (count,) = struct.unpack_from(order + "I", wkb, offset + 5)
    if count == 0:
        return None
    points = []
    position = offset + 9
    for _ in range(count):
        part_order = "<" if wkb[position] == 1 else ">"
        (part_code,) = struct.unpack_from(part_order + "I", wkb, position + 1)
        part_base, part_dims = _wkb_kind(part_code)
        if part_base != 1:
            raise NotFastReadableError(f"a {part_code} part in a multipoint")
        points.append(struct.unpack_from(part_order + "dd", wkb, position + 5))
        position += 5 + 8 * part_dims
    return points


def _gpkg_blob_points(blob: bytes | None) -> list[tuple[float, float]] | None:
    """The points of one GeoPackage geometry blob (None for NULL or empty), any header and WKB layout."""
    if blob is None:
        return None
    if not isinstance(blob, bytes) or len(blob) < 8 or blob[:2] != b"GP":
        raise NotFastReadableError("a geometry that is not a GeoPackage blob")
    if blob[3] & 0x20:
        raise NotFastReadableError("an extended GeoPackage geometry")
    return wkb_points(blob, gpkg.blob_wkb_offset(blob))


# A point whose x, y sit at bytes 13-29 of its GeoPackage blob: 8-byte header without envelope, little endian, then
# a little-endian WKB point of 2, 3 or 4 dimensions (its first 29 bytes are the same whatever follows x, y).
_HEADER = np.frombuffer(b"GP\x00", dtype=np.uint8)
_NOT_A_POINT_HEX = "00" * 29  # stands for a NULL or short blob in the packed prefixes: fails the header test
_LE_POINT_CODES = np.array([1, 1001, 2001, 3001], dtype="<u4")


def _regular_points(raw: np.ndarray) -> np.ndarray:
    """(n, 2) x, y of (n, 29) uint8 blob prefixes in the regular layout; NaN where a record has another layout."""
    flags = raw[:, 3]
    codes = raw[:, 9:13].copy().view("<u4")[:, 0]
    ok = (
        (raw[:, 0:3] == _HEADER).all(axis=1)
        & ((flags & 0x2F) == 0x01)  # little endian, no envelope, not extended (the empty flag is not trusted)
        & (raw[:, 8] == 1)
        & np.isin(codes, _LE_POINT_CODES)
    )
    xy = raw[:, 13:29].copy().view("<f8")
    xy[~ok] = np.nan
    return xy


def _wkb_array_points(wkb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x, y and the row of each point of an array of WKB (fixed-size void records, or objects with None)."""
    n = wkb.shape[0]
    if wkb.dtype.kind == "V" and wkb.dtype.itemsize >= 21:
        raw = np.frombuffer(wkb.tobytes(), dtype=np.uint8).reshape(n, wkb.dtype.itemsize)[:, :21]
        codes = raw[:, 1:5].copy().view("<u4")[:, 0]
        xy = raw[:, 5:21].copy().view("<f8")
        regular = (raw[:, 0] == 1) & np.isin(codes, _LE_POINT_CODES) & ~np.isnan(xy).any(axis=1)
        if regular.all():
            return xy[:, 0].copy(), xy[:, 1].copy(), np.arange(n)
        items = [bytes(item) for item in wkb]
    elif wkb.dtype.kind == "V":
        items = [bytes(item) for item in wkb]
    else:
        items = list(wkb)
    xs, ys, rows = [], [], []
    for row, item in enumerate(items):
        points = None if item is None or len(item) == 0 else wkb_points(item)
        if points:
            for x, y in points:
                xs.append(x)
                ys.append(y)
                rows.append(row)
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), np.asarray(rows, dtype=np.int64)


# --------------------------------------------------------------------------------------------------------------------
# GeoPackage


def _quoted(name: str) -> str:
    """An SQL identifier, quoted (any character, double quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


# Declared GeoPackage column types -> how OGR (and so QGIS) gives their values.
_INTEGER32 = ("MEDIUMINT", "SMALLINT", "TINYINT")
_REAL = ("REAL", "DOUBLE", "FLOAT")


def _column_kind(declared: str) -> str:
    """'int64', 'int32', 'bool', 'real' or 'text' for a declared column type OGR reads as such; else raises."""
    kind = declared.strip().upper()
    if kind.startswith("INT"):
        return "int64"
    if kind in _INTEGER32:
        return "int32"
    if kind == "BOOLEAN":
        return "bool"
    if kind in _REAL:
        return "real"
    if kind.startswith("TEXT"):
        return "text"
    raise NotFastReadableError(f"a column of type {declared or 'none'}")


def _json_sql(column: str, kind: str) -> str:
    """The SQL of a column's value for json_group_array, converted as OGR converts stored values."""
    value = f"m.{_quoted(column)}"
    if kind in ("int64", "int32", "bool"):
        return f"CASE WHEN typeof({value}) = 'integer' THEN {value} ELSE CAST({value} AS INTEGER) END"
    if kind == "real":
        # 17 significant digits: the double comes back exactly (JSON's own numbers keep 15)
        return f"CASE WHEN {value} IS NULL THEN NULL ELSE printf('%!.17g', CAST({value} AS REAL)) END"
    return f"CAST({value} AS TEXT)"


def _convert(values: list, kind: str) -> list:
    """Python values as QGIS gives them (None for NULL)."""
    if kind == "int64":
        return values
    if kind == "int32":  # OGR reads these with sqlite3_column_int: the low 32 bits
        return [v if v is None or -(2**31) <= v < 2**31 else (v + 2**31) % 2**32 - 2**31 for v in values]
    if kind == "bool":
        return [None if v is None else bool(v) for v in values]
    if kind == "real":
        return [None if v is None else float(v) for v in values]
    return values


def _geometry_table(connection: sqlite3.Connection, table: str) -> tuple[str, str, str, int]:
    """The table's exact name, geometry column, geometry type and srs_id from gpkg_geometry_columns."""
    rows = connection.execute(
        "SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns "
        "WHERE table_name = ?1 OR lower(table_name) = lower(?1)",
        (table,),
    ).fetchall()
    exact = [row for row in rows if row[0] == table]
    rows = exact or rows
    if len(rows) != 1:
        raise NotFastReadableError(f"no single feature table {table}")
    return rows[0]


def _fid_column(connection: sqlite3.Connection, table: str) -> tuple[str, dict[str, str]]:
    """The INTEGER PRIMARY KEY GDAL takes as fid, and every column's declared type; raises for views and tables
    without one."""
    kind = connection.execute("SELECT type FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    if kind is None or kind[0] != "table":
        raise NotFastReadableError(f"{table} is not a table")
    info = connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    keys = [row for row in info if row[5]]
    if len(keys) != 1 or keys[0][2].upper() != "INTEGER":
        raise NotFastReadableError(f"{table} has no INTEGER PRIMARY KEY")
    return keys[0][1], {row[1]: row[2] for row in info}


def _json_columns(connection: sqlite3.Connection, table: str) -> set[str]:
    """Columns GDAL reads as JSON (gpkg_data_columns' mime type), which QGIS gives as maps and lists."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_data_columns'").fetchone() is None:
        return set()
    rows = connection.execute(
        "SELECT column_name FROM gpkg_data_columns WHERE table_name = ? AND lower(mime_type) = 'application/json'",
        (table,),
    )
    return {row[0] for row in rows}


def _gpkg_srs(connection: sqlite3.Connection, srs_id: int) -> LayerSrs | None:
    row = connection.execute(
        "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
        (srs_id,),
    ).fetchone()
    return None if row is None else LayerSrs(row[0], row[1], row[2])


def read_geopackage_points(
    path: str | Path, table: str, columns: tuple[str, ...] = (), where: str | None = None
) -> LayerPoints:
    """Read a GeoPackage Point or MultiPoint table straight from SQLite: fids, x, y in the table's SRS, and columns.

    `where` is a provider subset (an SQLite condition, as GDAL passes it on); one SQLite cannot run raises
    NotFastReadableError. One query: SQLite packs the first 29 bytes of every blob and the columns as JSON arrays;
    blobs of another layout (an envelope, big endian, multipoints) are decoded one by one."""
    connection = gpkg.connect_read_only(path)
    try:
        try:
            table, geometry, geometry_type, srs_id = _geometry_table(connection, table)
            if geometry_type.upper() not in ("POINT", "MULTIPOINT"):
                raise NotFastReadableError(f"{table} holds {geometry_type}, not points")
            fid, declared = _fid_column(connection, table)
            missing = [c for c in columns if c not in declared]
            if missing:
                raise NotFastReadableError(f"{table} has no column {', '.join(missing)}")
            if any(c in (fid, geometry) for c in columns):
                raise NotFastReadableError("the fid or the geometry asked as a column")
            kinds = {c: _column_kind(declared[c]) for c in columns}
            if set(columns) & _json_columns(connection, table):
                raise NotFastReadableError("a JSON column")
            srs = _gpkg_srs(connection, srs_id)
            blob = f"m.{_quoted(geometry)}"
            prefix = (
                f"CASE WHEN typeof({blob}) = 'blob' AND length({blob}) >= 29 THEN substr({blob}, 1, 29) "
                f"ELSE X'{_NOT_A_POINT_HEX}' END"
            )
            parts = [
                "count(*)",
                f"group_concat({prefix}, '')",
                f"group_concat(m.{_quoted(fid)}, ',')",
                *(f"json_group_array({_json_sql(c, kinds[c])})" for c in columns),
            ]
            # NOT INDEXED: a full scan in fid order, as GDAL's own query without an index to use
            condition = f"WHERE ({where})" if where and where.strip() else ""
            query = f"SELECT {', '.join(parts)} FROM {_quoted(table)} AS m NOT INDEXED {condition}"
            connection.text_factory = bytes
            try:
                row = connection.execute(query).fetchone()
            finally:
                connection.text_factory = str
        except sqlite3.Error as error:
            raise NotFastReadableError(f"SQLite: {error}") from error
        count = int(row[0])
        raw = np.frombuffer(row[1] or b"", dtype=np.uint8).reshape(-1, 29)
        fids = np.fromstring((row[2] or b"").decode("ascii"), dtype=np.int64, sep=",") if count else np.zeros(
            0, dtype=np.int64
        )
        if fids.size != count or raw.shape[0] != count:
            raise NotFastReadableError("points and fids do not pair")
        values = {}
        for k, column in enumerate(columns):
            text = (row[3 + k] or b"[]").decode("utf-8", errors="replace")
            if "\\u0000" in text:
                # OGR hands text over as C strings: a NUL ends it
                parsed = [v.split("\x00", 1)[0] if isinstance(v, str) else v for v in json.loads(text)]
            else:
                parsed = json.loads(text)
            values[column] = _convert(parsed, kinds[column])
        xy = _regular_points(raw)
        irregular = np.flatnonzero(np.isnan(xy[:, 0]))
        extra: dict[int, list[tuple[float, float]] | None] = {}
        if irregular.size:
            wanted = {int(fids[i]): int(i) for i in irregular}
            try:
                rows = connection.execute(
                    f"SELECT {_quoted(fid)}, {_quoted(geometry)} FROM {_quoted(table)} "
                    f"WHERE {_quoted(fid)} IN (SELECT value FROM json_each(?))",
                    (json.dumps(list(wanted)),),
                ).fetchall()
            except sqlite3.Error as error:
                raise NotFastReadableError(f"SQLite: {error}") from error
            for key, geometry_blob in rows:
                extra[wanted[key]] = _gpkg_blob_points(geometry_blob)
    finally:
        connection.close()
    return _assemble(xy, fids, values, extra, srs)


def _assemble(
    xy: np.ndarray,
    fids: np.ndarray,
    values: dict[str, list],
    extra: dict[int, list[tuple[float, float]] | None],
    srs: LayerSrs | None,
) -> LayerPoints:
    """One row per point: regular rows as they are, the irregular ones replaced by their decoded points."""
    count = fids.size
    per_row = (~np.isnan(xy[:, 0])).astype(np.int64)
    for row, points in extra.items():
        per_row[row] = len(points or ())
    index = np.repeat(np.arange(count), per_row)
    x, y = xy[index, 0], xy[index, 1]
    if extra:
        starts = np.cumsum(per_row) - per_row
        for row, points in extra.items():
            if points:
                block = np.asarray(points, dtype=float)
                x[starts[row]:starts[row] + len(points)] = block[:, 0]
                y[starts[row]:starts[row] + len(points)] = block[:, 1]
    same = index.size == count
    columns = {c: (list(v) if same else [v[i] for i in index.tolist()]) for c, v in values.items()}
    return LayerPoints(x, y, fids[index], columns, skipped=int((per_row == 0).sum()), srs=srs)


# --------------------------------------------------------------------------------------------------------------------
# any OGR source, through GDAL's Arrow stream


def read_ogr_points(
    path: str,
    layer_name: str | None = None,
    layer_index: int | None = None,
    columns: tuple[str, ...] = (),
    where: str | None = None,
    open_options: tuple[str, ...] = (),
) -> LayerPoints:
    """Read a Point or MultiPoint layer of any OGR source through GDAL's Arrow stream: fids, x, y in the layer's
    SRS, and columns (integers, reals and text; others raise NotFastReadableError). `where` is an OGR attribute
    filter, as QGIS applies a provider subset."""
    from osgeo import gdal, ogr

    with gpkg.gdal_exceptions():
        try:
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=list(open_options))
        except RuntimeError as error:
            raise NotFastReadableError(f"GDAL cannot open {path}: {error}") from error
        try:
            layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(layer_index or 0)
        except RuntimeError as error:
            raise NotFastReadableError(f"no layer {layer_name or layer_index}") from error
        if layer is None:
            raise NotFastReadableError(f"no layer {layer_name or layer_index}")
        if not hasattr(layer, "GetArrowStreamAsNumPy"):
            raise NotFastReadableError("GDAL without Arrow streams")
        flat = ogr.GT_Flatten(layer.GetGeomType())
        if flat not in (ogr.wkbPoint, ogr.wkbMultiPoint) or layer.GetLayerDefn().GetGeomFieldCount() != 1:
            raise NotFastReadableError("not a point layer")
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        kinds = {}
        for column in columns:
            if column not in names:
                raise NotFastReadableError(f"no column {column}")
            kinds[column] = _ogr_kind(definition.GetFieldDefn(names.index(column)))
            if kinds[column] == "text" and dataset.GetDriver().ShortName == "ESRI Shapefile":
                # QGIS decodes a shapefile's text with the layer's own encoding setting, not as GDAL does
                raise NotFastReadableError(f"text column {column} of a shapefile")
        # GDAL 3.6 writes empty WKB when every field is ignored: keep one of them
        kept = set(columns) or set(names[:1])
        layer.SetIgnoredFields([name for name in names if name not in kept])
        if where and where.strip():
            try:
                layer.SetAttributeFilter(where)
            except RuntimeError as error:
                raise NotFastReadableError(f"filter {where}: {error}") from error
        reference = layer.GetSpatialRef()
        srs = None
        if reference is not None:
            code = reference.GetAuthorityCode(None)
            srs = LayerSrs(reference.GetAuthorityName(None), int(code) if code and code.isdigit() else None,
                           reference.ExportToWkt())
        fid_name = layer.GetFIDColumn() or "OGC_FID"
        geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
        try:
            stream = layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "USE_MASKED_ARRAYS=YES"])
            batches = list(stream)
        except Exception as error:  # GDAL raises plain Exception or RuntimeError here
            raise NotFastReadableError(f"Arrow stream: {error}") from error
        finally:
            del layer, dataset
    xs, ys, fid_parts, skipped = [], [], [], 0
    values: dict[str, list] = {c: [] for c in columns}
    for batch in batches:
        fids = np.asarray(batch[fid_name], dtype=np.int64)
        geometries = batch[geometry_name]
        if np.ma.isMaskedArray(geometries):
            wkb = np.asarray(geometries.data).astype(object)
            wkb[np.ma.getmaskarray(geometries)] = None
        else:
            wkb = np.asarray(geometries)
        x, y, rows = _wkb_array_points(wkb)
        xs.append(x)
        ys.append(y)
        fid_parts.append(fids[rows])
        same = rows.size == fids.size and (rows == np.arange(fids.size)).all()
        for column in columns:
            column_values = _arrow_values(batch[column], kinds[column])
            values[column].extend(column_values if same else [column_values[i] for i in rows.tolist()])
        skipped += fids.size - np.unique(rows).size
    x = np.concatenate(xs) if xs else np.zeros(0)
    fids = np.concatenate(fid_parts) if fid_parts else np.zeros(0, dtype=np.int64)
    return LayerPoints(x, np.concatenate(ys) if ys else np.zeros(0), fids, values, int(skipped), srs)


def _ogr_kind(definition) -> str:
    """'int', 'bool', 'real' or 'text' for the OGR field types QGIS gives as such; else raises."""
    from osgeo import ogr

    kind, subtype = definition.GetType(), definition.GetSubType()
    if kind in (ogr.OFTInteger, ogr.OFTInteger64):
        if subtype == ogr.OFSTBoolean:
            return "bool"
        return "int"
    if kind == ogr.OFTReal:
        return "real"
    if kind == ogr.OFTString and subtype == ogr.OFSTNone:
        return "text"
    raise NotFastReadableError(f"a {definition.GetFieldTypeName(kind)} column ({definition.GetName()})")


def _arrow_values(array, kind: str) -> list:
    """A column of one Arrow batch as Python values, None where null."""
    mask = np.ma.getmaskarray(array) if np.ma.isMaskedArray(array) else None
    data = np.asarray(array.data if mask is not None else array)
    if kind == "text":
        values = [item.decode("utf-8", errors="replace") for item in data.tolist()]
    elif kind == "bool":
        values = [bool(item) for item in data.tolist()]
    elif kind == "int":
        values = [int(item) for item in data.tolist()]
    else:
        values = [float(item) for item in data.tolist()]
    if mask is not None and mask.any():
        for i in np.flatnonzero(mask).tolist():
            values[i] = None
    return values


# --------------------------------------------------------------------------------------------------------------------
# GeoJSON, parsed in one go


def _json_loads():
    """orjson's parser when installed (several times faster on coordinates), else the standard library's."""
    try:
        import orjson

        return orjson.loads
    except ImportError:
        return json.loads


def _property(value, kind: str):
    """A property as QGIS gives it for a field of that kind; raises where OGR would convert it."""
    if value is None:
        return None
    if kind == "text" and type(value) is str and "\x00" not in value:
        return value
    if kind == "int" and type(value) is int and -(2**63) <= value < 2**63:
        return value
    if kind == "real" and type(value) in (int, float):
        return float(value)
    if kind == "bool" and type(value) is bool:
        return value
    raise NotFastReadableError(f"a {type(value).__name__} in a {kind} field")


_PLAIN_TYPES = {"text": {str, type(None)}, "int": {int, type(None)}, "bool": {bool, type(None)}}


def _properties(values: list, kind: str) -> list:
    """A property of every feature as QGIS gives it for a field of that kind (checked by type in one go where the
    values need no conversion); raises where OGR would convert one."""
    types = set(map(type, values))
    if kind in _PLAIN_TYPES and types <= _PLAIN_TYPES[kind]:
        present = [v for v in values if v is not None]
        if kind == "text" and "\x00" not in "".join(present):
            return values
        if kind == "int" and (not present or (min(present) >= -(2**63) and max(present) < 2**63)):
            return values
        if kind == "bool":
            return values
    return [_property(v, kind) for v in values]


def _every_feature_a_point(features: list) -> np.ndarray | None:
    """(n, 2+) coordinates when every feature is a Point of numbers without an id of its own (the usual file, read
    without a Python loop per feature), else None."""
    try:
        geometries = [feature["geometry"] for feature in features]
        if any("id" in feature for feature in features) or {g["type"] for g in geometries} != {"Point"}:
            return None
        coordinates = [g["coordinates"] for g in geometries]
        if not {type(v) for c in coordinates for v in c[:2]} <= {int, float}:
            return None
        xy = np.array(coordinates, dtype=float)
    except (KeyError, TypeError, ValueError):
        return None
    return xy if xy.ndim == 2 and xy.shape[0] == len(features) and xy.shape[1] >= 2 else None


def read_geojson_points(path: str | Path, kinds: dict[str, str]) -> LayerPoints:
    """Read the points of a GeoJSON FeatureCollection file without GDAL: fids as OGR numbers them (features have no
    `id`: their order from 0), x, y of Point and MultiPoint geometries, and the properties in `kinds` ('int',
    'real', 'text' or 'bool', the types the layer's fields have), exactly as OGR gives them, or
    NotFastReadableError. GDAL parses a GeoJSON file twice (its schema, then its features); this parses it once."""
    with open(path, "rb") as file:
        try:
            document = _json_loads()(file.read())
        except ValueError as error:
            raise NotFastReadableError(f"JSON: {error}") from error
    features = document.get("features") if isinstance(document, dict) else None
    if document.get("type") != "FeatureCollection" or not isinstance(features, list):
        raise NotFastReadableError("not a FeatureCollection")
    usual = _every_feature_a_point(features)
    if usual is not None:
        xs, ys = usual[:, 0].tolist(), usual[:, 1].tolist()
        rows, skipped, features_left = range(len(features)), 0, []
    else:
        xs, ys, rows, skipped, features_left = [], [], [], 0, features
    for row, feature in enumerate(features_left):
        if not isinstance(feature, dict) or "id" in feature:
            raise NotFastReadableError("a feature with its own id")
        geometry = feature.get("geometry")
        if geometry is None:
            skipped += 1
            continue
        kind, coordinates = geometry.get("type"), geometry.get("coordinates")
        if kind == "Point":
            positions = [coordinates] if coordinates else []
        elif kind == "MultiPoint":
            positions = coordinates or []
        else:
            raise NotFastReadableError(f"a {kind} geometry")
        if not positions:
            skipped += 1
            continue
        for position in positions:
            if len(position) < 2 or type(position[0]) not in (int, float) or type(position[1]) not in (int, float):
                raise NotFastReadableError("a position that is not numbers")
            xs.append(position[0])
            ys.append(position[1])
            rows.append(row)
    index = np.asarray(rows, dtype=np.int64)
    properties = [feature.get("properties") or {} for feature in features] if kinds else []
    if not all(isinstance(p, dict) for p in properties):
        raise NotFastReadableError("properties that are not an object")
    columns = {}
    for column, kind in kinds.items():
        values = _properties([p.get(column) for p in properties], kind)
        columns[column] = values if index.size == len(features) else [values[i] for i in index.tolist()]
    return LayerPoints(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), index, columns, skipped, None)
