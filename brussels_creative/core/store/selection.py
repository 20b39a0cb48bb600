"""Which entities an analysis or export works on: filters by sector, type, status, visibility, verification,
municipality and creation date, turned into SQL with bound parameters, and a fast reader of entity points."""

from __future__ import annotations

import json
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import gpkg, schema


@dataclass(frozen=True)
class EntityFilter:
    """Criteria on entities; an empty criterion selects everything. Dates are ISO strings, inclusive."""

    sectors: tuple[str, ...] = ()
    entity_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    visibilities: tuple[str, ...] = ()
    verifications: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    created_from: str | None = None
    created_to: str | None = None
    uuids: tuple[str, ...] | None = field(default=None)

    def is_empty(self) -> bool:
        """True when the filter selects every entity."""
        return self == EntityFilter()

    def where(self, alias: str = "e", database: str = "") -> tuple[str, list]:
        """Return a SQL condition on entities (aliased) and its bound parameters.

        `database` ("src." for an attached source) prefixes the other tables the condition reads."""
        clauses: list[str] = []
        params: list = []

        def among(column: str, values: tuple[str, ...]) -> None:
            if values:
                clauses.append(f"{alias}.{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)

        among("entity_type", self.entity_types)
        among("status", self.statuses)
        among("visibility", self.visibilities)
        among("verification", self.verifications)
        among("municipality", self.municipalities)
        if self.sectors:
            clauses.append(
                f"EXISTS (SELECT 1 FROM {database}entity_sectors s WHERE s.entity_uuid = {alias}.uuid "
                f"AND s.code IN ({', '.join('?' for _ in self.sectors)}))"
            )
            params.extend(self.sectors)
        if self.created_from:
            clauses.append(f"substr({alias}.created_at, 1, 10) >= ?")
            params.append(self.created_from[:10])
        if self.created_to:
            clauses.append(f"substr({alias}.created_at, 1, 10) <= ?")
            params.append(self.created_to[:10])
        if self.uuids is not None:
            # a temporary table keeps long lists within SQLite's parameter limit
            clauses.append(f"{alias}.uuid IN (SELECT uuid FROM temp.bc_selected_uuids)")
        return (" AND ".join(clauses) or "1"), params


@dataclass
class EntityPoints:
    """Entity points in EPSG:31370 metres with their uuids and requested attribute columns."""

    x: np.ndarray
    y: np.ndarray
    uuids: list[str]
    columns: dict[str, list] = field(default_factory=dict)
    skipped: int = 0
    coded: dict[str, np.ndarray] = field(default_factory=dict)  # column -> position in its vocabulary (-1: none)
    vocabularies: dict[str, list[str]] = field(default_factory=dict)  # column -> the vocabulary's codes


def vocabulary_codes(connection: sqlite3.Connection, table: str) -> list[str]:
    """The codes of one lookup table (a vocabulary, or the municipalities), in its order."""
    if table not in (*schema.LOOKUP_TABLES, "municipalities"):
        raise ValueError(f"unknown lookup table {table}")
    return [row[0] for row in connection.execute(f'SELECT code FROM "{table}" ORDER BY fid')]


def read_vocabulary(path: str | Path, table: str) -> list[str]:
    """The codes of one lookup table of an ecosystem file, read on a read-only connection."""
    connection = gpkg.connect_read_only(path)
    try:
        return vocabulary_codes(connection, table)
    finally:
        connection.close()


def sector_memberships(
    path: str | Path, uuids: list[str], primary_only: bool
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(point index, sector index) pairs of the entities' sectors (entity_sectors; the points are given by their
    uuids), and the sector codes: the file's vocabulary in its order, so outputs keep the same fields whatever is
    selected (codes found only in the links come after it)."""
    connection = gpkg.connect_read_only(path)
    try:
        codes = vocabulary_codes(connection, "sectors")
        links = connection.execute(
            "SELECT entity_uuid, code FROM entity_sectors" + (" WHERE is_primary = 1" if primary_only else "")
        ).fetchall()
    finally:
        connection.close()
    position = {u: i for i, u in enumerate(uuids)}
    for _, code in links:
        if code not in codes:
            codes.append(code)
    code_index = {c: i for i, c in enumerate(codes)}
    pairs = [(position[u], code_index[c]) for u, c in links if u in position]
    if not pairs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), codes
    array = np.asarray(pairs, dtype=np.int64)
    return array[:, 0], array[:, 1], codes


def uuids_in_sectors(path: str | Path, sectors: tuple[str, ...]) -> set[str]:
    """The uuids of the entities having any of these sectors (primary or not)."""
    connection = gpkg.connect_read_only(path)
    try:
        rows = connection.execute(
            f"SELECT DISTINCT entity_uuid FROM entity_sectors WHERE code IN ({', '.join('?' for _ in sectors)})",
            sectors,
        ).fetchall()
    finally:
        connection.close()
    return {row[0] for row in rows}


def code_positions(values: list, codes: list[str]) -> np.ndarray:
    """Position of each value in codes (-1 for empty values); values unknown to codes are appended to it."""
    index = {code: i for i, code in enumerate(codes)}
    for value in set(values):
        if isinstance(value, str) and value and value not in index:
            index[value] = len(codes)
            codes.append(value)
    return np.fromiter(
        (index.get(v, -1) if isinstance(v, str) else -1 for v in values), dtype=np.int64, count=len(values)
    )


def decode_points(blobs: list[bytes | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Decode GeoPackage point blobs to x, y arrays and a mask of usable ones (vectorised for the usual layout)."""
    n = len(blobs)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    # Fast path: 29-byte blobs = 8-byte header without envelope + little-endian WKB point.
    lengths = np.fromiter((len(b) if b is not None else 0 for b in blobs), dtype=np.int64, count=n)
    simple = lengths == 29
    if simple.any():
        raw = np.frombuffer(b"".join(b for b, s in zip(blobs, simple, strict=True) if s), dtype=np.uint8)
        coordinates = _regular_xy(raw.reshape(-1, 29))
        ok = ~np.isnan(coordinates[:, 0])
        index = np.flatnonzero(simple)
        x[index[ok]] = coordinates[ok, 0]
        y[index[ok]] = coordinates[ok, 1]
        simple[index[~ok]] = False
    for i in np.flatnonzero(~simple):
        xy = gpkg.blob_point_xy(blobs[i])
        if xy is not None:
            x[i], y[i] = xy
    usable = np.isfinite(x) & np.isfinite(y)
    return x, y, usable


# A usable point blob in the layout GDAL, QGIS and this plugin write: 8-byte header ('GP', version 0, flags 0x01:
# little endian, no envelope), then a little-endian WKB Point (type 1); its x, y are bytes 14-29.
_REGULAR_HEADER = np.frombuffer(b"GP\x00\x01", dtype=np.uint8)
_REGULAR_WKB = np.frombuffer(b"\x01\x01\x00\x00\x00", dtype=np.uint8)
_NOT_A_POINT_HEX = "00" * 29  # stands for a blob of another length in the packed coordinates: fails the header test


def _regular_xy(raw: np.ndarray) -> np.ndarray:
    """(n, 2) x, y of (n, 29) uint8 records in the regular layout; NaN where a record has another layout."""
    ok = (raw[:, 0:4] == _REGULAR_HEADER).all(axis=1) & (raw[:, 8:13] == _REGULAR_WKB).all(axis=1)
    xy = raw[:, 13:29].copy().view("<f8")
    xy[~ok] = np.nan
    return xy


def _column_values(text: str | None, count: int, declared: str) -> list:
    """One column's values from its JSON array (None for NULL), turned into int or float where the column's
    declared type says so."""
    if count == 0:
        return []
    values = json.loads(text)
    kind = declared.upper()
    if "INT" in kind or kind in ("BOOLEAN",):
        return [v if v is None or isinstance(v, int) else int(float(v)) for v in values]
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return [None if v is None else float(v) for v in values]
    return values


def _points_query(condition: str, raw: bool) -> str:
    """SQL giving count, the 29-byte point blobs packed (zeros for blobs of another length; hex without `raw`) and
    the fids. NOT INDEXED: a full scan, so rows come in fid order, as in _columns_query."""
    blob = f"CASE WHEN length(geom) = 29 THEN geom ELSE X'{_NOT_A_POINT_HEX}' END"
    packed = f"group_concat({blob}, '')" if raw else f"group_concat(hex({blob}), '')"
    return (
        f"SELECT count(*), {packed}, group_concat(fid, ',') FROM entities e NOT INDEXED WHERE {condition}"
    )


def _columns_query(condition: str, texts: list[str], coded: list[str], declared: dict[str, str]) -> str:
    """SQL giving count, the fids (as _points_query: the two reads are compared on them), then each text column and
    each coded column as a JSON array."""
    if not texts and not coded:
        return ""
    # JSON holds any text exactly (NUL and control characters included), integers exactly and NULL as null;
    # measured 38 ms for three columns of 100 000 entities, parsing included, against 97 ms for group_concat with
    # escaped separators. Coded columns too: positions looked up in Python (type and primary sector: 51 ms for the
    # whole read, as with a CASE turning codes into positions in SQL, which took SQLite 37 ms against 18 ms).
    parts = [f"json_group_array({_json_value(c, declared[c])})" for c in (*texts, *coded)]
    return (
        f"SELECT count(*), group_concat(fid, ','), {', '.join(parts)} FROM entities e NOT INDEXED WHERE {condition}"
    )


def _json_value(column: str, declared: str) -> str:
    """The SQL of one column's value for json_group_array: integers as they are, reals as text of 17 digits (JSON
    keeps 15), anything else as text (JSON takes no blob)."""
    value = f'e."{column}"'
    kind = declared.upper()
    if "INT" in kind:
        return f"CASE WHEN typeof({value}) = 'integer' THEN {value} ELSE CAST({value} AS TEXT) END"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return f"CASE WHEN typeof({value}) = 'real' THEN printf('%!.17g', {value}) ELSE CAST({value} AS TEXT) END"
    return f"CAST({value} AS TEXT)"


def _positions(text: str | None, count: int, codes: list[str]) -> np.ndarray:
    """Position of each value of a JSON array in codes; -1 for NULL and for values not in codes."""
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    values = json.loads(text)
    index = {code: i for i, code in enumerate(codes)}
    for value in set(values).difference(index):
        index[value] = -1
    return np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))


def _fetch(connection: sqlite3.Connection, query: str, params: list, raw: bool = False) -> tuple:
    """One row; with `raw`, its second value (the packed coordinates) as bytes."""
    if not raw:
        return connection.execute(query, params).fetchone()
    connection.text_factory = bytes
    try:
        row = connection.execute(query, params).fetchone()
    finally:
        connection.text_factory = str
    return (row[0], row[1], None if row[2] is None else row[2].decode("ascii"))


def _fetch_both(
    connection: sqlite3.Connection, points_query: str, params: list, raw: bool, columns_query: str
) -> tuple[tuple, tuple]:
    """The points row and the columns row (the points row's count and fids when there is no column query), read in
    one transaction: both see the file as it was at its start."""
    connection.execute("BEGIN")
    try:
        point_row = _fetch(connection, points_query, params, raw)
        column_row = _fetch(connection, columns_query, params) if columns_query else (point_row[0], point_row[2])
    finally:
        connection.execute("COMMIT")
    return point_row, column_row


def _fetch_on_own_connection(path: str | Path, query: str, params: list) -> tuple:
    """One row of a query run on a read-only connection of its own (for a second thread)."""
    connection = gpkg.connect_read_only(path)
    try:
        return connection.execute(query, params).fetchone()
    finally:
        connection.close()


def read_entity_points(
    path: str | Path,
    entity_filter: EntityFilter | None = None,
    columns: tuple[str, ...] = (),
    with_uuids: bool = True,
    coded: dict[str, str] | None = None,
) -> EntityPoints:
    """Read the (filtered) entities of an ecosystem GeoPackage straight from SQLite: the fast path of analyses.

    SQLite itself concatenates the coordinate bytes and the columns of the selected rows (one query, no Python row
    objects); the rare blobs of another layout are decoded one by one. Points come in fid order. Without
    `with_uuids` the uuids are not read (empty strings keep the result's shape). `coded` maps columns holding
    vocabulary codes to their lookup table: SQLite turns them into positions in the vocabulary (result.coded)."""
    coded = coded or {}
    if any(table not in schema.LOOKUP_TABLES for table in coded.values()):
        raise ValueError(f"coded columns must refer to {', '.join(schema.LOOKUP_TABLES)}")
    entity_filter = entity_filter or EntityFilter()
    connection = gpkg.connect_read_only(path)
    try:
        declared = {row[1]: row[2] for row in connection.execute("PRAGMA table_info(entities)")}
        unknown = [c for c in (*columns, *coded) if c not in declared]
        if unknown:
            raise ValueError(f"entities has no field {', '.join(unknown)}")
        if entity_filter.uuids is not None:
            connection.execute("CREATE TEMP TABLE bc_selected_uuids (uuid TEXT PRIMARY KEY)")
            connection.executemany(
                "INSERT OR IGNORE INTO temp.bc_selected_uuids VALUES (?)", ((u,) for u in entity_filter.uuids)
            )
            connection.commit()  # the inserts opened a transaction; the read opens its own
        condition, params = entity_filter.where("e")
        texts = (["uuid"] if with_uuids else []) + list(columns)
        # A vocabulary column becomes its code's position in the vocabulary.
        vocabularies = {c: vocabulary_codes(connection, t) for c, t in coded.items()}
        # In a UTF-8 database, group_concat copies the coordinate bytes of each blob as they are (read back as
        # bytes, not text); otherwise they travel as hexadecimal text.
        raw = connection.execute("PRAGMA encoding").fetchone()[0] == "UTF-8"
        points_query = _points_query(condition, raw)
        columns_query = _columns_query(condition, texts, list(vocabularies), declared)

        def decode(row: tuple) -> tuple:
            """A columns row's count and fids, its text columns' values and its coded columns' positions."""
            n = int(row[0])
            values = {c: _column_values(row[2 + k], n, declared[c]) for k, c in enumerate(texts)}
            positions = {
                c: _positions(row[2 + len(texts) + k], n, codes) for k, (c, codes) in enumerate(vocabularies.items())
            }
            return row[:2], values, positions

        if columns_query and entity_filter.uuids is None and (os.cpu_count() or 1) > 1:
            # Two cores: the coordinates and the columns are concatenated at once, each by its own connection
            # (sqlite3 releases the GIL while SQLite works), and the second thread decodes its JSON while SQLite
            # still reads the points: 100 000 entities with their uuids measured 38 ms instead of 50 ms.
            # Both queries give the fids they read: should they differ (the file changed between the two reads),
            # both are read again in one transaction of one connection.
            with ThreadPoolExecutor(max_workers=1) as pool:
                pending = pool.submit(lambda: decode(_fetch_on_own_connection(path, columns_query, params)))
                point_row = _fetch(connection, points_query, params, raw)
                read = pending.result()
            if (point_row[0], point_row[2]) != read[0]:
                point_row, column_row = _fetch_both(connection, points_query, params, raw, columns_query)
                read = decode(column_row)
        else:
            point_row, column_row = _fetch_both(connection, points_query, params, raw, columns_query)
            read = decode(column_row)
        count = int(point_row[0])
        packed = (point_row[1] or b"") if raw else bytes.fromhex(point_row[1] or "")
        xy = _regular_xy(np.frombuffer(packed, dtype=np.uint8).reshape(-1, 29))
        fids = np.fromstring(point_row[2] or "", dtype=np.int64, sep=",") if count else np.zeros(0, dtype=np.int64)
        if fids.size > 1 and not (np.diff(fids) > 0).all():
            # A full scan gives rows in fid order, so the points and the columns read apart stay aligned; never
            # pass on misaligned rows should some SQLite scan otherwise.
            raise sqlite3.DatabaseError("entities were not scanned in fid order")
        irregular = np.flatnonzero(np.isnan(xy[:, 0]))
        if irregular.size:
            # Other layouts (an envelope, big endian) are decoded in Python; NULL and empty points stay NaN.
            wanted = {int(fids[i]): i for i in irregular}
            for fid, blob in connection.execute(
                "SELECT fid, geom FROM entities WHERE fid IN (SELECT value FROM json_each(?))",
                (json.dumps(list(wanted)),),
            ):
                point = gpkg.blob_point_xy(blob)
                if point is not None:
                    xy[wanted[fid]] = point
    finally:
        connection.close()
    _, values, positions = read
    usable = np.flatnonzero(np.isfinite(xy).all(axis=1))

    def kept(column_values: list) -> list:
        return list(column_values) if usable.size == count else [column_values[i] for i in usable.tolist()]

    result = EntityPoints(
        x=xy[usable, 0].copy(),
        y=xy[usable, 1].copy(),
        uuids=kept(values["uuid"]) if with_uuids else [""] * usable.size,
        skipped=int(count - usable.size),
    )
    for column in columns:
        result.columns[column] = kept(values[column])
    for column in coded:
        result.coded[column] = positions[column] if usable.size == count else positions[column][usable]
        result.vocabularies[column] = vocabularies[column]
    return result
