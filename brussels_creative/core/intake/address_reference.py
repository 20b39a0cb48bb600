"""The address reference of an ecosystem GeoPackage: official address points read from BOSA's BeST "openaddress"
CSV (or columns taken from any point layer), written as the `address_points` layer and the `streets` table.

The two tables are not part of the versioned ecosystem schema: they are created by the first load and replaced, in
one transaction, by every later one (an ecosystem file without a reference simply has neither). They are written
by SQLite directly (GeoPackage point blobs, registration in gpkg_contents and gpkg_geometry_columns, an R-tree
with the standard triggers), which is what makes 850 000 points load in seconds.

`address_points` (points, EPSG:31370): address_id, street_fid (→ streets.fid), street_fr, street_nl, house_number
(digits and an upper-case letter, "12A"), box_number, postcode, nis_code.
`streets` (one row per street and postcode): street_id, postcode, nis_code, street_fr, street_nl, street_de,
postname_fr, postname_nl, address_count, x, y (the address point nearest the mean of the street's points, so on
the street).
"""

from __future__ import annotations

import csv
import math
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import BrusselsCreativeError, ValidationError, tr_noop
from ..store import gpkg, rtree, taxonomy
from ..store.ecosystem import EcosystemStore
from .addresses import parse_house_number

POINTS_TABLE = "address_points"
STREETS_TABLE = "streets"
RTREE = f"rtree_{POINTS_TABLE}_geom"

BEST_COLUMNS = (
    "EPSG:31370_x", "EPSG:31370_y", "EPSG:4326_lat", "EPSG:4326_lon", "address_id", "box_number", "house_number",
    "municipality_id", "municipality_name_de", "municipality_name_fr", "municipality_name_nl", "postcode",
    "postname_fr", "postname_nl", "street_id", "streetname_de", "streetname_fr", "streetname_nl", "region_code",
    "status",
)
# BeST statuses of addresses that no longer (or do not yet) exist: not loaded.
SKIPPED_STATUSES = frozenset({"retired", "rejected"})
CHUNK = 20_000

_POINT_HEADER = struct.pack("<2sBBi", b"GP", 0, 0x01, gpkg.SRS_ID) + struct.pack("<BI", 1, 1)
_XY = struct.Struct("<dd")


class LoadCancelledError(BrusselsCreativeError):
    """The load was cancelled: the previous reference is untouched."""


@dataclass
class ReferenceRows:
    """Address points as columns, and the streets they stand on (one per street and postcode)."""

    x: list[float] = field(default_factory=list)
    y: list[float] = field(default_factory=list)
    street: list[int] = field(default_factory=list)
    house_number: list[str] = field(default_factory=list)
    box_number: list[str | None] = field(default_factory=list)
    address_id: list[str | None] = field(default_factory=list)
    # per street: street_id, postcode, nis_code, street_fr, street_nl, street_de, postname_fr, postname_nl
    streets: list[list[str | None]] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    _street_index: dict[tuple, int] = field(default_factory=dict, repr=False)

    def street_of(self, key: tuple, values: Sequence[str | None]) -> int:
        """The index of a street (created on first sight)."""
        index = self._street_index.get(key)
        if index is None:
            index = self._street_index[key] = len(self.streets)
            self.streets.append(list(values))
        return index

    def skip(self, reason: str) -> None:
        """Count a row left out, by reason."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def __len__(self) -> int:
        return len(self.x)


def _text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number_label(value) -> tuple[str | None, str | None]:
    """(house number as "12A", box from the same field) from what a source writes ("12", "12a", "12 bte 3")."""
    parsed = parse_house_number(value)
    if parsed is None:
        return None, None
    return parsed.label, parsed.box or None


def _postnames(postcode: str | None, nis: str | None) -> tuple[str | None, str | None]:
    municipality = taxonomy.municipality_for_postcode(postcode) if postcode else None
    if municipality is None and nis:
        municipality = next((m for m in taxonomy.MUNICIPALITIES if m.nis == nis), None)
    return (municipality.name_fr, municipality.name_nl) if municipality else (None, None)


def read_best_csv(path: str | Path, progress: Callable[[float], None] | None = None,
                  is_canceled: Callable[[], bool] | None = None) -> ReferenceRows:
    """Read a BeST openaddress CSV (comma-separated, UTF-8, the columns of BEST_COLUMNS) into reference rows."""
    path = Path(path)
    total = max(path.stat().st_size, 1)
    rows = ReferenceRows()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise ValidationError(tr_noop("{path_name}: the file is empty"), path_name=path.name) from None
        missing = [name for name in BEST_COLUMNS if name not in header and name not in ("EPSG:4326_lat",
                   "EPSG:4326_lon", "region_code", "municipality_name_de", "address_id")]
        if missing:
            raise ValidationError(
                tr_noop("{path_name} is not a BeST openaddress CSV: missing column(s) {choices}"),
                path_name=path.name, choices=', '.join(missing))
        at = {name: header.index(name) for name in BEST_COLUMNS if name in header}
        ix, iy, inum, ibox = at["EPSG:31370_x"], at["EPSG:31370_y"], at["house_number"], at["box_number"]
        ipc, inis, isid, istatus = at["postcode"], at["municipality_id"], at["street_id"], at["status"]
        ifr, inl = at["streetname_fr"], at["streetname_nl"]
        ide, iaddress = at.get("streetname_de"), at.get("address_id")
        ipfr, ipnl = at["postname_fr"], at["postname_nl"]
        width = max(at.values()) + 1
        x_list, y_list, street_list = rows.x, rows.y, rows.street
        numbers, boxes, ids = rows.house_number, rows.box_number, rows.address_id
        street_index = rows._street_index
        labels: dict[str, tuple[str | None, str | None]] = {}
        for line, row in enumerate(reader, start=2):
            if line % CHUNK == 0:
                if is_canceled is not None and is_canceled():
                    raise LoadCancelledError("cancelled while reading")
                if progress is not None:
                    progress(min(99.0, 100.0 * handle.buffer.tell() / total))
            if len(row) < width:
                if any(row):
                    rows.skip("too few columns")
                continue
            if row[istatus] in SKIPPED_STATUSES:
                rows.skip(f"status {row[istatus]}")
                continue
            try:
                x, y = float(row[ix]), float(row[iy])
            except ValueError:
                rows.skip("no coordinates")
                continue
            if not (math.isfinite(x) and math.isfinite(y)):
                rows.skip("no coordinates")
                continue
            number = row[inum]
            label = labels.get(number)
            if label is None:
                label = labels[number] = _number_label(number)
            if label[0] is None:
                rows.skip("no house number")
                continue
            postcode = row[ipc]
            key = (row[isid], postcode) if row[isid] else (row[ifr], row[inl], postcode)
            street = street_index.get(key)
            if street is None:
                if not (row[ifr] or row[inl]):
                    rows.skip("no street name")
                    continue
                street = rows.street_of(key, (
                    row[isid] or None, postcode or None, row[inis] or None, row[ifr] or None, row[inl] or None,
                    (row[ide] or None) if ide is not None else None, row[ipfr] or None, row[ipnl] or None,
                ))
            x_list.append(x)
            y_list.append(y)
            street_list.append(street)
            numbers.append(label[0])
            boxes.append(row[ibox] or label[1])
            ids.append(row[iaddress] or None if iaddress is not None else None)
    return rows


def rows_from_columns(x: Sequence[float], y: Sequence[float], street_fr: Sequence, street_nl: Sequence,
                      number: Sequence, postcode: Sequence, box: Sequence | None = None) -> ReferenceRows:
    """Reference rows from the columns of any point layer (coordinates already in EPSG:31370); the municipality
    comes from the postcode."""
    rows = ReferenceRows()
    for i in range(len(x)):
        fr, nl = _text(street_fr[i]), _text(street_nl[i])
        label, parsed_box = _number_label(number[i])
        code = _text(postcode[i])
        if code is not None and code.endswith(".0"):
            code = code[:-2]
        xi, yi = x[i], y[i]
        if xi is None or yi is None or not (math.isfinite(xi) and math.isfinite(yi)):
            rows.skip("no geometry")
            continue
        if not (fr or nl):
            rows.skip("no street name")
            continue
        if label is None:
            rows.skip("no house number")
            continue
        municipality = taxonomy.municipality_for_postcode(code) if code else None
        nis = municipality.nis if municipality else None
        postname_fr, postname_nl = _postnames(code, nis)
        street = rows.street_of((fr, nl, code), (None, code, nis, fr, nl, None, postname_fr, postname_nl))
        rows.x.append(float(xi))
        rows.y.append(float(yi))
        rows.street.append(street)
        rows.house_number.append(label)
        rows.box_number.append(_text(box[i]) if box is not None and _text(box[i]) else parsed_box)
        rows.address_id.append(None)
    return rows


def _street_middles(rows: ReferenceRows) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per street: the point nearest the mean of its points, and its point count."""
    n_streets = len(rows.streets)
    street = np.asarray(rows.street, dtype=np.int64)
    x, y = np.asarray(rows.x), np.asarray(rows.y)
    counts = np.bincount(street, minlength=n_streets)
    safe = np.maximum(counts, 1)
    mean_x = np.bincount(street, weights=x, minlength=n_streets) / safe
    mean_y = np.bincount(street, weights=y, minlength=n_streets) / safe
    distance = np.hypot(x - mean_x[street], y - mean_y[street])
    order = np.lexsort((distance, street))
    first = np.searchsorted(street[order], np.arange(n_streets))
    middle_x = np.full(n_streets, np.nan)
    middle_y = np.full(n_streets, np.nan)
    has = counts > 0
    middle_x[has] = x[order[first[has]]]
    middle_y[has] = y[order[first[has]]]
    return middle_x, middle_y, counts


def _drop_reference(connection: sqlite3.Connection) -> None:
    for trigger, in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (POINTS_TABLE,)
    ).fetchall():
        connection.execute(f'DROP TRIGGER "{trigger}"')
    for table in (RTREE, POINTS_TABLE, STREETS_TABLE):
        connection.execute(f'DROP TABLE IF EXISTS "{table}"')
    for table in ("gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents", "gpkg_ogr_contents"):
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        if exists:
            connection.execute(f"DELETE FROM {table} WHERE table_name IN (?, ?)", (POINTS_TABLE, STREETS_TABLE))


_RTREE_TRIGGERS = (
    'CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}" WHEN (new."geom" NOT NULL AND NOT ST_IsEmpty(NEW."geom")) '
    'BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW."fid",ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"),'
    'ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")); END',
    'CREATE TRIGGER "{r}_update1" AFTER UPDATE OF "geom" ON "{t}" WHEN OLD."fid" = NEW."fid" AND '
    '(NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW."fid",'
    'ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"),ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")); END',
    'CREATE TRIGGER "{r}_update2" AFTER UPDATE OF "geom" ON "{t}" WHEN OLD."fid" = NEW."fid" AND '
    '(NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM "{r}" WHERE id = OLD."fid"; END',
    'CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}" WHEN OLD."fid" != NEW."fid" AND '
    '(NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM "{r}" WHERE id = OLD."fid"; '
    'INSERT OR REPLACE INTO "{r}" VALUES (NEW."fid",ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"),'
    'ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")); END',
    'CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}" WHEN OLD."fid" != NEW."fid" AND '
    '(NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM "{r}" WHERE id IN (OLD."fid", NEW."fid"); END',
    'CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}" WHEN old."geom" NOT NULL BEGIN DELETE FROM "{r}" '
    'WHERE id = OLD."fid"; END',
)


def _chunks(items: Iterable, is_canceled, progress, start: float, span: float, n: int) -> Iterator:
    for i, item in enumerate(items):
        if i % CHUNK == 0:
            if is_canceled is not None and is_canceled():
                raise LoadCancelledError("cancelled while writing")
            if progress is not None and n:
                progress(start + span * i / n)
        yield item


def write_reference(path: str | Path, rows: ReferenceRows, progress: Callable[[float], None] | None = None,
                    is_canceled: Callable[[], bool] | None = None) -> dict[str, int]:
    """Replace the address reference of an ecosystem GeoPackage by these rows, in one transaction; return counts."""
    if not len(rows):
        raise ValidationError(tr_noop("the address source holds no usable address point (street, number and location)"))
    middle_x, middle_y, counts = _street_middles(rows)
    n = len(rows)
    x = np.asarray(rows.x)
    y = np.asarray(rows.y)
    street = np.asarray(rows.street, dtype=np.int64)
    # Points in street order (then x): neighbours on disk, and the R-tree fills faster.
    order = np.lexsort((x, street)).tolist()
    xs, ys = x.tolist(), y.tolist()
    streets = rows.streets
    header, pack = _POINT_HEADER, _XY.pack

    def point_rows():
        for fid, i in enumerate(order, start=1):
            s = rows.street[i]
            names = streets[s]
            yield (fid, header + pack(xs[i], ys[i]), rows.address_id[i], s + 1, names[3], names[4],
                   rows.house_number[i], rows.box_number[i], names[1], names[2])

    with EcosystemStore.open(path) as store:
        connection = store.connection
        connection.execute("PRAGMA cache_size = -65536")
        with store.transaction():
            _drop_reference(connection)
            connection.execute(
                f'CREATE TABLE "{STREETS_TABLE}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, street_id TEXT, '
                "postcode TEXT, nis_code TEXT, street_fr TEXT, street_nl TEXT, street_de TEXT, postname_fr TEXT, "
                "postname_nl TEXT, address_count INTEGER NOT NULL, x REAL, y REAL)"
            )
            connection.executemany(
                f'INSERT INTO "{STREETS_TABLE}" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                ((s + 1, *values, int(counts[s]), float(middle_x[s]), float(middle_y[s]))
                 for s, values in enumerate(streets)),
            )
            connection.execute(
                f'CREATE TABLE "{POINTS_TABLE}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT, '
                "address_id TEXT, street_fid INTEGER NOT NULL, street_fr TEXT, street_nl TEXT, "
                "house_number TEXT NOT NULL, box_number TEXT, postcode TEXT, nis_code TEXT)"
            )
            connection.executemany(
                f'INSERT INTO "{POINTS_TABLE}" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                _chunks(point_rows(), is_canceled, progress, 0.0, 90.0, n),
            )
            connection.execute(f'CREATE VIRTUAL TABLE "{RTREE}" USING rtree(id, minx, maxx, miny, maxy)')
            ordered = np.asarray(order, dtype=np.int64)
            rtree.bulk_load(connection, RTREE, np.arange(1, n + 1), x[ordered], x[ordered], y[ordered], y[ordered])
            for trigger in _RTREE_TRIGGERS:
                connection.execute(trigger.format(r=RTREE, t=POINTS_TABLE))
            gpkg.register_table(connection, POINTS_TABLE, "Address points of the reference (EPSG:31370)", "POINT")
            gpkg.register_table(connection, STREETS_TABLE, "Streets of the address reference, one per postcode")
            connection.execute(
                "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                "VALUES (?, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', "
                "'write-only')",
                (POINTS_TABLE,),
            )
            connection.execute(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                (float(x.min()), float(y.min()), float(x.max()), float(y.max()), POINTS_TABLE),
            )
            if is_canceled is not None and is_canceled():
                raise LoadCancelledError("cancelled before commit")
    if progress is not None:
        progress(100.0)
    return {"address_points": n, "streets": len(streets), **{f"skipped: {k}": v for k, v in rows.skipped.items()}}


def has_reference(path: str | Path) -> bool:
    """Whether the GeoPackage holds an address reference."""
    connection = gpkg.connect_read_only(path)
    try:
        found = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", (POINTS_TABLE, STREETS_TABLE)
        ).fetchone()[0]
    finally:
        connection.close()
    return found == 2
